// getAuditLog through the local runtime: who reads it, what it records, no openids shown, and tampering in SQLite detected.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { CALL_NAMES } from '../../../cloud/core/registry';
import { hashOf } from '../../../cloud/core/audit';
import { ADMIN, useRuntime } from '../../support/local-runtime';
import { BEIYUAN, clock, EVALUATOR, JUNAN, NAMES, OFFICIAL, startWithRoles, WORKER, YEAR, type Clock } from '../../support/assessment';

let time: Clock;
const rt = useRuntime(() => startWithRoles((time = clock()).now));

const log = async (communityId = BEIYUAN, who = OFFICIAL) => rt.call('getAuditLog', { communityId, year: YEAR }, who);
const save = (body: Record<string, unknown>, who = OFFICIAL) =>
  rt.call('saveAssessment', { communityId: BEIYUAN, year: YEAR, ...body }, who);

/** Runs SQL on the runtime's own SQLite file, behind the calls' back. */
function behindTheCallsBack(run: (db: Database.Database) => void): void {
  const db = new Database(join(rt.dataDir, 'xingfu.sqlite'));
  try {
    run(db);
  } finally {
    db.close();
  }
}

describe('who reads it', () => {
  test('officials and admins; workers, evaluators and residents get 403; an unknown community 404; bad input 400', async () => {
    expect((await log(BEIYUAN, OFFICIAL)).status).toBe(200);
    expect((await log(BEIYUAN, ADMIN)).status).toBe(200);
    for (const who of [WORKER, EVALUATOR, 'resident-1']) expect((await log(JUNAN, who)).status).toBe(403);
    expect((await log('no-such-place')).status).toBe(404);
    for (const [body, path] of [
      [{ communityId: BEIYUAN, year: 'last' }, 'year'],
      [{ communityId: BEIYUAN }, 'year'],
      [{ communityId: BEIYUAN, year: YEAR, seq: 1 }, ''],
    ] as const) {
      const res = await rt.call('getAuditLog', body, OFFICIAL);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.path)).toContain(path);
    }
  });

  test('no call edits or deletes the log: the only call that names it reads it', () => {
    expect(CALL_NAMES.filter((name) => /audit/i.test(name))).toEqual(['getAuditLog']);
  });
});

describe('what it records', () => {
  test('each item change, with when, who (by role), from what and to what; the answer carries no openid', async () => {
    await save({ states: { 'II-1.1': 'A' }, notes: { 'II-1.1': '会议记录' } });
    time.set(`${YEAR}-06-02T02:00:00.000Z`);
    await save({ states: { 'II-1.1': 'B' } }, ADMIN);
    await save({ states: { 'II-1.1': 'B' } }); // unchanged: no entry
    await save({ states: { 'II-1.1': null }, notes: { 'II-1.1': '' } });
    const { data } = (await log()).body;
    expect(data.verified).toBe(true);
    expect(data.brokenAt).toBeNull();
    const items = data.entries.filter((e: any) => e.chain === 'community');
    expect(items.map(({ seq, at, by, action, target, from, to }: any) => ({ seq, at, by, action, target, from, to }))).toEqual([
      {
        seq: 1,
        at: `${YEAR}-06-01T02:00:00.000Z`,
        by: { role: 'official', name: NAMES.official },
        action: 'item',
        target: 'II-1.1',
        from: null,
        to: { state: 'A', note: '会议记录', reason: null },
      },
      {
        seq: 2,
        at: `${YEAR}-06-02T02:00:00.000Z`,
        by: { role: 'admin', name: null },
        action: 'item',
        target: 'II-1.1',
        from: { state: 'A', note: '会议记录', reason: null },
        to: { state: 'B', note: '会议记录', reason: null },
      },
      {
        seq: 3,
        at: `${YEAR}-06-02T02:00:00.000Z`,
        by: { role: 'official', name: NAMES.official },
        action: 'item',
        target: 'II-1.1',
        from: { state: 'B', note: '会议记录', reason: null },
        to: null,
      },
    ]);
    expect(items.every((e: any) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
    const raw = JSON.stringify(data);
    for (const openid of [OFFICIAL, ADMIN, EVALUATOR, WORKER]) expect(raw).not.toContain(openid);
    // Another community's year has a chain of its own.
    expect((await log(JUNAN)).body.data.entries.filter((e: any) => e.chain === 'community')).toEqual([]);
  });

  test('role changes that concern the community: its workers and the city-wide roles, each person a stand-in, not an openid', async () => {
    const roles = async (communityId: string) =>
      (await log(communityId)).body.data.entries
        .filter((e: any) => e.chain === 'roles')
        .map(({ by, target, from, to }: any) => ({ by, target, from, to }));
    // startWithRoles assigned an official, an evaluator and a worker of Junan.
    const beiyuan = await roles(BEIYUAN);
    expect(beiyuan.map((e: any) => e.to)).toEqual([
      { role: 'official', communityId: null, district: null, street: null },
      { role: 'evaluator', communityId: null },
    ]);
    const junan = await roles(JUNAN);
    expect(junan.map((e: any) => e.to.role)).toEqual(['official', 'evaluator', 'worker']);
    expect(junan.every((e: any) => e.by.role === 'admin' && /^[0-9a-f]{32}$/.test(e.target))).toBe(true);
    expect(new Set(junan.map((e: any) => e.target)).size).toBe(3);
    // The stand-in is the staffId the staff list shows, so an official can tell whose role it was.
    const staff = (await rt.call('listStaff', {}, ADMIN)).body.data.staff;
    const worker = staff.find((s: any) => s.role === 'worker' && s.communityId === JUNAN);
    expect(junan.find((e: any) => e.to.role === 'worker').target).toBe(worker.staffId);

    await rt.call('assignRole', { openid: WORKER, role: 'worker', communityId: JUNAN }, ADMIN); // the same again: no entry
    await rt.call('assignRole', { openid: WORKER, role: 'worker', communityId: BEIYUAN }, ADMIN);
    const moved = {
      by: { role: 'admin', name: null },
      target: junan[2].target,
      from: { role: 'worker', communityId: JUNAN },
      to: { role: 'worker', communityId: BEIYUAN },
    };
    expect((await roles(JUNAN)).slice(3)).toEqual([moved]);
    expect((await roles(BEIYUAN)).slice(2)).toEqual([moved]);
    // A role changed in another year belongs to that year's log.
    expect((await rt.call('getAuditLog', { communityId: JUNAN, year: YEAR + 1 }, OFFICIAL)).body.data.entries).toEqual([]);
  });
});

describe('tampering in the SQLite file is detected', () => {
  beforeEach(async () => {
    await save({ states: { 'II-1.1': 'C' } });
    await save({ states: { 'II-1.1': 'B' } });
    await save({ states: { 'II-1.1': 'A' } });
    expect((await log()).body.data.verified).toBe(true);
  });
  const chain = `${YEAR}:${BEIYUAN}`;

  test('an entry changed in place breaks at that entry', async () => {
    behindTheCallsBack((db) =>
      db.prepare(`UPDATE audit_log SET body = json_set(body, '$.to.state', 'A') WHERE chain = ? AND seq = 1`).run(chain),
    );
    const { data } = (await log()).body;
    expect(data.verified).toBe(false);
    expect(data.brokenAt).toEqual({ chain: 'community', seq: 1, problem: '内容与哈希不符（记录被改动）' });
    // Shown as stored, flagged by brokenAt.
    expect(data.entries.find((e: any) => e.chain === 'community' && e.seq === 1)).toMatchObject({ to: { state: 'A' } });
  });

  test('an entry changed with its hash made anew breaks at the next one', async () => {
    behindTheCallsBack((db) => {
      const row = db.prepare<[string], { body: string }>('SELECT body FROM audit_log WHERE chain = ? AND seq = 2').get(chain)!;
      const forged = JSON.parse(row.body);
      forged.to.state = 'A';
      forged.hash = hashOf(forged);
      db.prepare('UPDATE audit_log SET body = ? WHERE chain = ? AND seq = 2').run(JSON.stringify(forged), chain);
    });
    expect((await log()).body.data.brokenAt).toEqual({
      chain: 'community',
      seq: 3,
      problem: '与上一条记录的哈希不相接（前面的记录被改动或删除）',
    });
  });

  test('an entry deleted is missed', async () => {
    behindTheCallsBack((db) => db.prepare('DELETE FROM audit_log WHERE chain = ? AND seq = 2').run(chain));
    expect((await log()).body.data).toMatchObject({
      verified: false,
      brokenAt: { chain: 'community', seq: 2, problem: '第 2 条记录缺失' },
    });
  });

  test('a role change rewritten breaks the roles chain', async () => {
    behindTheCallsBack((db) =>
      db.prepare(`UPDATE audit_log SET body = json_set(body, '$.to.role', 'admin') WHERE chain = 'roles' AND seq = 2`).run(),
    );
    expect((await log(JUNAN)).body.data).toMatchObject({ verified: false, brokenAt: { chain: 'roles', seq: 2 } });
  });
});
