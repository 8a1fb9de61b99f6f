// groupRead: reads asked for in one turn answer together, each as fresh as a read made when its turn ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { groupRead } from '../../cloud/store/sqlite-group-read';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-group-read-'));
  db = new Database(join(dir, 'x.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec("CREATE TABLE things (id TEXT PRIMARY KEY, name TEXT); INSERT INTO things VALUES ('a', 'old'), ('b', 'bee')");
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const names = () => {
  const select = db.prepare<[string], { name: string }>('SELECT name FROM things WHERE id = ?');
  return groupRead(db, (id: string) => select.get(id)?.name);
};

test('each read answers its own key, and sees what another connection committed after it was asked for', async () => {
  const { read } = names();
  const asked = [read('a'), read('b'), read('missing')];
  const other = new Database(join(dir, 'x.sqlite'));
  other.prepare("UPDATE things SET name = 'new' WHERE id = 'a'").run();
  other.close();
  expect(await Promise.all(asked)).toEqual(['new', 'bee', undefined]);
});

test('a failing read fails the reads of its turn, not those of the next', async () => {
  const select = db.prepare<[string], { name: string }>('SELECT name FROM things WHERE id = ?');
  const { read } = groupRead(db, (id: string) => {
    if (id === 'bad') throw new Error('cannot read');
    return select.get(id)?.name;
  });
  const turn = await Promise.allSettled([read('a'), read('bad')]);
  expect(turn.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  expect(await read('a')).toBe('old');
});

test('flush answers the reads still waiting, before the connection closes', async () => {
  const { read, flush } = names();
  const asked = read('b');
  flush();
  db.close();
  expect(await asked).toBe('bee');
  db = new Database(join(dir, 'x.sqlite')); // for afterEach
});
