// A resident in the browser at 375 px: sends a need and a comment; a worker links the need to the project and replies
// to the comment; the resident's 消息 (from 我的, with its unread count) shows both, each opening the project; then
// 我的数据 withdraws the comment after a confirm step, and it is gone from the project page.
import { ADMIN, callAs, openRoute, screenshot, useHarness, type Harness } from './harness';

const h = useHarness();

const COMMUNITY = 'dinghai-junan';
const WORKER = 'worker-junan-msg';
const RESIDENT = 'resident-messages';

async function phone(harness: Harness, openid: string) {
  const context = await harness.browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
  await context.addInitScript((id) => window.localStorage.setItem('dev-openid', JSON.stringify({ data: id })), openid);
  return context.newPage();
}

test('消息 closes the loop, and 我的数据 takes a comment back', async () => {
  expect((await callAs(h, ADMIN, 'assignRole', { openid: WORKER, role: 'worker', communityId: COMMUNITY, displayName: '王芳' })).ok).toBe(
    true,
  );
  const published = await callAs(h, WORKER, 'publishProject', {
    communityId: COMMUNITY,
    category: 'elderly_care',
    title: '长者食堂',
    summary: '为高龄老人送午餐',
  });
  expect(published.ok).toBe(true);
  const projectId: string = published.data.id;

  const page = await phone(h, RESIDENT);
  // The need, through the needs page.
  await openRoute(h, page, `pages/needs/index?communityId=${COMMUNITY}`);
  await page.locator('#need-form textarea').fill('希望有老年食堂');
  await page.locator('#need-form').getByText('提交', { exact: true }).click();
  await page.getByText('已收到，谢谢您！社区会认真看。', { exact: true }).waitFor();
  // The comment, through the project page.
  await openRoute(h, page, `pages/project/index?projectId=${encodeURIComponent(projectId)}`);
  await page.locator('#star-2').click();
  await page.locator('#my-rating textarea').fill('饭菜送到时有点凉');
  await page.getByText('提交评价', { exact: true }).click();
  await page.getByText('已收到您的评价，谢谢！', { exact: true }).waitFor();

  // The worker links the need and replies to the comment.
  const need = (await callAs(h, WORKER, 'listNeeds', { communityId: COMMUNITY })).data.needs.find(
    (n: { text: string }) => n.text === '希望有老年食堂',
  );
  expect((await callAs(h, WORKER, 'linkNeed', { needId: need.id, projectId })).ok).toBe(true);
  const feedbackId = (await callAs(h, WORKER, 'getProject', { projectId })).data.feedback[0].id;
  expect((await callAs(h, WORKER, 'replyFeedback', { projectId, feedbackId, reply: '已加保温箱，谢谢提醒' })).ok).toBe(true);

  // 我的 → 消息 (2 unread).
  await openRoute(h, page, 'pages/me/index');
  await page.getByText('消息（2 条未读）', { exact: true }).waitFor();
  await screenshot(page, 'messages-1-me');
  await page.getByText('消息（2 条未读）', { exact: true }).click();
  await page.getByText('您的需求有了回应', { exact: true }).waitFor();
  await page.getByText('您提的“希望有老年食堂”已关联到项目“长者食堂”', { exact: true }).waitFor();
  await page.getByText('您的评价有了回复', { exact: true }).waitFor();
  await page.getByText('社区工作者 王芳回复了您对“长者食堂”的评价：已加保温箱，谢谢提醒', { exact: true }).waitFor();
  expect(await page.locator('.messages-page .message').count()).toBe(2);
  expect(await page.locator('.messages-page').getByText('看看这个项目', { exact: true }).count()).toBe(2);
  await page.waitForTimeout(500); // the page's slide-in, for the screenshot only
  await screenshot(page, 'messages-2-inbox');
  await page.locator('.messages-page').getByText('看看这个项目', { exact: true }).first().click();
  await page.getByText('为高龄老人送午餐', { exact: true }).waitFor();
  expect(page.url()).toContain(`projectId=${encodeURIComponent(projectId)}`);

  // Seen is read: 我的 no longer counts them.
  await openRoute(h, page, 'pages/me/index');
  await page.getByText('消息', { exact: true }).waitFor();

  // 我的数据: the need with its project, the comment with the reply; withdraw the comment.
  await openRoute(h, page, 'pages/mydata/index');
  await page.getByText('已关联到项目“长者食堂”（需求调研）', { exact: true }).waitFor();
  await page.getByText('社区工作者 王芳回复：已加保温箱，谢谢提醒', { exact: true }).waitFor();
  await screenshot(page, 'messages-3-mydata');
  const comment = page.locator('.mydata__item', { hasText: '饭菜送到时有点凉' });
  await comment.getByText('撤回', { exact: true }).click();
  await comment.getByText('确定要撤回这条评分和评价吗？撤回后不能恢复。', { exact: true }).waitFor();
  await comment.getByText('不撤回', { exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, 'messages-4-confirm');
  await comment.getByText('确定撤回', { exact: true }).click();
  await page.getByText('已撤回您的评分和评价，项目的平均分已不再计入', { exact: true }).waitFor();
  await page.getByText('您还没有评价过项目。', { exact: true }).waitFor();
  await screenshot(page, 'messages-5-withdrawn');

  // Gone from the project page, for the resident and for everyone.
  await openRoute(h, page, `pages/project/index?projectId=${encodeURIComponent(projectId)}`);
  await page.getByText('为高龄老人送午餐', { exact: true }).waitFor();
  expect(await page.getByText('饭菜送到时有点凉').count()).toBe(0);
  const seen = await callAs(h, 'someone-else', 'getProject', { projectId });
  expect(seen.data.rating).toEqual({ average: null, count: 0 });
  expect(seen.data.feedback).toEqual([]);
});
