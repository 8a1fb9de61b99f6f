// listAssessments: every community's assessment of a year in one answer, the same as getAssessment gives one by one.
import { useRuntime } from '../../support/local-runtime';
import { answerSurvey, BEIYUAN, clock, EVALUATOR, OFFICIAL, startWithRoles, WORKER, YEAR } from '../../support/assessment';

const rt = useRuntime(() => startWithRoles(clock().now));

test('officials get all eight communities, each equal to its getAssessment', async () => {
  await answerSurvey(rt, BEIYUAN, 60, 51, 48);
  await rt.call('saveAssessment', { communityId: BEIYUAN, year: YEAR, states: { 'II-1.1': 'B' } }, OFFICIAL);
  const res = await rt.call('listAssessments', { year: YEAR }, OFFICIAL);
  expect(res.status).toBe(200);
  expect(res.body.data.year).toBe(YEAR);
  expect(res.body.data.assessments).toHaveLength(8);
  for (const a of res.body.data.assessments) {
    const one = await rt.call('getAssessment', { communityId: a.communityId, year: YEAR }, OFFICIAL);
    expect(a).toEqual(one.body.data);
  }
  const beiyuan = res.body.data.assessments.find((a: any) => a.communityId === BEIYUAN);
  // Ⅱ-1 is 3 points over 3 items: B = 1 × 0.66 = 0.66; 51/60 = 85% gives Ⅱ-10.2 A = 9/3 = 3; 48/60 = 80% gives Ⅱ-10.3 B = 3 × 0.66 = 1.98.
  expect(beiyuan.score.indicators.find((i: any) => i.id === 'II-1').points).toBe(0.66);
  expect(beiyuan.score.indicators.find((i: any) => i.id === 'II-10').points).toBe(4.98);
});

test('workers, evaluators and residents get 403; a bad year is 400', async () => {
  for (const who of [WORKER, EVALUATOR, 'resident-1']) {
    expect((await rt.call('listAssessments', { year: YEAR }, who)).status).toBe(403);
  }
  expect((await rt.call('listAssessments', { year: 'last' }, OFFICIAL)).status).toBe(400);
});
