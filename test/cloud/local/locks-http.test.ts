// A locked community-year through the local runtime's HTTP face: every write on it answers 409 and stores nothing, until an admin reopens.
import { allAspects } from '../../rubric/builders';
import { useRuntime } from '../../support/local-runtime';
import { completeAssessment, finalize } from '../../support/locks';
import {
  ADMIN,
  BEIYUAN,
  BEIYUAN_WORKER,
  clock,
  EVALUATOR,
  JUNAN,
  OFFICIAL,
  publish,
  startProjectRuntime,
  WORKER,
  YEAR,
} from '../../support/projects';

const rt = useRuntime(() => startProjectRuntime(clock().now));
let project: any;
let feedbackId: string;

/** What a refusal must leave as it was: Junan's assessment, indicators, the project's detail, the survey. */
async function state() {
  const [assessment, indicators, detail, projects, survey] = await Promise.all([
    rt.call('getAssessment', { communityId: JUNAN, year: YEAR }, OFFICIAL),
    rt.call('getIndicators', { communityId: JUNAN, year: YEAR }, OFFICIAL),
    rt.call('getProject', { projectId: project.id }, WORKER),
    rt.call('listProjects', { communityId: JUNAN, year: YEAR }),
    rt.call('getSurvey', { communityId: JUNAN }, 'resident-late'),
  ]);
  // getSurvey's startToken is new on every reading (a nonce): what must not change is everything else.
  const { startToken: _token, ...surveyData } = survey.body.data;
  return [...[assessment, indicators, detail, projects].map((r) => r.body.data), surveyData];
}

beforeEach(async () => {
  project = await publish(rt);
  feedbackId = (await rt.call('submitFeedback', { projectId: project.id, rating: 4, comment: '很好' }, 'resident-1')).body.data.mine
    .feedback.id;
  await rt.call('hideFeedback', { projectId: project.id, feedbackId, reason: '测试' }, WORKER);
  await rt.call('saveProjectEvaluation', { projectId: project.id, aspects: allAspects(80) }, EVALUATOR);
  await rt.call('submitResponse', { communityId: JUNAN, answers: { awareness: 'aware', satisfaction: 'satisfied' } }, 'resident-1');
  await completeAssessment(rt, JUNAN);
  await finalize(rt, JUNAN);
});

test('every write on the locked year answers 409 (ROUND_CLOSED for answers, LOCKED otherwise) and stores nothing', async () => {
  const before = await state();
  expect(before[2].locked).toBe(true);
  // The year's project list says it is locked, when and by whom (by role and name, never an openid).
  expect(before[3].lock).toMatchObject({ stage: 'final', by: { role: 'official' } });
  expect(JSON.stringify(before[3])).not.toContain(OFFICIAL);
  const p = project.id;
  const refused: Array<[string, Record<string, unknown>, string, string]> = [
    ['submitResponse', { communityId: JUNAN, answers: { awareness: 'aware', satisfaction: 'satisfied' } }, 'resident-late', 'ROUND_CLOSED'],
    ['saveAssessment', { communityId: JUNAN, year: YEAR, states: { 'II-1.1': 'C' } }, OFFICIAL, 'LOCKED'],
    ['saveProjectEvaluation', { projectId: p, aspects: allAspects(10) }, EVALUATOR, 'LOCKED'],
    ['publishProject', { communityId: JUNAN, category: 'volunteering', title: '新项目', summary: '迟到的' }, WORKER, 'LOCKED'],
    ['publishProject', { communityId: JUNAN, category: 'volunteering', title: '新项目', summary: '迟到的', year: YEAR }, ADMIN, 'LOCKED'],
    ['updateProject', { projectId: p, revision: before[2].revision, title: '改名', stage: 'needs_analysis' }, WORKER, 'LOCKED'],
    ['recordActivity', { projectId: p, date: `${YEAR}-05-02`, description: '送餐', servedCount: 3 }, WORKER, 'LOCKED'],
    ['replyFeedback', { projectId: p, feedbackId, reply: '谢谢' }, WORKER, 'LOCKED'],
    ['hideFeedback', { projectId: p, feedbackId, reason: '再隐藏' }, WORKER, 'LOCKED'],
    ['unhideFeedback', { projectId: p, feedbackId, reason: '恢复显示' }, WORKER, 'LOCKED'],
  ];
  for (const [name, body, who, code] of refused) {
    const res = await rt.call(name, body, who);
    expect([name, res.status, res.body.error?.code]).toEqual([name, 409, code]);
    expect(res.body.error.message).toMatch(code === 'LOCKED' ? /已终期验收.*已锁定.*请管理员重新开放/ : /终期验收，问卷已结束/);
  }
  expect(await state()).toEqual(before);
  expect(before[4].alreadyAnswered).toBe(false);
  expect(before[4].roundClosed).toBe(true); // the resident is told before answering
  // One answer: after the final acceptance every answer is shown, but never a round below 10.
  expect(before[1].communities[0]).toMatchObject({ responses: 1, suppressed: true });
});

test('who may not write is told so first (403), not that it is locked', async () => {
  expect(
    (await rt.call('updateProject', { projectId: project.id, revision: project.revision, title: '改名' }, BEIYUAN_WORKER)).status,
  ).toBe(403);
  expect((await rt.call('saveAssessment', { communityId: JUNAN, year: YEAR, states: {} }, WORKER)).status).toBe(403);
  expect((await rt.call('saveProjectEvaluation', { projectId: project.id, aspects: allAspects(10) }, OFFICIAL)).status).toBe(403);
});

test('other years and other communities stay open; so do residents’ ratings and joining', async () => {
  // Projects are published into the current year only; another year of the same community still takes an assessment.
  expect((await rt.call('saveAssessment', { communityId: JUNAN, year: YEAR - 1, states: { 'II-1.1': 'A' } }, OFFICIAL)).status).toBe(200);
  expect(
    (await rt.call('publishProject', { communityId: BEIYUAN, category: 'volunteering', title: '北园', summary: '本年' }, BEIYUAN_WORKER))
      .status,
  ).toBe(200);
  expect(
    (await rt.call('submitResponse', { communityId: BEIYUAN, answers: { awareness: 'aware', satisfaction: 'satisfied' } }, 'resident-late'))
      .status,
  ).toBe(200);
  expect((await rt.call('saveAssessment', { communityId: BEIYUAN, year: YEAR, states: { 'II-1.1': 'A' } }, OFFICIAL)).status).toBe(200);
  expect((await rt.call('saveAssessment', { communityId: JUNAN, year: YEAR + 1, states: { 'II-1.1': 'A' } }, OFFICIAL)).status).toBe(200);
  expect((await rt.call('submitFeedback', { projectId: project.id, rating: 2 }, 'resident-2')).status).toBe(200);
  expect((await rt.call('joinProject', { projectId: project.id, as: 'volunteer' }, 'resident-2')).status).toBe(200);
});

test('once an admin reopens, the same writes go through again', async () => {
  expect((await rt.call('reopenAssessment', { communityId: JUNAN, year: YEAR, reason: '补录活动' }, ADMIN)).status).toBe(200);
  expect((await rt.call('getProject', { projectId: project.id }, WORKER)).body.data.locked).toBe(false);
  expect((await rt.call('listProjects', { communityId: JUNAN, year: YEAR })).body.data.lock).toBeNull();
  expect((await rt.call('listProjects', { communityId: JUNAN })).body.data).not.toHaveProperty('lock');
  expect((await rt.call('getSurvey', { communityId: JUNAN }, 'resident-late')).body.data.roundClosed).toBe(false);
  const p = project.id;
  const writes: Array<[string, Record<string, unknown>, string]> = [
    ['submitResponse', { communityId: JUNAN, answers: { awareness: 'aware', satisfaction: 'satisfied' } }, 'resident-late'],
    ['saveAssessment', { communityId: JUNAN, year: YEAR, states: { 'II-1.1': 'C' } }, OFFICIAL],
    ['saveProjectEvaluation', { projectId: p, aspects: allAspects(10) }, EVALUATOR],
    ['recordActivity', { projectId: p, date: `${YEAR}-05-02`, description: '送餐', servedCount: 3 }, WORKER],
    ['replyFeedback', { projectId: p, feedbackId, reply: '谢谢' }, WORKER],
    ['unhideFeedback', { projectId: p, feedbackId, reason: '恢复显示' }, WORKER],
  ];
  for (const [name, body, who] of writes) expect([name, (await rt.call(name, body, who)).status]).toEqual([name, 200]);
  const { revision } = (await rt.call('getProject', { projectId: p }, WORKER)).body.data;
  expect((await rt.call('updateProject', { projectId: p, revision, title: '改名' }, WORKER)).status).toBe(200);
});
