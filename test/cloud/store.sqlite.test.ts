// The Store suite on a real SQLite file, plus what only SQLite has: the schema version, a second connection, group commit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import { openSqliteStore } from '../../cloud/store/sqlite';
import { backgroundCheckpoints } from '../../cloud/store/sqlite-checkpoint';
import { migrate, SCHEMA_STEPS } from '../../cloud/store/sqlite-schema';
import { describeStore } from './store.suite';

/** A new file at an old schema version: the first `steps` schema steps only, as a file of that release was. */
function oldFile(steps: number): { file: string; db: Database.Database; cleanup: () => Promise<void> } {
  const { file, cleanup } = tempFile();
  const db = new Database(file);
  migrate(db, steps);
  return { file, db, cleanup };
}

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
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_STEPS);
    db.close();
    await cleanup();
  });

  test('a file of schema version 1 gains the assessment and project tables and keeps its data', async () => {
    const { file, db, cleanup } = oldFile(1);
    db.prepare('INSERT INTO roles (openid, role, community_id, assigned_by, assigned_at) VALUES (?, ?, NULL, ?, ?)').run(
      'o-1',
      'official',
      'o-admin',
      '2024-03-01T00:00:00.000Z',
    );
    db.close();

    const store = openSqliteStore(file);
    expect((await store.getRole('o-1'))?.role).toBe('official');
    const item = {
      communityId: 'dinghai-beiyuan',
      year: 2024,
      itemId: 'II-1.1',
      state: 'B' as const,
      note: null,
      reason: null,
      setBy: 'o-1',
      setByRole: 'official' as const,
      setByName: null,
      setAt: '2024-06-01T00:00:00.000Z',
    };
    await store.saveAssessmentItems('dinghai-beiyuan', 2024, [item], []);
    expect(await store.getAssessmentItems(2024)).toEqual([item]);
    expect(await store.listProjects({})).toEqual([]);
    await store.close();
    await cleanup();
  });

  test('a file of schema version 3 keeps its needs, now found by resident and paged newest first', async () => {
    const { file, db, cleanup } = oldFile(3);
    const insert = db.prepare('INSERT INTO needs (id, community_id, submitted_at, body) VALUES (?, ?, ?, ?)');
    const old = (id: string, respondent: string, submittedAt: string) => ({
      id,
      communityId: 'dinghai-junan',
      category: null,
      text: '路灯坏了',
      respondent,
      submittedAt,
      projectId: null,
      linkedBy: null,
      linkedAt: null,
    });
    for (const n of [
      old('n1', 'h1', '2024-05-01T00:00:00.000Z'),
      old('n2', 'h2', '2024-05-02T00:00:00.000Z'),
      old('n3', 'h1', '2024-05-03T00:00:00.000Z'),
    ]) {
      insert.run(n.id, n.communityId, n.submittedAt, JSON.stringify(n));
    }
    db.close();

    const store = openSqliteStore(file);
    expect((await store.listNeeds({ communityId: 'dinghai-junan', respondent: 'h1', limit: 10 })).map((n) => n.id)).toEqual(['n3', 'n1']);
    expect((await store.listNeeds({ communityId: 'dinghai-junan', limit: 2 })).map((n) => n.id)).toEqual(['n3', 'n2']);
    expect(await store.takeDailySlot({ kind: 'need', day: '2024-06-01', respondent: 'h1' }, 1)).toBe(true);
    await store.close();
    await cleanup();
  });

  test('a file of schema version 4 marks its eight communities as the city pilots and keeps its roles, city-wide and unnamed', async () => {
    const { file, db, cleanup } = oldFile(4);
    const community = db.prepare('INSERT INTO communities (seq, id, district, street, name, households) VALUES (?, ?, ?, ?, ?, ?)');
    PILOT_COMMUNITIES.forEach((c, seq) => community.run(seq, c.id, c.district, c.street, c.name, c.households));
    db.prepare('INSERT INTO roles (openid, role, community_id, assigned_by, assigned_at) VALUES (?, ?, NULL, ?, ?)').run(
      'o-1',
      'official',
      'o-admin',
      '2024-03-01T00:00:00.000Z',
    );
    db.close();

    const store = openSqliteStore(file);
    expect(await store.listCommunities()).toEqual(PILOT_COMMUNITIES);
    expect((await store.listCommunities()).every((c) => c.pilot && c.kind === 'urban')).toBe(true);
    expect(await store.getRole('o-1')).toMatchObject({ role: 'official', district: null, street: null, displayName: null });
    await store.close();
    await cleanup();
  });

  test('a file of schema version 5 gives each round of 10 answers or more the snapshot of its first multiple of 5, in the order stored', async () => {
    const { file, db, cleanup } = oldFile(5);
    const response = db.prepare('INSERT INTO responses (community_id, year, respondent, answers, submitted_at) VALUES (?, 2024, ?, ?, ?)');
    const tally = db.prepare(
      `INSERT INTO tallies (community_id, year, question_id, option_id, count) VALUES (?, 2024, ?, ?, 1)
       ON CONFLICT DO UPDATE SET count = count + 1`,
    );
    const add = (communityId: string, respondent: string, answers: Record<string, string>) => {
      response.run(communityId, respondent, JSON.stringify(answers), '2024-05-01T00:00:00.000Z');
      for (const [question, option] of Object.entries(answers)) tally.run(communityId, question, option);
    };
    const aware = (i: number) => ({ awareness: i < 8 ? 'aware' : 'unaware', satisfaction: 'satisfied' });
    for (let i = 0; i < 12; i++) add('dinghai-beiyuan', `r${i}`, aware(i));
    for (let i = 0; i < 9; i++) add('dinghai-junan', `j${i}`, aware(0));
    db.close();

    const store = openSqliteStore(file);
    const [beiyuan, junan] = await store.getTallies(2024);
    // The first ten answers: 8 aware, 2 unaware.
    expect(beiyuan).toMatchObject({
      responses: 12,
      snapshot: { responses: 10, counts: { awareness: { aware: 8, unaware: 2 }, satisfaction: { satisfied: 10 } } },
    });
    expect(junan).toMatchObject({ responses: 9, snapshot: null });
    await store.close();
    await cleanup();
  });

  test('a file of schema version 6 keys answers by year and respondent; two communities answered before the rule both stay, counted', async () => {
    const { file, db, cleanup } = oldFile(6);
    const insert = db.prepare('INSERT INTO responses (community_id, year, respondent, answers, submitted_at) VALUES (?, 2024, ?, ?, ?)');
    const answers = JSON.stringify({ awareness: 'aware', satisfaction: 'satisfied' });
    insert.run('dinghai-beiyuan', 'r1', answers, '2024-05-01T00:00:00.000Z');
    insert.run('dinghai-junan', 'r1', answers, '2024-05-02T00:00:00.000Z');
    insert.run('dinghai-junan', 'r2', answers, '2024-05-03T00:00:00.000Z');
    db.close();

    const store = openSqliteStore(file);
    expect((await store.countResponses(2024)).responses).toBe(3);
    expect(await store.answeredIn(2024, 'r1')).toBe('dinghai-beiyuan');
    expect(await store.hasResponded('dinghai-junan', 2024, 'r1')).toBe(true);
    const again = (communityId: string, respondent: string) =>
      store.addResponse({
        communityId,
        year: 2024,
        respondent,
        answers: { awareness: 'heard', satisfaction: 'unsure' },
        submittedAt: '2024-06-01T00:00:00.000Z',
      });
    expect(await again('dinghai-junan', 'r1')).toEqual({ elsewhere: 'dinghai-beiyuan' });
    expect(await again('dinghai-beiyuan', 'r2')).toEqual({ elsewhere: 'dinghai-junan' });
    expect(await again('dinghai-beiyuan', 'r3')).toBe('inserted');
    expect((await store.countResponses(2024)).responses).toBe(4);
    await store.close();
    await cleanup();
  });

  test('a file from before the fieldwork step (13 steps) keeps its answers as self answers of unknown duration, and its volunteers without phones', async () => {
    const { file, db, cleanup } = oldFile(13);
    db.prepare('INSERT INTO responses (community_id, year, respondent, answers, submitted_at) VALUES (?, 2024, ?, ?, ?)').run(
      'dinghai-junan',
      'r1',
      JSON.stringify({ awareness: 'aware', satisfaction: 'satisfied' }),
      '2024-05-01T00:00:00.000Z',
    );
    db.prepare('INSERT INTO participants (project_id, role, respondent, joined_at) VALUES (?, ?, ?, ?)').run(
      'p1',
      'volunteer',
      'r1',
      '2024-05-02T00:00:00.000Z',
    );
    db.close();

    const store = openSqliteStore(file);
    expect(await store.listResponses(2024, ['dinghai-junan'])).toEqual([
      {
        communityId: 'dinghai-junan',
        year: 2024,
        respondent: 'r1',
        answers: { awareness: 'aware', satisfaction: 'satisfied' },
        submittedAt: '2024-05-01T00:00:00.000Z',
        channel: 'self',
        enteredBy: null,
        serial: null,
        durationMs: null,
      },
    ]);
    expect(await store.listParticipants(['p1'])).toEqual([
      { projectId: 'p1', role: 'volunteer', respondent: 'r1', joinedAt: '2024-05-02T00:00:00.000Z' },
    ]);
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
      {
        communityId: 'dinghai-beiyuan',
        year: 2024,
        counts: { awareness: { aware: 1 }, satisfaction: { unsure: 1 } },
        responses: 1,
        snapshot: null,
      },
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

  test('closing is waited for by a process that has nothing else left to do', () => {
    const { file } = tempFile();
    const script = `
      const Database = require('better-sqlite3');
      const { backgroundCheckpoints } = require('./cloud/store/sqlite-checkpoint');
      const db = new Database(${JSON.stringify(file)});
      db.pragma('journal_mode = WAL');
      const checkpoints = backgroundCheckpoints(db, ${JSON.stringify(file)}, { minIntervalMs: 0, minCommits: 1 });
      db.exec('CREATE TABLE t (x)');
      checkpoints.afterCommit();
      checkpoints.close().then(() => { db.close(); console.log('closed'); });`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('closed');
    rmSync(dirname(file), { recursive: true, force: true });
  });
});
