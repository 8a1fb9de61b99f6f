// Who the caller is (whoami), as the Actor that the contract's permission rules read.
import type { Actor } from '../../../cloud/contract/rules';
import { useCall } from './useCall';

export function useMe() {
  const me = useCall('whoami', {}, { share: true });
  /** null until whoami answers. */
  const actor: Actor | null = me.data ? { roles: me.data.roles, communityId: me.data.communityId, scope: me.data.scope } : null;
  return { ...me, actor };
}
