// The Store suite on a real SQLite file, plus what only SQLite has: the schema version and a second connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../cloud/store/sqlite';
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
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
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
});
