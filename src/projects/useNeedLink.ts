// A community's needs for its workers: the list (listNeeds), the projects they may be linked to, and linking one.
import { useEffect, useState } from 'react';
import type { TNeed } from '../../cloud/contract';
import { asApiCallError, callCloud } from '../api/cloud';
import { useCall } from '../hooks/useCall';
import { WORKER_TEXT } from '../text/worker';

export function useNeeds(communityId: string, year: number) {
  const listed = useCall('listNeeds', { communityId }, communityId !== '');
  const projects = useCall('listProjects', { communityId, year }, communityId !== '');
  const [needs, setNeeds] = useState<TNeed[]>([]);
  const [picking, setPicking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ needId: string; message: string } | null>(null);

  useEffect(() => {
    if (listed.state.status === 'ready') setNeeds(listed.state.data.needs);
  }, [listed.state]);

  const pick = (needId: string | null) => (setPicking(needId), setError(null));

  const link = async (needId: string, projectId: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const linked = await callCloud('linkNeed', { needId, projectId });
      setNeeds((list) => list.map((n) => (n.id === linked.id ? linked : n)));
      setPicking(null);
    } catch (e) {
      setError({ needId, message: WORKER_TEXT.linkFailed(asApiCallError(e).message) });
    } finally {
      setBusy(false);
    }
  };

  return { listed, projects, needs, picking, pick, link, busy, error };
}
