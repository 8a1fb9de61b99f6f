// Runs one cloud call whenever its input changes and keeps its state for a screen to show.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../cloud/core/registry';
import { ApiCallError, asApiCallError, callCloud } from '../api/cloud';

export type CallState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiCallError }
  | { status: 'ready'; data: T };

/**
 * `onReady` hears each answer as it arrives (to seed a form from it); `setData` puts in place a newer
 * answer that another call gave (a save that answers the changed record), or updates the one loaded.
 */
export function useCall<N extends CallName>(
  name: N,
  data: CallInput<N>,
  enabled = true,
  onReady?: (data: CallOutput<N>) => void,
) {
  const key = JSON.stringify(data);
  const [state, setState] = useState<CallState<CallOutput<N>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const ready = useRef(onReady);
  ready.current = onReady;

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setState({ status: 'loading' });
    callCloud(name, JSON.parse(key) as CallInput<N>).then(
      (result) => {
        if (!live) return;
        setState({ status: 'ready', data: result });
        ready.current?.(result);
      },
      (e: unknown) => live && setState({ status: 'error', error: asApiCallError(e) }),
    );
    return () => {
      live = false;
    };
  }, [name, key, attempt, enabled]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const setData = useCallback((next: CallOutput<N> | ((current: CallOutput<N>) => CallOutput<N>)) => {
    setState((s) => {
      if (typeof next !== 'function') return { status: 'ready', data: next };
      return s.status === 'ready' ? { status: 'ready', data: (next as (current: CallOutput<N>) => CallOutput<N>)(s.data) } : s;
    });
  }, []);
  return { state, reload, setData };
}
