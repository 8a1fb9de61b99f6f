// Rows of a rarely changed table kept in memory for a moment, so a hot lookup skips its read transaction.
import type Database from 'better-sqlite3';

/**
 * Wraps `read(key)` so a row found is kept for `ttlMs`. Any change to `table` made through this connection
 * forgets every kept row at once (temporary triggers call back into JS); a change made by another process
 * (a second runtime on the same file) shows within `ttlMs`. A key not found is not kept: it is asked again.
 */
let readers = 0;

export function keptRows<T>(db: Database.Database, table: string, read: (key: string) => T | undefined, ttlMs = 1000) {
  const kept = new Map<string, { row: T; until: number }>();
  const forget = `forget_kept_${table}_${++readers}`; // one name per reader: a connection may hold several
  db.function(forget, () => {
    kept.clear();
    return null;
  });
  for (const change of ['INSERT', 'UPDATE', 'DELETE']) {
    db.exec(`CREATE TEMP TRIGGER ${forget}_${change.toLowerCase()} AFTER ${change} ON main.${table} BEGIN SELECT ${forget}(); END`);
  }
  return (key: string): T | undefined => {
    const now = Date.now();
    const hit = kept.get(key);
    if (hit && hit.until > now) return hit.row;
    const row = read(key);
    if (row === undefined) kept.delete(key);
    else kept.set(key, { row, until: now + ttlMs });
    return row;
  };
}
