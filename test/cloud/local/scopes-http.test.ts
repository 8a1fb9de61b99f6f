// Officials with a scope through the local runtime: every read and write of indicators, assessments,
// needs, projects' evaluations and exports keeps to the caller's city, district or street.
import { Workbook } from 'exceljs';
import { ADMIN, startRuntime, useRuntime } from '../../support/local-runtime';
import { answerSurvey, BEIYUAN, clock, JUNAN, YEAR } from '../../support/assessment';
import { publish } from '../../support/projects';

const DINGHAI = 'official-dinghai'; // 定海区: 北园 (昌国街道) and 桔南 (城东街道)
const CHANGGUO = 'official-changguo'; // 定海区昌国街道: 北园 only
const PUTUO = 'putuo-lianan';

const rt = useRuntime(async () => {
  const r = await startRuntime(undefined, clock().now);
  await r.call('assignRole', { openid: DINGHAI, role: 'official', district: '定海区', displayName: '定海民政' }, ADMIN);
  await r.call('assignRole', { openid: CHANGGUO, role: 'official', district: '定海区', street: '昌国街道' }, ADMIN);
  await r.call('assignRole', { openid: 'worker-junan', role: 'worker', communityId: JUNAN }, ADMIN);
  await r.call('assignRole', { openid: 'evaluator-1', role: 'evaluator' }, ADMIN);
  return r;
});

const ids = (list: { communityId: string }[]) => list.map((c) => c.communityId);

test('whoami tells an official their scope', async () => {
  expect((await rt.call('whoami', {}, CHANGGUO)).body.data).toMatchObject({
    roles: ['resident', 'official'],
    scope: { district: '定海区', street: '昌国街道' },
  });
  expect((await rt.call('whoami', {}, DINGHAI)).body.data).toMatchObject({
    scope: { district: '定海区', street: null },
    displayName: '定海民政',
  });
});

test('getIndicators lists only the communities in scope; one out of scope is 403', async () => {
  expect(ids((await rt.call('getIndicators', {}, DINGHAI)).body.data.communities)).toEqual([BEIYUAN, JUNAN]);
  expect(ids((await rt.call('getIndicators', {}, CHANGGUO)).body.data.communities)).toEqual([BEIYUAN]);
  expect((await rt.call('getIndicators', { communityId: JUNAN }, CHANGGUO)).status).toBe(403);
  expect((await rt.call('getIndicators', { communityId: PUTUO }, DINGHAI)).status).toBe(403);
  expect((await rt.call('getIndicators', { communityId: JUNAN }, DINGHAI)).status).toBe(200);
  expect((await rt.call('getIndicators', { communityId: 'nowhere' }, DINGHAI)).status).toBe(404);
});

test('assessments: read, saved and listed in scope only', async () => {
  const save = (who: string, communityId: string) => rt.call('saveAssessment', { communityId, year: YEAR, states: { 'II-1.1': 'A' } }, who);
  expect((await save(CHANGGUO, BEIYUAN)).status).toBe(200);
  expect((await save(CHANGGUO, JUNAN)).status).toBe(403);
  expect((await save(DINGHAI, PUTUO)).status).toBe(403);
  expect((await rt.call('getAssessment', { communityId: JUNAN, year: YEAR }, CHANGGUO)).status).toBe(403);
  const listed = (await rt.call('listAssessments', { year: YEAR }, DINGHAI)).body.data.assessments;
  expect(ids(listed)).toEqual([BEIYUAN, JUNAN]);
  expect(ids((await rt.call('listAssessments', { year: YEAR }, ADMIN)).body.data.assessments)).toHaveLength(8);
});

test('exportScorecards holds only the communities in scope', async () => {
  await answerSurvey(rt, BEIYUAN, 3, 3, 3);
  const res = await rt.call('exportScorecards', { year: YEAR }, CHANGGUO);
  expect(res.body.data).toMatchObject({
    fileId: null,
    url: expect.stringMatching(/^\/exports\/scorecards-\d{4}-\d{14}-[0-9a-f]{8}\.xlsx$/),
  });
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(await (await fetch(rt.url + res.body.data.url)).arrayBuffer()) as any);
  expect(book.worksheets.map((w) => w.name)).toEqual(['总表', '二类项目评价', '知晓率与满意度', '数据质量', '北园社区']);
  // 数据质量: the community in scope only (title, 说明, header, then its one row).
  const quality = book.getWorksheet('数据质量')!;
  expect(quality.rowCount).toBe(4);
  expect(quality.getCell('A4').value).toBe('北园社区');
});

test('needs and the third-party evaluation: officials in scope read them, others not', async () => {
  expect((await rt.call('listNeeds', { communityId: JUNAN }, DINGHAI)).status).toBe(200);
  expect((await rt.call('listNeeds', { communityId: JUNAN }, CHANGGUO)).status).toBe(403);
  const project = await publish(rt, {}, 'worker-junan');
  const aspects = { completion: 80, satisfaction: 80, finance: 80, organization: 80, operation: 80, effectiveness: 80 };
  expect((await rt.call('saveProjectEvaluation', { projectId: project.id, aspects }, 'evaluator-1')).status).toBe(200);
  const seen = async (who: string) => (await rt.call('getProject', { projectId: project.id }, who)).body.data.evaluation;
  expect(await seen(DINGHAI)).toMatchObject({ aspects, by: '第三方评估' });
  expect(await seen(CHANGGUO)).toBeNull();
  expect(await seen('resident-1')).toBeNull();
  // Officials read projects; they never run them.
  expect((await rt.call('updateProject', { projectId: project.id, revision: project.revision, title: '改名' }, DINGHAI)).status).toBe(403);
});
