// keptRows: rows kept in memory until this connection changes their table, or for a moment when another one does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { keptRows } from '../../cloud/store/sqlite-kept';

let dir: string;
let db: Database.Database;
let other: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-kept-'));
  db = new Database(join(dir, 'x.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec("CREATE TABLE things (id TEXT PRIMARY KEY, name TEXT); INSERT INTO things VALUES ('a', 'old')");
  other = new Database(join(dir, 'x.sqlite'));
});
afterEach(() => {
  other.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const reader = (ttlMs: number) => {
  const select = db.prepare<[string], { id: string; name: string }>('SELECT * FROM things WHERE id = ?');
  return keptRows(db, 'things', (id) => select.get(id), ttlMs);
};

test('a change through this connection is seen at once, whatever statement made it', () => {
  const get = reader(60_000);
  expect(get('a')?.name).toBe('old');
  db.prepare("UPDATE things SET name = 'new' WHERE id = 'a'").run();
  expect(get('a')?.name).toBe('new');
  db.prepare("DELETE FROM things WHERE id = 'a'").run();
  expect(get('a')).toBeUndefined();
});

test('a row not found is asked again, so one added later is found', () => {
  const get = reader(60_000);
  expect(get('b')).toBeUndefined();
  other.prepare("INSERT INTO things VALUES ('b', 'added')").run();
  expect(get('b')?.name).toBe('added');
});

test('a change by another connection shows once the kept row is older than the ttl', () => {
  const kept = reader(60_000);
  const fresh = reader(0);
  expect(kept('a')?.name).toBe('old');
  expect(fresh('a')?.name).toBe('old');
  other.prepare("UPDATE things SET name = 'new' WHERE id = 'a'").run();
  expect(kept('a')?.name).toBe('old'); // kept: the whole point
  expect(fresh('a')?.name).toBe('new');
});
