// Every write to the cloud API: one at a time, busy while it runs, and what came of it for the page to say.
import { useCallback, useRef, useState } from 'react';
import { asApiCallError, type ApiCallError } from '../api/cloud';

export interface Outcome {
  ok: boolean;
  message: string;
  /** EDIT_CONFLICT: someone saved in between; the page offers to reload. */
  conflict?: boolean;
}

export interface Say<T> {
  /** What to say when it worked; nothing said when it returns null or is left out. */
  done?: (value: T) => string | null;
  /** What to say when it failed: a message, or a whole outcome. */
  failed: (error: ApiCallError) => string | Outcome;
}

export function useAction() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Outcome | null>(null);
  // A second tap before the re-render that disables the button must not send twice.
  const running = useRef(false);

  /** Runs `work` unless another is running; answers its value, or undefined when it failed or did not run. */
  const run = useCallback(async <T>(work: () => Promise<T>, say: Say<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setResult(null);
    try {
      const value = await work();
      const message = say.done?.(value) ?? null;
      setResult(message === null ? null : { ok: true, message });
      return value;
    } catch (e) {
      const said = say.failed(asApiCallError(e));
      setResult(typeof said === 'string' ? { ok: false, message: said } : said);
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  /** A problem found before any call (an empty field, say). */
  const refuse = useCallback((message: string) => setResult({ ok: false, message }), []);
  /** What to say without a call (nothing changed, so nothing to send). */
  const say = useCallback((outcome: Outcome) => setResult(outcome), []);
  const clear = useCallback(() => setResult(null), []);
  return { busy, result, run, refuse, say, clear };
}
