// Group commit: the writes of one event-loop turn share one SQLite transaction, each acknowledged only after it commits.
import { atTurnEnd } from './sqlite-turn';

/**
 * What arrives in one turn of the event loop is written in one transaction, committed at the loop's check
 * phase (sqlite-turn.ts). Each caller hears its result only after that commit, so an acknowledged write is as
 * durable as one committed alone, but concurrent writers share one WAL commit (most of the cost of a small
 * write) instead of paying for one each. A lone write waits for nothing but the turn.
 */
export function groupCommit<T, R>(commit: (items: T[]) => R[]): { write(item: T): Promise<R>; flush(): void } {
  let pending: { item: T; resolve(r: R): void; reject(e: unknown): void }[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      const results = commit(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch (error) {
      // Busy past busy_timeout, alone it would be busy again: the whole batch hears it.
      if (batch.length === 1 || String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) {
        return batch.forEach((p) => p.reject(error));
      }
      // The batch rolled back as a whole: one bad write must not fail the others, so each goes again alone.
      for (const p of batch) {
        try {
          p.resolve(commit([p.item])[0]);
        } catch (e) {
          p.reject(e);
        }
      }
    }
  };
  return {
    write: (item) =>
      new Promise<R>((resolve, reject) => {
        if (pending.push({ item, resolve, reject }) === 1) atTurnEnd('write', flush);
      }),
    flush,
  };
}
