// Runs one cloud call whenever its input changes and keeps its state for a screen to show.
import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../cloud/contract';
import { ApiCallError, asApiCallError, callCloud } from '../api/cloud';

export type CallState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiCallError }
  | { status: 'ready'; data: T };

export function useCall<N extends CallName>(name: N, data: CallInput<N>, enabled = true) {
  const key = JSON.stringify(data);
  const [state, setState] = useState<CallState<CallOutput<N>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setState({ status: 'loading' });
    callCloud(name, JSON.parse(key) as CallInput<N>).then(
      (result) => live && setState({ status: 'ready', data: result }),
      (e: unknown) => live && setState({ status: 'error', error: asApiCallError(e) }),
    );
    return () => {
      live = false;
    };
  }, [name, key, attempt, enabled]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { state, reload };
}
