// getStandard and what-if scoreAssessment through the local runtime's HTTP face, and the evaluator role.
import { ADMIN, useRuntime } from '../../support/local-runtime';
import { clock, EVALUATOR, OFFICIAL, startWithRoles, WORKER } from '../../support/assessment';
import { allStates, project, without } from '../../rubric/builders';

const rt = useRuntime(() => startWithRoles(clock().now));

test('an admin assigns the evaluator role; whoami shows it, with no community', async () => {
  expect((await rt.call('whoami', {}, EVALUATOR)).body.data).toMatchObject({
    openid: EVALUATOR,
    roles: ['resident', 'evaluator'],
    communityId: null,
    community: null,
    scope: null,
    displayName: '李评估',
    staffId: expect.stringMatching(/^[0-9a-f]{32}$/),
  });
  expect((await rt.call('assignRole', { openid: 'x', role: 'evaluator' }, OFFICIAL)).status).toBe(403);
});

test('getStandard: anyone signed in gets the 2017 standard with its 45 items and the 44/45 note', async () => {
  const res = await rt.call('getStandard', {}, 'resident-1');
  expect(res.status).toBe(200);
  const standard = res.body.data;
  expect(standard.id).toBe('zhoushan-2017');
  expect(standard.indicators.flatMap((i: any) => i.items)).toHaveLength(45);
  expect(standard.note).toContain('44');
  expect((await rt.call('getStandard', {}, null)).status).toBe(401);
});

describe('scoreAssessment', () => {
  // Every 一类 item A except Ⅱ-10.2/10.3, which follow the rates given:
  // awareness 51/60: 5,100 ≥ 85 × 60 = 5,100 → A; satisfaction 45/60: 4,500 < 5,100 but ≥ 75 × 60 = 4,500 → B
  // (60 answers: at least the standard's minimum sample of 50).
  // Ⅱ-1…Ⅱ-9 full: 3 + 3 + 4 + 8 + 7 + 6 + 6 + 8 + 6 = 51; Ⅱ-10 = 9 × (100 + 100 + 66) / 300 = 7.98; 一类 58.98.
  // One project at 90 on all six aspects: 二类 = 40 × 0.9 = 36. Total 94.98: 良好 (≥ 85, < 95), eligible → qualified.
  const whatIf = {
    states: without(allStates('A'), 'II-10.2', 'II-10.3'),
    rates: { awareness: { count: 51, n: 60 }, satisfaction: { count: 45, n: 60 } },
    projects: [project('elderly_care', [90, 90, 90, 90, 90, 90])],
  };

  test('hand-worked what-if: 58.98 + 36 = 94.98, good', async () => {
    const res = await rt.call('scoreAssessment', whatIf, OFFICIAL);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      firstClass: 58.98,
      secondClass: 36,
      total: 94.98,
      eligible: true,
      grade: 'good',
      qualified: true,
      complete: true,
      verdict: 'good',
      verdictText: '良好',
    });
    const items = Object.fromEntries(res.body.data.items.map((i: any) => [i.id, i]));
    expect(items['II-10.2']).toEqual({ id: 'II-10.2', state: 'A', points: 3, max: 3, source: 'rates' });
    expect(items['II-10.3']).toEqual({ id: 'II-10.3', state: 'B', points: 1.98, max: 3, source: 'rates' });
    expect(res.body.data.indicators.find((i: any) => i.id === 'II-10')).toEqual({ id: 'II-10', points: 7.98, max: 9 });
  });

  test('workers, evaluators and admins may score what-ifs; a plain resident may not', async () => {
    for (const who of [WORKER, EVALUATOR, ADMIN]) expect((await rt.call('scoreAssessment', whatIf, who)).status).toBe(200);
    const refused = await rt.call('scoreAssessment', whatIf, 'resident-1');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
  });

  test('an invalid state, an unknown item, a 二类 item and a third project in one category are 400 with zod issues', async () => {
    const cases: Array<[unknown, string]> = [
      [{ states: { 'II-1.1': 'D' } }, 'states.II-1.1'],
      [{ states: { 'II-99.1': 'A' } }, 'states.II-99.1'],
      [{ states: { 'II-11.1': 'A' } }, 'states.II-11.1'],
      [{ states: {}, rates: { awareness: { count: 21, n: 20 } } }, 'rates.awareness.count'],
      [{ states: {}, projects: [1, 2, 3].map(() => project('public_health', Array(6).fill(80))) }, 'projects.2.category'],
      [{ states: {}, projects: [project('public_health', [80, 80, 80, 80, 80, 101])] }, 'projects.0.aspects.effectiveness'],
      [{}, 'states'],
    ];
    for (const [input, path] of cases) {
      const res = await rt.call('scoreAssessment', input, OFFICIAL);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.issues.map((i: any) => i.path)).toContain(path);
    }
  });

  test('below the minimum sample the rate items stay unassessed and say why: 49 → none (49/50), 50 → a state', async () => {
    const rated = async (count: number, n: number) => {
      const res = await rt.call(
        'scoreAssessment',
        { ...whatIf, rates: { awareness: { count, n }, satisfaction: { count: 45, n: 60 } } },
        OFFICIAL,
      );
      return res.body.data.items.find((i: any) => i.id === 'II-10.2');
    };
    expect(await rated(49, 49)).toEqual({
      id: 'II-10.2',
      state: null,
      points: null,
      max: 3,
      source: 'rates',
      sampleShort: { n: 49, min: 50 },
    });
    expect(await rated(50, 50)).toEqual({ id: 'II-10.2', state: 'A', points: 3, max: 3, source: 'rates' });
  });

  test('with no states and no rates nothing is assessed: 0 points, incomplete, grade null', async () => {
    const res = await rt.call('scoreAssessment', { states: {} }, EVALUATOR);
    expect(res.body.data).toMatchObject({
      firstClass: 0,
      secondClass: 0,
      total: 0,
      eligible: false,
      grade: null,
      qualified: null,
      complete: false,
      verdict: 'incomplete',
      verdictText: '未完成评定',
    });
    expect(res.body.data.items.every((i: any) => i.state === null && i.points === null)).toBe(true);
  });
});
