// saveProjectEvaluation through the local runtime's HTTP face, and how it makes an assessment's 二类.
import type { Clock } from '../../support/assessment';
import { useRuntime } from '../../support/local-runtime';
import { ADMIN, clock, EVALUATOR, JUNAN, OFFICIAL, publish, startProjectRuntime, WORKER, YEAR } from '../../support/projects';
import { allAspects } from '../../rubric/builders';

let time: Clock;
const rt = useRuntime(() => startProjectRuntime((time = clock()).now));

const evaluate = (projectId: string, aspects: Record<string, unknown>, who = EVALUATOR) =>
  rt.call('saveProjectEvaluation', { projectId, aspects }, who);
const secondClass = async () => (await rt.call('getAssessment', { communityId: JUNAN, year: YEAR }, OFFICIAL)).body.data.score.secondClass;

test('one project with all six aspects 90 makes 二类 = 40 × 0.9 = 36.00', async () => {
  const p = await publish(rt);
  expect(await secondClass()).toBe(0);
  const res = await evaluate(p.id, allAspects(90));
  expect(res.status).toBe(200);
  expect(res.body.data.evaluation).toMatchObject({
    aspects: allAspects(90),
    by: '第三方评估 李评估',
    who: { role: 'evaluator', name: '李评估' },
  });
  expect(await secondClass()).toBe(36);
  const assessment = (await rt.call('getAssessment', { communityId: JUNAN, year: YEAR }, OFFICIAL)).body.data;
  expect(assessment.projects).toEqual([{ id: p.id, category: 'elderly_care', aspects: allAspects(90) }]);
});

test('two projects: (90 + 60) / 2 → 40 × 0.75 = 30; a project of another year does not count', async () => {
  const a = await publish(rt);
  const b = await publish(rt, { category: 'volunteering' });
  time.set(`${YEAR + 1}-03-01T02:00:00.000Z`);
  const later = await publish(rt);
  time.set(`${YEAR}-06-01T02:00:00.000Z`);
  await evaluate(a.id, allAspects(90));
  await evaluate(b.id, allAspects(60), ADMIN);
  await evaluate(later.id, allAspects(10));
  expect(await secondClass()).toBe(30);
  // Saving again replaces the evaluation.
  await evaluate(b.id, allAspects(90));
  expect(await secondClass()).toBe(36);
  // Each evaluation is in the audit log of its community's year, from what to what.
  const log = (await rt.call('getAuditLog', { communityId: JUNAN, year: YEAR }, OFFICIAL)).body.data;
  const evaluations = log.entries.filter((e: any) => e.action === 'evaluation');
  expect(evaluations.map(({ by, projectId, from, to }: any) => ({ role: by.role, projectId, from, to }))).toEqual([
    { role: 'evaluator', projectId: a.id, from: null, to: allAspects(90) },
    { role: 'admin', projectId: b.id, from: null, to: allAspects(60) },
    { role: 'evaluator', projectId: b.id, from: allAspects(60), to: allAspects(90) },
  ]);
  expect(
    (await rt.call('getAuditLog', { communityId: JUNAN, year: YEAR + 1 }, OFFICIAL)).body.data.entries.map((e: any) => e.projectId),
  ).toEqual([later.id]);
});

test('only evaluators and admins save it; officials, evaluators and admins see it, others do not', async () => {
  const p = await publish(rt);
  for (const who of [WORKER, OFFICIAL, 'resident-1']) expect((await evaluate(p.id, allAspects(90), who)).status).toBe(403);
  await evaluate(p.id, allAspects(80));
  const seen = async (who: string) => (await rt.call('getProject', { projectId: p.id }, who)).body.data.evaluation;
  expect(await seen(OFFICIAL)).toMatchObject({ aspects: allAspects(80) });
  expect(await seen(ADMIN)).toMatchObject({ aspects: allAspects(80) });
  expect(await seen(EVALUATOR)).toMatchObject({ aspects: allAspects(80) });
  expect(await seen(WORKER)).toBeNull();
  expect(await seen('resident-1')).toBeNull();
});

test('bad aspects are 400 and nothing is saved', async () => {
  const p = await publish(rt);
  const good = allAspects(90);
  const { effectiveness: _e, ...five } = good;
  for (const aspects of [
    { ...good, completion: 101 },
    { ...good, finance: -1 },
    { ...good, operation: 90.123 },
    five,
    { ...good, extra: 1 },
  ]) {
    expect((await evaluate(p.id, aspects)).status).toBe(400);
  }
  expect((await evaluate('nope', allAspects(90))).status).toBe(404);
  expect(await secondClass()).toBe(0);
});
