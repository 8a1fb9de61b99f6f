// saveAssessment and getAssessment through the local runtime's HTTP face: roles, merging, bad input, Ⅱ-10 from the live rates.
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
import { allAWith, without } from '../../rubric/builders';

let time: Clock;
const rt = useRuntime(() => startWithRoles((time = clock()).now));

const get = (communityId = BEIYUAN, who = OFFICIAL) => rt.call('getAssessment', { communityId, year: YEAR }, who);
const save = (body: Record<string, unknown>, who = OFFICIAL) =>
  rt.call('saveAssessment', { communityId: BEIYUAN, year: YEAR, ...body }, who);
const itemScore = (data: any, id: string) => data.score.items.find((i: any) => i.id === id);

describe('who may save and read', () => {
  test('officials and admins save; workers, evaluators and residents get 403 and nothing is saved', async () => {
    for (const who of [WORKER, EVALUATOR, 'resident-1']) {
      expect((await save({ states: { 'II-1.1': 'A' } }, who)).status).toBe(403);
    }
    expect((await get()).body.data.items).toEqual([]);
    expect((await save({ states: { 'II-1.1': 'A' } }, OFFICIAL)).status).toBe(200);
    expect((await save({ states: { 'II-1.2': 'B' } }, ADMIN)).status).toBe(200);
    expect((await get()).body.data.items.map((i: any) => [i.id, i.setBy])).toEqual([
      ['II-1.1', OFFICIAL],
      ['II-1.2', ADMIN],
    ]);
  });

  test('a worker reads their own community only; evaluators and residents read none', async () => {
    expect((await get(JUNAN, WORKER)).status).toBe(200);
    expect((await get(BEIYUAN, WORKER)).status).toBe(403);
    expect((await get(BEIYUAN, EVALUATOR)).status).toBe(403);
    expect((await get(BEIYUAN, 'resident-1')).status).toBe(403);
    expect((await get(BEIYUAN, ADMIN)).status).toBe(200);
  });

  test('an unknown community is 404', async () => {
    expect((await get('no-such-place')).status).toBe(404);
    expect(
      (await rt.call('saveAssessment', { communityId: 'no-such-place', year: YEAR, states: { 'II-1.1': 'A' } }, OFFICIAL)).status,
    ).toBe(404);
  });
});

describe('bad input', () => {
  test('is 400 with zod issues and changes nothing', async () => {
    await save({ states: { 'II-1.1': 'A' }, notes: { 'II-1.1': '党组织会议记录' } });
    const before = (await get()).body.data;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ states: { 'II-1.2': 'B', 'II-1.3': 'D' } }, 'states.II-1.3'],
      [{ states: { 'II-1.2': 'B', 'II-99.1': 'A' } }, 'states.II-99.1'],
      [{ states: { 'II-12.1': 'A' } }, 'states.II-12.1'],
      [{ states: {}, notes: { 'II-1.1': 'x'.repeat(2001) } }, 'notes.II-1.1'],
      [{ states: {}, notes: { 'II-1.1': 7 } }, 'notes.II-1.1'],
      [{ states: { 'II-1.2': 'B' }, extra: true }, ''],
      [{ states: { 'II-1.2': 'B' }, year: 1999 }, 'year'],
    ];
    for (const [body, path] of cases) {
      const res = await save(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.issues.map((i: any) => i.path)).toContain(path);
    }
    expect((await get()).body.data).toEqual(before);
  });
});

describe('saving merges', () => {
  test('items not sent stay; a changed item records who and when; null clears a state, an empty note clears the note', async () => {
    await save({ states: { 'II-1.1': 'A', 'II-1.2': 'C' }, notes: { 'II-1.1': '  党组织会议记录 ' } });
    time.set(`${YEAR}-06-02T02:00:00.000Z`);
    const second = await save({ states: { 'II-1.2': 'B', 'II-1.1': 'A' } }, ADMIN);
    expect(second.body.data.items).toEqual([
      // Sent again unchanged: keeps who set it and when.
      // …and by whom as answers show staff: role and display name (an admin by ADMIN_OPENIDS is 管理员).
      {
        id: 'II-1.1',
        state: 'A',
        note: '党组织会议记录',
        reason: null,
        setBy: OFFICIAL,
        setAt: `${YEAR}-06-01T02:00:00.000Z`,
        by: { role: 'official', name: NAMES.official },
      },
      {
        id: 'II-1.2',
        state: 'B',
        note: null,
        reason: null,
        setBy: ADMIN,
        setAt: `${YEAR}-06-02T02:00:00.000Z`,
        by: { role: 'admin', name: null },
      },
    ]);

    // The state cleared, the note kept; then the note cleared too, and the item is gone.
    await save({ states: { 'II-1.1': null } });
    expect((await get()).body.data.items[0]).toMatchObject({ id: 'II-1.1', state: null, note: '党组织会议记录' });
    await save({ states: {}, notes: { 'II-1.1': '' } });
    expect((await get()).body.data.items.map((i: any) => i.id)).toEqual(['II-1.2']);
  });

  test('saved items are listed in the standard’s order, not the order saved', async () => {
    await save({ states: { 'II-10.1': 'A', 'II-2.1': 'B', 'II-1.3': 'C' } });
    expect((await get()).body.data.items.map((i: any) => i.id)).toEqual(['II-1.3', 'II-2.1', 'II-10.1']);
  });
});

describe('overrides of Ⅱ-10.2/10.3 with reasons', () => {
  const reason = '问卷集中在一个小区，按入户抽查结果评定';

  test('setting one by hand without a reason is 400 naming reasons.<id>, and nothing is stored', async () => {
    await save({ states: { 'II-1.1': 'A' } });
    const before = (await get()).body.data;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ states: { 'II-10.2': 'B', 'II-1.2': 'C' } }, 'reasons.II-10.2'],
      [{ states: { 'II-10.2': 'B', 'II-10.3': 'C' }, reasons: { 'II-10.2': reason } }, 'reasons.II-10.3'],
    ];
    for (const [body, path] of cases) {
      const res = await save(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.issues).toEqual([
        {
          path,
          code: 'custom',
          message: `人工评定 ${path.slice('reasons.'.length).replace('II', 'Ⅱ')} 须写明理由（该项通常按问卷比率评定）`,
        },
      ]);
    }
    // A blank reason, a reason for an item that is not rate-sourced, and one for a rate item left to the rates.
    for (const [reasons, path] of [
      [{ 'II-10.2': '  ' }, 'reasons.II-10.2'],
      [{ 'II-1.1': reason }, 'reasons.II-1.1'],
    ] as const) {
      const res = await save({ states: { 'II-10.2': 'B' }, reasons });
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.path)).toContain(path);
    }
    const orphan = await save({ states: {}, reasons: { 'II-10.3': reason } });
    expect(orphan.status).toBe(400);
    expect(orphan.body.error.issues).toEqual([
      { path: 'reasons.II-10.3', code: 'custom', message: 'Ⅱ-10.3 按问卷比率评定时无需理由；人工评定时才填写' },
    ]);
    expect((await get()).body.data).toEqual(before);
    expect(
      (await rt.call('getAuditLog', { communityId: BEIYUAN, year: YEAR }, OFFICIAL)).body.data.entries.filter(
        (e: any) => e.chain === 'community',
      ),
    ).toHaveLength(1);
  });

  test('the reason is stored, answered beside the item, kept while the state stays, and replaced alone', async () => {
    let data = (await save({ states: { 'II-10.3': 'C' }, reasons: { 'II-10.3': reason } })).body.data;
    expect(data.items).toEqual([
      {
        id: 'II-10.3',
        state: 'C',
        note: null,
        reason,
        setBy: OFFICIAL,
        setAt: `${YEAR}-06-01T02:00:00.000Z`,
        by: { role: 'official', name: NAMES.official },
      },
    ]);
    // The same state again needs no new reason; a note alone keeps it; a changed state needs a new one.
    expect((await save({ states: { 'II-10.3': 'C' }, notes: { 'II-10.3': '抽查 30 户' } })).body.data.items[0]).toMatchObject({
      reason,
      note: '抽查 30 户',
    });
    expect((await save({ states: { 'II-10.3': 'B' } })).status).toBe(400);
    data = (await save({ states: {}, reasons: { 'II-10.3': '  复核后改写的理由 ' } })).body.data;
    expect(data.items[0]).toMatchObject({ state: 'C', reason: '复核后改写的理由' });
    // Items other than Ⅱ-10.2/10.3 carry none.
    expect((await save({ states: { 'II-1.1': 'A' } })).body.data.items[0]).toMatchObject({ id: 'II-1.1', reason: null });
  });

  test('every change of state, note or reason is in the audit log, the reason as its why', async () => {
    await save({ states: { 'II-10.2': 'B' }, reasons: { 'II-10.2': reason } });
    await save({ states: {}, reasons: { 'II-10.2': '复核后改写的理由' } });
    await save({ states: { 'II-10.2': null } });
    const entries = (await rt.call('getAuditLog', { communityId: BEIYUAN, year: YEAR }, OFFICIAL)).body.data.entries.filter(
      (e: any) => e.chain === 'community',
    );
    expect(entries.map(({ target, from, to, reason: why }: any) => ({ target, from, to, why }))).toEqual([
      { target: 'II-10.2', from: null, to: { state: 'B', note: null, reason }, why: reason },
      {
        target: 'II-10.2',
        from: { state: 'B', note: null, reason },
        to: { state: 'B', note: null, reason: '复核后改写的理由' },
        why: '复核后改写的理由',
      },
      { target: 'II-10.2', from: { state: 'B', note: null, reason: '复核后改写的理由' }, to: null, why: null },
    ]);
  });
});

describe('the minimum sample', () => {
  test('with 49 answers Ⅱ-10.2/10.3 stay unassessed and say so (49/50); the 50th answer gives them a state', async () => {
    await answerSurvey(rt, BEIYUAN, 49, 49, 49);
    let data = (await get()).body.data;
    // An open round shows the rates of its latest multiple of 5 answers (45 of the 49); they are shown, they do not score.
    expect(data.responses).toBe(49);
    expect(data.rates.awareness).toMatchObject({ count: 45, n: 45 });
    expect(itemScore(data, 'II-10.2')).toEqual({
      id: 'II-10.2',
      state: null,
      points: null,
      max: 3,
      source: 'rates',
      sampleShort: { n: 45, min: 50 },
    });
    expect(itemScore(data, 'II-10.3')).toMatchObject({ state: null, sampleShort: { n: 45, min: 50 } });
    expect(data.score.firstClass).toBe(0);

    const last = await rt.call(
      'submitResponse',
      { communityId: BEIYUAN, answers: { awareness: 'aware', satisfaction: 'satisfied' } },
      'resident-50th',
    );
    expect(last.status).toBe(200);
    data = (await get()).body.data;
    expect(itemScore(data, 'II-10.2')).toEqual({ id: 'II-10.2', state: 'A', points: 3, max: 3, source: 'rates' });
    expect(data.score.firstClass).toBe(6); // Ⅱ-10.2 and Ⅱ-10.3 A: 3 + 3
  });
});

describe('scoring the saved assessment', () => {
  test('Ⅱ-10.2/10.3 follow the live rates; an override wins; clearing it returns to the rates', async () => {
    // 60 answers (at least the minimum sample of 50): 51 aware → 5,100 ≥ 85 × 60 → A; 48 satisfied → 4,800 < 5,100, ≥ 4,500 → B.
    await answerSurvey(rt, BEIYUAN, 60, 51, 48);
    let data = (await get()).body.data;
    expect(data.rates.awareness).toMatchObject({ count: 51, n: 60, rate: 0.85, meetsTarget: true });
    expect(data.rates.satisfaction).toMatchObject({ count: 48, n: 60, rate: 0.8, meetsTarget: false });
    expect(itemScore(data, 'II-10.2')).toEqual({ id: 'II-10.2', state: 'A', points: 3, max: 3, source: 'rates' });
    expect(itemScore(data, 'II-10.3')).toEqual({ id: 'II-10.3', state: 'B', points: 1.98, max: 3, source: 'rates' });
    // Nothing saved: Ⅱ-10 = 9 × (100 + 66) / 300 = 4.98 is all of 一类; incomplete, no grade.
    expect(data.score).toMatchObject({
      firstClass: 4.98,
      secondClass: 0,
      total: 4.98,
      eligible: false,
      complete: false,
      grade: null,
      qualified: null,
    });
    expect([data.score.verdict, data.score.verdictText]).toEqual(['incomplete', '未完成评定']);
    expect(data.projects).toEqual([]);

    // An official judges Ⅱ-10.2 B whatever the rates say: Ⅱ-10 = 9 × (66 + 66) / 300 = 3.96.
    const reason = '问卷集中在一个小区，按入户抽查结果评定';
    data = (await save({ states: { 'II-10.2': 'B' }, notes: { 'II-10.2': '入户抽查记录' }, reasons: { 'II-10.2': reason } })).body.data;
    expect(itemScore(data, 'II-10.2')).toEqual({ id: 'II-10.2', state: 'B', points: 1.98, max: 3, source: 'manual' });
    expect(data.items).toEqual([expect.objectContaining({ id: 'II-10.2', state: 'B', note: '入户抽查记录', reason })]);
    expect(data.score.firstClass).toBe(3.96);

    // Cleared: back to the rates, and the reason goes with the manual state.
    data = (await save({ states: { 'II-10.2': null } })).body.data;
    expect(itemScore(data, 'II-10.2')).toMatchObject({ state: 'A', source: 'rates' });
    expect(data.items).toEqual([expect.objectContaining({ id: 'II-10.2', state: null, note: '入户抽查记录', reason: null })]);
  });

  test('a complete assessment has a grade and a verdict; without 50 in 一类 it is ineligible', async () => {
    await answerSurvey(rt, BEIYUAN, 60, 51, 48);
    // Everything A but Ⅱ-5 'AAABCC' and the two rate items (A and B from the rates, as above):
    // Ⅱ-5 = 7 × (3 × 100 + 66 + 2 × 33) / 600 = 7 × 432 / 600 = 5.04;
    // 一类 = (51 − 7 + 5.04) + 9 × 266 / 300 = 49.04 + 7.98 = 57.02 ≥ 50, eligible; 二类 0 (no projects yet);
    // total 57.02 < 80: 不合格.
    let data = (await save({ states: without(allAWith({ 'II-5': 'AAABCC' }), 'II-10.2', 'II-10.3') })).body.data;
    expect(data.score).toMatchObject({
      firstClass: 57.02,
      secondClass: 0,
      total: 57.02,
      eligible: true,
      complete: true,
      grade: 'fail',
      qualified: false,
    });
    expect(data.score.indicators.find((i: any) => i.id === 'II-5')).toEqual({ id: 'II-5', points: 5.04, max: 7 });
    // Item points are rounded for display: C = 7 × 33 / 600 = 0.385 → 0.39.
    expect(itemScore(data, 'II-5.5')).toMatchObject({ state: 'C', points: 0.39, max: 1.17 });
    expect([data.score.verdict, data.score.verdictText]).toEqual(['fail', '不合格']);

    // Now every item saved A (Ⅱ-10.2/10.3 overridden, Ⅱ-5 back to full) but Ⅱ-8 all C: 8 × 4 × 33 / 400 = 2.64;
    // 一类 = 51 − 8 + 2.64 + Ⅱ-10's 9 = 54.64, eligible.
    const reasons = { 'II-10.2': '第三方入户核查为准', 'II-10.3': '第三方入户核查为准' };
    data = (await save({ states: allAWith({ 'II-8': 'CCCC' }), reasons })).body.data;
    expect(data.score).toMatchObject({ firstClass: 54.64, eligible: true, complete: true });
    // Ⅱ-10.3 back to the rates (B: Ⅱ-10 = 7.98) and Ⅱ-4 all C (2.64 of 8):
    // 一类 = 54.64 − 9 + 7.98 − 8 + 2.64 = 48.26 < 50: not eligible, whatever the grade.
    data = (await save({ states: { 'II-10.3': null, 'II-4.1': 'C', 'II-4.2': 'C', 'II-4.3': 'C', 'II-4.4': 'C' } })).body.data;
    expect(data.score).toMatchObject({ firstClass: 48.26, total: 48.26, eligible: false, grade: 'fail', qualified: false });
    expect([data.score.verdict, data.score.verdictText]).toEqual(['ineligible', '不具备评定资格']);
  });
});
