// A worker links a resident's need to the project that answers it ("您说，我们做"): one need at a time.
import { useState } from 'react';
import type { TNeed } from '../../cloud/contract';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import { WORKER_TEXT } from '../text/worker';

export function useNeedLink(onLinked: (need: TNeed) => void) {
  const [picking, setPicking] = useState<string | null>(null);
  const action = useAction();

  const pick = (needId: string | null) => {
    setPicking(needId);
    action.clear();
  };

  const link = async (needId: string, projectId: string) => {
    const linked = await action.run(() => callCloud('linkNeed', { needId, projectId }), {
      failed: (e) => WORKER_TEXT.linkFailed(e.message),
    });
    if (!linked) return;
    onLinked(linked);
    setPicking(null);
  };

  return { picking, pick, link, busy: action.busy, result: action.result };
}
