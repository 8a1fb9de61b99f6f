// saveProjectEvaluation through the local runtime's HTTP face, and how it makes an assessment's 二类.
import { useRuntime } from '../../support/local-runtime';
import { ADMIN, clock, EVALUATOR, JUNAN, OFFICIAL, publish, startProjectRuntime, WORKER, YEAR } from '../../support/projects';

const rt = useRuntime(() => startProjectRuntime(clock().now));

const all = (x: number) => ({ completion: x, satisfaction: x, finance: x, organization: x, operation: x, effectiveness: x });
const evaluate = (projectId: string, aspects: Record<string, unknown>, who = EVALUATOR) =>
  rt.call('saveProjectEvaluation', { projectId, aspects }, who);
const secondClass = async () => (await rt.call('getAssessment', { communityId: JUNAN, year: YEAR }, OFFICIAL)).body.data.score.secondClass;

test('one project with all six aspects 90 makes 二类 = 40 × 0.9 = 36.00', async () => {
  const p = await publish(rt);
  expect(await secondClass()).toBe(0);
  const res = await evaluate(p.id, all(90));
  expect(res.status).toBe(200);
  expect(res.body.data.evaluation).toMatchObject({ aspects: all(90), by: EVALUATOR });
  expect(await secondClass()).toBe(36);
  const assessment = (await rt.call('getAssessment', { communityId: JUNAN, year: YEAR }, OFFICIAL)).body.data;
  expect(assessment.projects).toEqual([{ id: p.id, category: 'elderly_care', aspects: all(90) }]);
});

test('two projects: (90 + 60) / 2 → 40 × 0.75 = 30; a project of another year does not count', async () => {
  const a = await publish(rt);
  const b = await publish(rt, { category: 'volunteering' });
  const later = await publish(rt, { year: YEAR + 1 });
  await evaluate(a.id, all(90));
  await evaluate(b.id, all(60), ADMIN);
  await evaluate(later.id, all(10));
  expect(await secondClass()).toBe(30);
  // Saving again replaces the evaluation.
  await evaluate(b.id, all(90));
  expect(await secondClass()).toBe(36);
});

test('only evaluators and admins save it; officials, evaluators and admins see it, others do not', async () => {
  const p = await publish(rt);
  for (const who of [WORKER, OFFICIAL, 'resident-1']) expect((await evaluate(p.id, all(90), who)).status).toBe(403);
  await evaluate(p.id, all(80));
  const seen = async (who: string) => (await rt.call('getProject', { projectId: p.id }, who)).body.data.evaluation;
  expect(await seen(OFFICIAL)).toMatchObject({ aspects: all(80) });
  expect(await seen(ADMIN)).toMatchObject({ aspects: all(80) });
  expect(await seen(EVALUATOR)).toMatchObject({ aspects: all(80) });
  expect(await seen(WORKER)).toBeNull();
  expect(await seen('resident-1')).toBeNull();
});

test('bad aspects are 400 and nothing is saved', async () => {
  const p = await publish(rt);
  const { effectiveness: _e, ...five } = all(90);
  for (const aspects of [{ ...all(90), completion: 101 }, { ...all(90), finance: -1 }, { ...all(90), operation: 90.123 }, five, { ...all(90), extra: 1 }]) {
    expect((await evaluate(p.id, aspects)).status).toBe(400);
  }
  expect((await evaluate('nope', all(90))).status).toBe(404);
  expect(await secondClass()).toBe(0);
});
