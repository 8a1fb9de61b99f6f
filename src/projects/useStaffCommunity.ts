// Which community a staff page is about: a worker's own (whoami), or the one an official or admin chose (from the
// page's query or the list). Whether the caller may open the page there is the page's rule from the contract.
import { useState } from 'react';
import type { TCommunity } from '../../cloud/contract';
import { isAdmin, type Actor, type CommunityRef } from '../../cloud/contract/rules';
import type { ApiCallError } from '../common/api/cloud';
import { useCall } from '../common/hooks/useCall';
import { useMe } from '../common/hooks/useMe';

export type CommunityChoice =
  | { status: 'loading' }
  | { status: 'error'; error: ApiCallError; retry: () => void }
  /** No community this caller may open the page for; `worker`: a worker without a community. */
  | { status: 'none'; worker: boolean }
  | { status: 'choose'; communities: TCommunity[] }
  | { status: 'ready'; community: TCommunity; actor: Actor };

export function useStaffCommunity(requested: string | undefined, allows: (actor: Actor, community: CommunityRef) => boolean) {
  const me = useMe();
  const communities = useCall('listCommunities', { mine: true });
  const [chosen, setChosen] = useState(requested ?? '');
  const { actor } = me;
  // A worker's page is their own community's; officials and admins choose among those they work with.
  const seesAll = actor ? isAdmin(actor) || actor.roles.includes('official') : false;

  let choice: CommunityChoice;
  const failed = me.state.status === 'error' ? me : communities.state.status === 'error' ? communities : null;
  if (failed && failed.state.status === 'error') {
    choice = { status: 'error', error: failed.state.error, retry: () => (me.reload(), communities.reload()) };
  } else if (!actor || !communities.data) {
    choice = { status: 'loading' };
  } else {
    const id = seesAll ? chosen : actor.communityId;
    const community = id ? communities.data.communities.find((c) => c.id === id) : undefined;
    if (community && allows(actor, community)) choice = { status: 'ready', community, actor };
    else if (seesAll) choice = { status: 'choose', communities: communities.data.communities };
    else choice = { status: 'none', worker: actor.roles.includes('worker') };
  }

  return { choice, choose: setChosen, canChoose: seesAll };
}
