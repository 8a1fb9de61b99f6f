// Every read of the cloud API: runs one call whenever its input changes and keeps its state for a screen to show.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../cloud/core/registry';
import { ApiCallError, asApiCallError, callCloud } from '../api/cloud';

export type CallState<T> = { status: 'loading' } | { status: 'error'; error: ApiCallError } | { status: 'ready'; data: T };

export interface CallOptions<N extends CallName> {
  /** false: do not call (yet); the state stays loading. */
  enabled?: boolean;
  /** Hears each answer of the call itself as it arrives (to seed a form from it), not what setData puts in place. */
  onReady?: (data: CallOutput<N>) => void;
  /** Keep the answer for the app's life: asked once, again only after a failure (the standard in force). */
  keep?: boolean;
  /** Share one call among components asking the same at the same time (a page and its console frame ask whoami). */
  share?: boolean;
}

const kept = new Map<string, Promise<unknown>>();
const inFlight = new Map<string, Promise<unknown>>();
function shared<N extends CallName>(name: N, key: string): Promise<CallOutput<N>> {
  const id = `${name} ${key}`;
  let call = inFlight.get(id) as Promise<CallOutput<N>> | undefined;
  if (!call) {
    call = callCloud(name, JSON.parse(key) as CallInput<N>);
    inFlight.set(id, call);
    const done = () => void inFlight.delete(id);
    call.then(done, done);
  }
  return call;
}
function ask<N extends CallName>(name: N, key: string, keep: boolean, share: boolean): Promise<CallOutput<N>> {
  const data = JSON.parse(key) as CallInput<N>;
  if (!keep) return share ? shared(name, key) : callCloud(name, data);
  const id = `${name} ${key}`;
  if (!kept.has(id)) {
    kept.set(
      id,
      callCloud(name, data).catch((e: unknown) => {
        kept.delete(id);
        throw e;
      }),
    );
  }
  return kept.get(id) as Promise<CallOutput<N>>;
}

/** `setData` puts in place a newer answer that another call gave (a save answers the changed record), or updates the one loaded. */
export function useCall<N extends CallName>(name: N, data: CallInput<N>, options: CallOptions<N> = {}) {
  const { enabled = true, keep = false, share = false } = options;
  const key = JSON.stringify(data);
  const [state, setState] = useState<CallState<CallOutput<N>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const ready = useRef(options.onReady);
  ready.current = options.onReady;

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setState({ status: 'loading' });
    ask(name, key, keep, share).then(
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
  }, [name, key, attempt, enabled, keep, share]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const setData = useCallback((next: CallOutput<N> | ((current: CallOutput<N>) => CallOutput<N>)) => {
    setState((s) => {
      if (typeof next !== 'function') return { status: 'ready', data: next };
      return s.status === 'ready' ? { status: 'ready', data: (next as (current: CallOutput<N>) => CallOutput<N>)(s.data) } : s;
    });
  }, []);
  const answer = state.status === 'ready' ? state.data : null;
  return { state, data: answer, reload, setData };
}
