// A resident in the browser: a worker's published project, opened from the community's list, rated 4 with a comment,
// joined as 志愿者, and a need told to the community; the worker then sees the rating and the volunteer.
import { ADMIN, callAs, openRoute, pageAs, screenshot, useHarness } from './harness';

const h = useHarness();

const COMMUNITY = 'dinghai-beiyuan';
const WORKER = 'worker-beiyuan';
const RESIDENT = 'resident-projects';

test('a resident browses, rates, joins and tells a need; the worker sees it', async () => {
  expect((await callAs(h, ADMIN, 'assignRole', { openid: WORKER, role: 'worker', communityId: COMMUNITY })).ok).toBe(true);
  const published = await callAs(h, WORKER, 'publishProject', {
    communityId: COMMUNITY,
    category: 'elderly_care',
    title: '助老食堂',
    summary: '为社区高龄老人提供午餐',
  });
  expect(published.ok).toBe(true);
  const projectId: string = published.data.id;
  const recorded = await callAs(h, WORKER, 'recordActivity', {
    projectId,
    date: `${published.data.year}-03-15`,
    description: '第一次试运行午餐',
    servedCount: 28,
  });
  expect(recorded.ok).toBe(true);

  const page = await pageAs(h, RESIDENT);
  await openRoute(h, page, `pages/projects/index?communityId=${COMMUNITY}`);
  const card = page.locator(`[id="project-${projectId}"]`);
  await card.getByText('助老食堂', { exact: true }).waitFor();
  await page.locator('[id="category-elderly_care"]').getByText('养老服务类', { exact: true }).waitFor();
  await card.getByText('现在：需求调研 · 第 1 步，共 5 步', { exact: true }).waitFor();
  await card.getByText('开展活动 1 次', { exact: true }).waitFor();
  await card.getByText('服务居民 28 人次', { exact: true }).waitFor();
  await screenshot(page, 'resident-projects-1-list');

  await card.click();
  await page.getByText('第一次试运行午餐', { exact: true }).waitFor();
  await page.getByText('为社区高龄老人提供午餐', { exact: true }).waitFor();
  await page.waitForTimeout(500); // the page's slide-in, for the screenshot only
  await screenshot(page, 'resident-projects-2-project');

  await page.locator('#star-4').click();
  await page.locator('#my-rating textarea').fill('饭菜可口，希望周末也开');
  await page.getByText('提交评价', { exact: true }).click();
  await page.getByText('已收到您的评价，谢谢！', { exact: true }).waitFor();
  await page.getByText('平均 4.0 分，1 人评价', { exact: true }).waitFor();
  await page.getByText('再次提交会替换您之前的评价', { exact: false }).waitFor();

  await page.getByText('报名当志愿者', { exact: true }).click();
  await page.getByText('✓ 已报名志愿者（点此退出）', { exact: true }).waitFor();
  await screenshot(page, 'resident-projects-3-rated-joined');

  await openRoute(h, page, `pages/needs/index?communityId=${COMMUNITY}`);
  await page.getByText('您还没有提过需要。', { exact: true }).waitFor();
  await page.locator('#need-form').getByText('养老服务', { exact: true }).click();
  await page.locator('#need-form textarea').fill('希望有人上门帮老人理发');
  await page.locator('#need-form').getByText('提交', { exact: true }).click();
  await page.getByText('已收到，谢谢您！社区会认真看。', { exact: true }).waitFor();
  await page.locator('#my-needs').getByText('希望有人上门帮老人理发', { exact: true }).waitFor();
  await page.locator('#my-needs').scrollIntoViewIfNeeded();
  await screenshot(page, 'resident-projects-4-need');

  const seen = await callAs(h, WORKER, 'getProject', { projectId });
  expect(seen.ok).toBe(true);
  expect(seen.data.rating).toEqual({ average: 4, count: 1 });
  expect(seen.data.joined.volunteer).toBe(1);
  expect(seen.data.feedback.map((f: { comment: string }) => f.comment)).toEqual(['饭菜可口，希望周末也开']);

  // "You said, we did": the worker links the need to the project, and the resident sees it and opens the project.
  const needs = await callAs(h, WORKER, 'listNeeds', { communityId: COMMUNITY });
  const need = needs.data.needs.find((n: { text: string }) => n.text === '希望有人上门帮老人理发');
  expect((await callAs(h, WORKER, 'linkNeed', { needId: need.id, projectId })).ok).toBe(true);
  await openRoute(h, page, `pages/needs/index?communityId=${COMMUNITY}`);
  await page.getByText('您说的，我们做了：', { exact: true }).waitFor();
  await page.locator('#my-needs').scrollIntoViewIfNeeded();
  await screenshot(page, 'resident-projects-5-we-did');
  await page.getByText('助老食堂（需求调研）›', { exact: true }).click();
  await page.getByText('第一次试运行午餐', { exact: true }).waitFor();
  await page.getByText('✓ 已报名志愿者（点此退出）', { exact: true }).waitFor();
});
