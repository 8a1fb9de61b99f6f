// A community worker runs a doorstep project in the browser: publishes it (养老服务), moves it to 需求分析 and
// records an activity; a resident rates, comments and volunteers; the worker sees both and replies.
import type { Locator, Page } from 'playwright-core';
import { ADMIN, callAs, openRoute, pageAs, screenshot, useHarness } from './harness';

const h = useHarness();

const COMMUNITY = 'dinghai-beiyuan';
const WORKER = 'worker-beiyuan';
const RESIDENT = 'resident-beiyuan-1';
const OFFICIAL = 'official-e2e';

/** The text field of a Taro Input or Textarea given its id (H5 puts the native element inside). */
const field = (page: Page | Locator, id: string) =>
  page.locator(`[id="${id}"] input, [id="${id}"] textarea, input[id="${id}"], textarea[id="${id}"]`).first();

test('a worker publishes, runs and answers a project; a resident rates and volunteers', async () => {
  const assigned = await callAs(h, ADMIN, 'assignRole', { openid: WORKER, role: 'worker', communityId: COMMUNITY });
  expect(assigned.ok).toBe(true);

  // The list: nine categories with the two-per-category rule, and the publish form.
  const page = await pageAs(h, WORKER);
  await openRoute(h, page, 'packages/staff/projects/index');
  await page.getByText(/^北园社区 · \d{4}年家门口项目$/).waitFor();
  const elderly = page.locator('[id="category-elderly_care"]');
  await elderly.getByText('已报 0 / 2 项', { exact: true }).waitFor();
  await screenshot(page, 'worker-1-projects');

  await page.getByText('养老服务（已报 0 / 2）', { exact: true }).click();
  await field(page, 'publish-title').fill('助老食堂');
  await field(page, 'publish-summary').fill('为社区高龄老人提供午餐和送餐上门');
  await page.getByText('发布项目', { exact: true }).click();
  await page.getByText('已发布“助老食堂”', { exact: true }).waitFor();
  await elderly.getByText('已报 1 / 2 项', { exact: true }).waitFor();
  await elderly.getByText('阶段：需求调研', { exact: true }).waitFor();
  await page.getByText('养老服务（已报 1 / 2）', { exact: true }).waitFor();
  await screenshot(page, 'worker-2-published');

  const listed = await callAs(h, WORKER, 'listProjects', { communityId: COMMUNITY });
  expect(listed.ok).toBe(true);
  expect(listed.data.projects).toHaveLength(1);
  const projectId: string = listed.data.projects[0].id;
  // The project, opened from the list as a worker would (its id travels URL-encoded): move to 需求分析, record an activity.
  await page.locator(`[id="project-${projectId}"]`).getByText('打开项目', { exact: true }).click();
  await page.getByText('当前阶段：需求调研', { exact: true }).waitFor();
  await page.getByText('推进到“需求分析”', { exact: true }).click();
  await page.getByText('当前阶段：需求分析', { exact: true }).waitFor();
  await page.getByText('需求调研 → 需求分析', { exact: true }).waitFor();

  const activity = page.locator('[id="activity-panel"]');
  await field(activity, 'activity-served').fill('-2');
  await activity.getByText('记录活动', { exact: true }).click();
  await activity.getByText('请填写活动内容', { exact: true }).waitFor();
  await activity.getByText('服务人数不能为负', { exact: true }).waitFor();
  await screenshot(page, 'worker-3-activity-errors');
  await field(activity, 'activity-description').fill('为 12 位高龄老人上门送午餐');
  await field(activity, 'activity-served').fill('12');
  await activity.getByText('记录活动', { exact: true }).click();
  await activity.getByText('共 1 次活动，服务 12 人次', { exact: true }).waitFor();
  await activity.getByText('为 12 位高龄老人上门送午餐', { exact: true }).waitFor();
  await screenshot(page, 'worker-4-stage-and-activity');

  // A resident, in their own browser, rates and comments, and joins as a volunteer.
  const comment = '饭菜可口，谢谢社区！';
  const resident = await pageAs(h, RESIDENT);
  await openRoute(h, resident, `pages/projects/index?communityId=${COMMUNITY}`);
  await resident.locator(`[id="project-${projectId}"]`).click();
  await resident.getByText('为 12 位高龄老人上门送午餐', { exact: true }).waitFor();
  await resident.locator('#star-5').click();
  await resident.locator('#my-rating textarea').fill(comment);
  await resident.getByText('提交评价', { exact: true }).click();
  await resident.getByText('已收到您的评价，谢谢！', { exact: true }).waitFor();
  await resident.getByText('报名当志愿者', { exact: true }).click();
  await resident.getByText('✓ 已报名志愿者（点此退出）', { exact: true }).waitFor();
  const rated = await callAs(h, RESIDENT, 'getProject', { projectId });
  expect(rated.data.mine).toMatchObject({ feedback: { rating: 5, comment }, joined: ['volunteer'] });

  // The worker sees both, and replies.
  await page.reload();
  await page.getByText(comment, { exact: true }).waitFor();
  await page.getByText('志愿者 1 人', { exact: true }).waitFor();
  await page.getByText('评分 5 分（1 条评价）', { exact: true }).waitFor();
  const feedbackId: string = rated.data.mine.feedback.id;
  const row = page.locator(`[id="feedback-${feedbackId}"]`);
  await row.getByText('回复', { exact: true }).click();
  const reply = '谢谢您，我们会坚持每周送餐。';
  await row.locator('textarea').fill(reply);
  await screenshot(page, 'worker-5-replying');
  await row.getByText('发送回复', { exact: true }).click();
  await row.getByText(`回复：${reply}`, { exact: true }).waitFor();
  await screenshot(page, 'worker-6-replied');

  const stored = await callAs(h, ADMIN, 'getProject', { projectId });
  expect(stored.ok).toBe(true);
  expect(stored.data.stage).toBe('needs_analysis');
  expect(stored.data.activityCount).toBe(1);
  expect(stored.data.servedTotal).toBe(12);
  expect(stored.data.joined.volunteer).toBe(1);
  expect(stored.data.feedback).toHaveLength(1);
  expect(stored.data.feedback[0].reply).toMatchObject({ text: reply, by: WORKER });
  expect(stored.data.history).toEqual([expect.objectContaining({ from: 'needs_research', to: 'needs_analysis', by: WORKER })]);

  // An official reads the project as the evidence of Ⅱ-11/12: the same record, and nothing to change in it.
  expect((await callAs(h, ADMIN, 'assignRole', { openid: OFFICIAL, role: 'official' })).ok).toBe(true);
  const official = await pageAs(h, OFFICIAL);
  await openRoute(h, official, `packages/staff/project/index?projectId=${encodeURIComponent(projectId)}`);
  await official.getByText('当前阶段：需求分析', { exact: true }).waitFor();
  await official.getByText(`回复：${reply}`, { exact: true }).waitFor();
  await official.getByText('您可以查看本项目；项目由本社区的社区工作者管理。', { exact: true }).waitFor();
  for (const control of ['推进到“项目设计”', '记录活动', '回复', '隐藏', '保存项目内容']) {
    expect(await official.getByText(control, { exact: true }).count()).toBe(0);
  }
  await screenshot(official, 'worker-7-official-reads');
});
