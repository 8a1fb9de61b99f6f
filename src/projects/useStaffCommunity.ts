// Which community a staff page is about: a worker's own (whoami), or the one an official or admin chose
// (from the page's query or the list). Also what the caller may do there.
import { useState } from 'react';
import type { TCommunity } from '../../cloud/contract';
import type { ApiCallError } from '../api/cloud';
import { useCall } from '../hooks/useCall';

export type CommunityChoice =
  | { status: 'loading' }
  | { status: 'error'; error: ApiCallError; retry: () => void }
  /** A worker without a community, or someone who is none of worker, official, admin. */
  | { status: 'none'; staff: boolean }
  | { status: 'choose'; communities: TCommunity[] }
  | { status: 'ready'; community: TCommunity };

export function useWorkerCommunity(requested: string | undefined) {
  const me = useCall('whoami', {});
  const communities = useCall('listCommunities', {});
  const [chosen, setChosen] = useState(requested ?? '');

  const roles = me.state.status === 'ready' ? me.state.data.roles : [];
  const seesAll = roles.includes('official') || roles.includes('admin');
  const isWorker = roles.includes('worker');
  /** Workers and admins publish and run projects; officials read them as evidence. */
  const canPublish = isWorker || roles.includes('admin');

  let choice: CommunityChoice;
  const failed = me.state.status === 'error' ? me : communities.state.status === 'error' ? communities : null;
  if (failed && failed.state.status === 'error') {
    choice = { status: 'error', error: failed.state.error, retry: () => (me.reload(), communities.reload()) };
  } else if (me.state.status !== 'ready' || communities.state.status !== 'ready') {
    choice = { status: 'loading' };
  } else {
    const list = communities.state.data.communities;
    const own = isWorker && !seesAll ? me.state.data.communityId : null;
    const id = seesAll ? chosen : own;
    const community = id ? list.find((c) => c.id === id) : undefined;
    if (community) choice = { status: 'ready', community };
    else if (seesAll) choice = { status: 'choose', communities: list };
    else choice = { status: 'none', staff: isWorker };
  }

  return { choice, choose: setChosen, canChoose: seesAll, canPublish, seesEvaluations: seesAll };
}
