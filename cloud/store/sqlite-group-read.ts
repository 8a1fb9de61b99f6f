// Group read: the point reads of one event-loop turn share one SQLite read transaction.
import type Database from 'better-sqlite3';
import { atTurnEnd } from './sqlite-turn';

/**
 * Wraps a point read so that the reads asked for in one turn of the event loop run together at its check
 * phase (sqlite-turn.ts), in one read transaction. Each read is still fresh (made after it was asked for, never
 * served from memory), but the read lock a transaction takes (two fcntl calls in WAL mode, costlier than
 * reading the row) is taken once per turn instead of once per read. A lone read runs without a transaction.
 */
export function groupRead<K, R>(db: Database.Database, read: (key: K) => R): { read(key: K): Promise<R>; flush(): void } {
  let pending: { key: K; resolve(r: R): void; reject(e: unknown): void }[] = [];
  const readAll = db.transaction((keys: K[]) => keys.map(read));
  const flush = () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      const rows = batch.length === 1 ? [read(batch[0].key)] : readAll(batch.map((p) => p.key));
      batch.forEach((p, i) => p.resolve(rows[i]));
    } catch (error) {
      batch.forEach((p) => p.reject(error));
    }
  };
  return {
    read: (key) =>
      new Promise<R>((resolve, reject) => {
        if (pending.push({ key, resolve, reject }) === 1) atTurnEnd('read', flush);
      }),
    flush,
  };
}
