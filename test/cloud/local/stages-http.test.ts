// finalizeAssessment, getAssessmentSnapshots and reopenAssessment through the local runtime's HTTP face.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ADMIN, useRuntime } from '../../support/local-runtime';
import {
  answerSurvey,
  BEIYUAN,
  clock,
  EVALUATOR,
  JUNAN,
  NAMES,
  OFFICIAL,
  startWithRoles,
  WORKER,
  YEAR,
  type Clock,
} from '../../support/assessment';
import { completeAssessment, finalize, RATE_REASONS } from '../../support/locks';

let time: Clock;
const rt = useRuntime(() => startWithRoles((time = clock()).now));

const get = async (communityId = BEIYUAN, who = OFFICIAL) => rt.call('getAssessment', { communityId, year: YEAR }, who);
const snapshots = async (communityId = BEIYUAN, who = OFFICIAL) => rt.call('getAssessmentSnapshots', { communityId, year: YEAR }, who);
const answer = (who: string) =>
  rt.call('submitResponse', { communityId: BEIYUAN, answers: { awareness: 'aware', satisfaction: 'unsure' } }, who);
const reopen = (reason: unknown, who = ADMIN) => rt.call('reopenAssessment', { communityId: BEIYUAN, year: YEAR, reason }, who);

describe('finalizeAssessment: who and what input', () => {
  test('officials and admins only; workers, evaluators and residents get 403 and nothing is recorded', async () => {
    await completeAssessment(rt, BEIYUAN);
    for (const who of [WORKER, EVALUATOR, 'resident-1']) {
      const res = await rt.call('finalizeAssessment', { communityId: BEIYUAN, year: YEAR, stage: 'final' }, who);
      expect([res.status, res.body.error.code]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await snapshots()).body.data.snapshots).toEqual([]);
    expect((await get()).body.data.lock).toBeNull();
    expect((await answer('resident-1')).status).toBe(200);
  });

  test('bad input is 400 naming the field, an unknown community 404; nothing recorded, the round open', async () => {
    await completeAssessment(rt, BEIYUAN);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ communityId: BEIYUAN, year: YEAR, stage: 'half' }, 'stage'],
      [{ communityId: BEIYUAN, year: YEAR }, 'stage'],
      [{ communityId: BEIYUAN, year: 1999, stage: 'final' }, 'year'],
      [{ communityId: 'Bad Id', year: YEAR, stage: 'final' }, 'communityId'],
      [{ communityId: BEIYUAN, year: YEAR, stage: 'final', lock: true }, ''],
    ];
    for (const [body, path] of cases) {
      const res = await rt.call('finalizeAssessment', body, OFFICIAL);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.path)).toContain(path);
    }
    expect((await rt.call('finalizeAssessment', { communityId: 'no-such-place', year: YEAR, stage: 'final' }, OFFICIAL)).status).toBe(404);
    expect((await snapshots()).body.data.snapshots).toEqual([]);
    expect((await answer('resident-1')).status).toBe(200);
  });

  test('a final acceptance of an incomplete assessment is 409 INCOMPLETE, and nothing changes', async () => {
    await rt.call('saveAssessment', { communityId: BEIYUAN, year: YEAR, states: { 'II-1.1': 'A' } }, OFFICIAL);
    const res = await rt.call('finalizeAssessment', { communityId: BEIYUAN, year: YEAR, stage: 'final' }, OFFICIAL);
    expect([res.status, res.body.error.code]).toEqual([409, 'INCOMPLETE']);
    expect(res.body.error.message).toBe('还有 38 项未评定（Ⅱ-1.2、Ⅱ-1.3、Ⅱ-2.1、Ⅱ-2.2、Ⅱ-2.3 等），全部评定后才能终期验收');
    expect((await get()).body.data.lock).toBeNull();
    expect((await snapshots()).body.data.snapshots).toEqual([]);
    expect((await answer('resident-1')).status).toBe(200); // the round was not closed
  });
});

describe('阶段评估 (interim)', () => {
  test('keeps a dated snapshot of the score and its inputs; nothing locks', async () => {
    await answerSurvey(rt, BEIYUAN, 10, 8, 1); // 10: rates are withheld below 10 answers
    await rt.call('saveAssessment', { communityId: BEIYUAN, year: YEAR, states: { 'II-1.1': 'B' }, notes: { 'II-1.1': '台账' } }, OFFICIAL);
    const { snapshot, assessment } = await finalize(rt, BEIYUAN, 'interim');
    expect(snapshot).toMatchObject({
      stage: 'interim',
      at: `${YEAR}-06-01T02:00:00.000Z`,
      by: { role: 'official', name: NAMES.official },
      inForce: false,
    });
    expect(snapshot.items).toEqual([expect.objectContaining({ id: 'II-1.1', state: 'B', note: '台账' })]);
    expect(snapshot.rates.awareness).toMatchObject({ count: 8, n: 10 });
    expect(snapshot.score).toEqual(assessment.score);
    expect(assessment.lock).toBeNull();

    // Nothing locked: saves and answers go on, and the snapshot stays as it was.
    time.set(`${YEAR}-07-01T02:00:00.000Z`);
    expect((await rt.call('saveAssessment', { communityId: BEIYUAN, year: YEAR, states: { 'II-1.1': 'A' } }, OFFICIAL)).status).toBe(200);
    for (const who of ['late-1', 'late-2', 'late-3', 'late-4', 'late-5']) expect((await answer(who)).status).toBe(200);
    await finalize(rt, BEIYUAN, 'interim', ADMIN);
    const list = (await snapshots()).body.data.snapshots;
    expect(list.map((s: any) => [s.stage, s.at, s.by.role, s.items[0].state, s.rates.awareness.n])).toEqual([
      ['interim', `${YEAR}-06-01T02:00:00.000Z`, 'official', 'B', 10],
      ['interim', `${YEAR}-07-01T02:00:00.000Z`, 'admin', 'A', 15],
    ]);
    expect(list[0]).toEqual(snapshot);
  });

  test('snapshots are read as the assessment is: officials, admins, and a worker of the community only', async () => {
    await finalize(rt, JUNAN, 'interim');
    expect((await snapshots(JUNAN, WORKER)).status).toBe(200);
    expect((await snapshots(JUNAN, ADMIN)).body.data.snapshots).toHaveLength(1);
    for (const [communityId, who] of [
      [BEIYUAN, WORKER],
      [JUNAN, EVALUATOR],
      [JUNAN, 'resident-1'],
    ]) {
      expect((await snapshots(communityId, who)).status).toBe(403);
    }
    expect((await snapshots('no-such-place')).status).toBe(404);
    expect((await rt.call('getAssessmentSnapshots', { communityId: JUNAN }, OFFICIAL)).status).toBe(400);
  });
});

describe('终期验收 (final) and reopening', () => {
  test('the final figures are stored and shown from then on, with who locked it (by role, never an openid)', async () => {
    await answerSurvey(rt, BEIYUAN, 15, 12, 2); // a multiple of 5: the open round's figures are over every answer too
    await completeAssessment(rt, BEIYUAN);
    const before = (await get()).body.data;
    time.set(`${YEAR}-12-01T02:00:00.000Z`);
    const { snapshot, assessment } = await finalize(rt, BEIYUAN);
    const lock = { stage: 'final', at: `${YEAR}-12-01T02:00:00.000Z`, by: { role: 'official', name: NAMES.official } };
    expect(assessment).toEqual({ ...before, lock });
    expect(snapshot).toMatchObject({ stage: 'final', inForce: true, score: before.score, rates: before.rates });
    expect(assessment.rates.awareness).toMatchObject({ count: 12, n: 15 });
    expect(JSON.stringify(assessment.lock)).not.toContain(OFFICIAL);
    const listed = (await rt.call('listAssessments', { year: YEAR }, OFFICIAL)).body.data.assessments.find(
      (a: any) => a.communityId === BEIYUAN,
    );
    expect(listed).toEqual(assessment);
    expect((await get(BEIYUAN, ADMIN)).body.data).toEqual(assessment);
    // Another community's year is not locked.
    expect((await get(JUNAN)).body.data.lock).toBeNull();
  });

  test('finalizing a locked year again (interim or final) is 409 LOCKED', async () => {
    await completeAssessment(rt, BEIYUAN);
    await finalize(rt, BEIYUAN);
    for (const stage of ['interim', 'final']) {
      const res = await rt.call('finalizeAssessment', { communityId: BEIYUAN, year: YEAR, stage }, OFFICIAL);
      expect([res.status, res.body.error.code]).toEqual([409, 'LOCKED']);
    }
    expect((await snapshots()).body.data.snapshots).toHaveLength(1);
  });

  test('only an admin reopens, with a reason (kept); then answers and saves go on, and the old final stays listed', async () => {
    await answerSurvey(rt, BEIYUAN, 14, 14, 14);
    await completeAssessment(rt, BEIYUAN);
    const { snapshot: first } = await finalize(rt, BEIYUAN);
    expect([(await reopen('复核', OFFICIAL)).status, (await reopen('复核', WORKER)).status]).toEqual([403, 403]);
    for (const [reason, path] of [
      ['  ', 'reason'],
      [undefined, 'reason'],
      ['x'.repeat(501), 'reason'],
    ] as const) {
      const res = await reopen(reason);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.path)).toEqual([path]);
    }
    expect((await get()).body.data.lock).not.toBeNull();
    expect((await answer('resident-x')).body.error.code).toBe('ROUND_CLOSED');

    time.set(`${YEAR}-12-05T02:00:00.000Z`);
    const reopened = await reopen('复核发现满意度统计有误');
    expect(reopened.status).toBe(200);
    expect(reopened.body.data).toMatchObject({
      lock: null,
      reopened: { at: `${YEAR}-12-05T02:00:00.000Z`, by: { role: 'admin', name: null }, reason: '复核发现满意度统计有误' },
    });
    expect((await reopen('again')).body.error.code).toBe('NOT_LOCKED');
    expect((await rt.call('reopenAssessment', { communityId: JUNAN, year: YEAR, reason: '无' }, ADMIN)).status).toBe(409);

    expect((await answer('resident-x')).status).toBe(200);
    const saved = await rt.call('saveAssessment', { communityId: BEIYUAN, year: YEAR, states: { 'II-1.1': 'B' } }, OFFICIAL);
    expect(saved.status).toBe(200);
    expect(saved.body.data.rates.awareness).toMatchObject({ count: 15, n: 15 }); // live again
    let list = (await snapshots()).body.data.snapshots;
    expect(list).toEqual([{ ...first, inForce: false }]);

    // Finalized again: the new final is in force, the old one kept.
    const { snapshot: second } = await finalize(rt, BEIYUAN);
    list = (await snapshots()).body.data.snapshots;
    expect(list.map((s: any) => [s.id, s.inForce])).toEqual([
      [first.id, false],
      [second.id, true],
    ]);
    expect(list[1].rates.awareness.n).toBe(15);
    expect((await get()).body.data).toMatchObject({ lock: { stage: 'final' }, reopened: { reason: '复核发现满意度统计有误' } });
  });

  test('finalize, its figures, and the reopening with its reason are in the audit log; a log cut short behind a snapshot shows', async () => {
    await completeAssessment(rt, BEIYUAN);
    await finalize(rt, BEIYUAN);
    await reopen('复核');
    const log = (await rt.call('getAuditLog', { communityId: BEIYUAN, year: YEAR }, OFFICIAL)).body.data;
    expect(log.verified).toBe(true);
    const own = log.entries.filter((e: any) => e.chain === 'community');
    expect(own.slice(-2).map(({ by, action, from, to, reason }: any) => ({ by: by.role, action, from, to, reason }))).toEqual([
      {
        by: 'official',
        action: 'finalize',
        from: null,
        to: {
          snapshotId: expect.any(String),
          firstClass: 60,
          secondClass: 0,
          total: 60,
          verdict: 'fail',
          awareness: null,
          satisfaction: null,
        },
        reason: null,
      },
      {
        by: 'admin',
        action: 'reopen',
        from: { locked: true, snapshotId: own.at(-2).to.snapshotId },
        to: { locked: false },
        reason: '复核',
      },
    ]);
    expect(
      own
        .filter((e: any) => e.action === 'item')
        .map((e: any) => e.reason)
        .filter(Boolean),
    ).toEqual(Object.values(RATE_REASONS));

    // The tail cut off behind the calls' back leaves no gap, but the final snapshot saw entry 39 (the last item).
    expect(own.map((e: any) => e.seq).at(-3)).toBe(39);
    const db = new Database(join(rt.dataDir, 'xingfu.sqlite'));
    db.prepare('DELETE FROM audit_log WHERE chain = ? AND seq >= 39').run(`${YEAR}:${BEIYUAN}`);
    db.close();
    const cut = (await rt.call('getAuditLog', { communityId: BEIYUAN, year: YEAR }, OFFICIAL)).body.data;
    expect(cut).toMatchObject({
      verified: false,
      brokenAt: { chain: 'community', seq: 39, problem: '第 39 条记录缺失（阶段评估或终期验收时已有）' },
    });
  });
});
