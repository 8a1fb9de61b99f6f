// The standard in force (getStandard) for the officials' pages: asked once while the app runs, again only after a failure.
import { useCallback, useEffect, useState } from 'react';
import type { TStandard } from '../../../rubric';
import { asApiCallError, callCloud } from '../../api/cloud';
import type { CallState } from '../../hooks/useCall';

let asked: Promise<TStandard> | null = null;

function standard(): Promise<TStandard> {
  asked ??= callCloud('getStandard', {}).catch((e: unknown) => {
    asked = null;
    throw e;
  });
  return asked;
}

export function useStandard() {
  const [state, setState] = useState<CallState<TStandard>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    standard().then(
      (data) => live && setState({ status: 'ready', data }),
      (e: unknown) => live && setState({ status: 'error', error: asApiCallError(e) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { state, reload };
}
