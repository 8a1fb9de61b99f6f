// One community's needs as a list: a resident's own (listMyNeeds) or, for staff, all of them (listNeeds).
import type { TNeed } from '../../cloud/contract';
import { useCall } from '../common/hooks/useCall';

export function useNeeds(whose: 'mine' | 'community', communityId: string) {
  const {
    state: load,
    data,
    reload,
    setData,
  } = useCall(whose === 'mine' ? 'listMyNeeds' : 'listNeeds', { communityId }, { enabled: communityId !== '' });
  return {
    load,
    reload,
    needs: data?.needs ?? [],
    /** A need just sent goes on top. */
    add: (need: TNeed) => setData((list) => ({ ...list, needs: [need, ...list.needs] })),
    /** A need changed by a write (linked to a project) takes its place. */
    replace: (need: TNeed) => setData((list) => ({ ...list, needs: list.needs.map((n) => (n.id === need.id ? need : n)) })),
  };
}
