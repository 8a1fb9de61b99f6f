// The Store suite on a real SQLite file, plus what only SQLite has: the schema version, a second connection, group commit.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../cloud/store/sqlite';
import { backgroundCheckpoints } from '../../cloud/store/sqlite-checkpoint';
import { describeStore } from './store.suite';

function tempFile(): { file: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'store-sqlite-'));
  return { file: join(dir, 'xingfu.sqlite'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

describeStore('SQLite', async () => {
  const { file, cleanup } = tempFile();
  return { store: openSqliteStore(file), reopen: async () => openSqliteStore(file), cleanup };
});

describe('SQLite store file', () => {
  test('is in WAL mode at the latest schema version, and reopening does not migrate again', async () => {
    const { file, cleanup } = tempFile();
    await openSqliteStore(file).close();
    await openSqliteStore(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
    await cleanup();
  });

  test('a file of schema version 1 gains the assessment and project tables and keeps its data', async () => {
    const { file, cleanup } = tempFile();
    const old = openSqliteStore(file);
    await old.setRole({ openid: 'o-1', role: 'official', communityId: null, assignedBy: 'o-admin', assignedAt: '2024-03-01T00:00:00.000Z' });
    await old.close();
    const db = new Database(file);
    db.exec('DROP TABLE assessment_items; DROP TABLE projects; DROP TABLE activities; DROP TABLE feedback; DROP TABLE participants; DROP TABLE needs; PRAGMA user_version = 1;');
    db.close();

    const store = openSqliteStore(file);
    expect((await store.getRole('o-1'))?.role).toBe('official');
    const item = { communityId: 'dinghai-beiyuan', year: 2024, itemId: 'II-1.1', state: 'B' as const, note: null, setBy: 'o-1', setAt: '2024-06-01T00:00:00.000Z' };
    await store.saveAssessmentItems('dinghai-beiyuan', 2024, [item], []);
    expect(await store.getAssessmentItems(2024)).toEqual([item]);
    expect(await store.listProjects({})).toEqual([]);
    await store.close();
    await cleanup();
  });

  test('two connections on one file agree on who has answered', async () => {
    const { file, cleanup } = tempFile();
    const [one, two] = [openSqliteStore(file), openSqliteStore(file)];
    const r = {
      communityId: 'dinghai-beiyuan',
      year: 2024,
      respondent: 'r1',
      answers: { awareness: 'aware', satisfaction: 'unsure' } as const,
      submittedAt: '2024-05-01T00:00:00.000Z',
    };
    expect(await one.addResponse(r)).toBe('inserted');
    expect(await two.addResponse(r)).toBe('duplicate');
    expect(await two.getTallies(2024)).toEqual([
      { communityId: 'dinghai-beiyuan', year: 2024, counts: { awareness: { aware: 1 }, satisfaction: { unsure: 1 } } },
    ]);
    await one.close();
    await two.close();
    await cleanup();
  });

  const answer = (respondent: string, answers: object = { awareness: 'aware', satisfaction: 'unsure' }) =>
    ({ communityId: 'dinghai-beiyuan', year: 2024, respondent, answers, submittedAt: '2024-05-01T00:00:00.000Z' }) as any;

  test('answers sent together share a transaction, but one the database refuses fails alone', async () => {
    const { file, cleanup } = tempFile();
    const store = openSqliteStore(file);
    const results = await Promise.allSettled([
      store.addResponse(answer('r1')),
      store.addResponse(answer('r-bad', { awareness: { not: 'an option id' } })), // cannot be bound: the batch rolls back
      store.addResponse(answer('r2')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.countResponses(2024)).responses).toBe(2);
    expect(await store.hasResponded('dinghai-beiyuan', 2024, 'r-bad')).toBe(false);
    await store.close();
    await cleanup();
  });

  test('close commits the answers still waiting for their turn', async () => {
    const { file, cleanup } = tempFile();
    const store = openSqliteStore(file);
    const added = store.addResponse(answer('r1'));
    await store.close();
    expect(await added).toBe('inserted');
    const reopened = openSqliteStore(file);
    expect(await reopened.hasResponded('dinghai-beiyuan', 2024, 'r1')).toBe(true);
    await reopened.close();
    await cleanup();
  });
});

describe('SQLite checkpoints', () => {
  test('run on a worker thread: the pages committed in the log reach the database file', async () => {
    const { file, cleanup } = tempFile();
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    const checkpoints = backgroundCheckpoints(db, file, { minIntervalMs: 0, minCommits: 1 });
    db.exec('CREATE TABLE t (x BLOB)');
    db.prepare('INSERT INTO t SELECT zeroblob(1000) FROM json_each(?)').run(JSON.stringify(Array.from({ length: 200 }, () => 0)));
    const before = statSync(file).size; // the new pages are still only in the -wal file
    try {
      checkpoints.afterCommit();
      await checkpoints.idle();
      expect(statSync(file).size).toBeGreaterThan(before + 100_000);
    } finally {
      await checkpoints.close();
      db.close();
      await cleanup();
    }
  });
});
