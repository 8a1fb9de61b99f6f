// Every community's assessment of a year, for the city overview. There is no list call for assessments
// yet, so this asks getAssessment once per community (eight pilot communities).
import { useEffect, useState } from 'react';
import type { TAssessment } from '../../cloud/contract';
import { asApiCallError, callCloud } from '../api/cloud';
import type { CallState } from '../hooks/useCall';

export function useOverview(year: number) {
  const [state, setState] = useState<CallState<TAssessment[]>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    callCloud('listCommunities', {})
      .then(({ communities }) => Promise.all(communities.map((c) => callCloud('getAssessment', { communityId: c.id, year }))))
      .then(
        (data) => live && setState({ status: 'ready', data }),
        (e: unknown) => live && setState({ status: 'error', error: asApiCallError(e) }),
      );
    return () => {
      live = false;
    };
  }, [year, attempt]);
  return { state, reload: () => setAttempt((a) => a + 1) };
}
