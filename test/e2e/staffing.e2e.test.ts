// Staff join by invitation, end to end in the browser: the admin invites a city official, who claims it, imports
// communities from a pasted sheet and invites a district official for 普陀区; the district official sees only
// 普陀区 and invites a worker, who publishes a project; the admin revokes the worker, whose next write is refused.
import type { Browser, Locator, Page } from 'playwright-core';
import { ADMIN, callAs, openRoute, screenshot, useHarness, type Harness } from './harness';

const h = useHarness();

const CITY = 'e2e-city-official';
const DISTRICT = 'e2e-putuo-official';
const WORKER = 'e2e-xingang-worker';

const field = (page: Page | Locator, id: string) =>
  page.locator(`[id="${id}"] input, [id="${id}"] textarea, input[id="${id}"], textarea[id="${id}"]`).first();

/** A 375 px phone acting as `openid` (the identity picker's storage). */
async function phoneAs(browser: Browser, openid: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
  await context.addInitScript((id) => window.localStorage.setItem('dev-openid', JSON.stringify({ data: id })), openid);
  return context.newPage();
}

/** Screenshots at 375 px and, for staff screens, at 1440 px. */
async function shoot(page: Page, name: string, wide = false): Promise<void> {
  await screenshot(page, `staffing-${name}-375`);
  if (!wide) return;
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, `staffing-${name}-1440`);
  await page.setViewportSize({ width: 375, height: 812 });
}

/** On the staff page: invite `role` to the chip labelled `where`; answers the code shown once. */
async function invite(hh: Harness, page: Page, role: string, where: string): Promise<string> {
  await openRoute(hh, page, 'packages/staff/staff/index');
  const form = page.locator('[id="invite-form"]');
  await form.getByText(role, { exact: true }).click();
  await form.getByText(where, { exact: true }).click();
  await form.getByText('生成邀请码', { exact: true }).click();
  const code = form.locator('.invitation__code');
  await code.waitFor();
  await form.locator('.invitation__qr img').waitFor();
  return (await code.innerText()).trim();
}

async function claim(hh: Harness, page: Page, code: string, name: string, joinedAs: string): Promise<void> {
  await openRoute(hh, page, `pages/invite/index?code=${code}`);
  await field(page, 'invite-name').fill(name);
  await page.getByText('接受邀请', { exact: true }).click();
  await page.getByText(`欢迎，${name}！您已成为${joinedAs}。`, { exact: true }).waitFor();
}

const SHEET = [
  'name,district,street,kind,households,pilot,id',
  '新港社区,普陀区,沈家门街道,urban,900,false,',
  '东岙社区,普陀区,桃花镇,rural,,false,',
].join('\n');

test('invite, claim, import, scope, publish, revoke', async () => {
  // The admin invites a city official.
  const admin = await phoneAs(h.browser, ADMIN);
  const cityCode = await invite(h, admin, '民政部门', '全市');
  await admin.locator('.invitation__qr').scrollIntoViewIfNeeded();
  await shoot(admin, '1-invitation', true);

  // The city official claims it with a name; 我的 shows who they are.
  const city = await phoneAs(h.browser, CITY);
  await openRoute(h, city, `pages/invite/index?code=${cityCode}`);
  await shoot(city, '2-claim');
  await claim(h, city, cityCode, '李明', '民政部门');
  await shoot(city, '3-joined');
  await openRoute(h, city, 'pages/me/index');
  await city.getByText(CITY, { exact: true }).waitFor();
  await city.getByText('李明', { exact: true }).waitFor();
  await shoot(city, '4-me');

  // A code is single use.
  const again = await phoneAs(h.browser, 'e2e-latecomer');
  await openRoute(h, again, `pages/invite/index?code=${cityCode}`);
  await field(again, 'invite-name').fill('赵六');
  await again.getByText('接受邀请', { exact: true }).click();
  await again.getByText(/已经被使用过了/).waitFor();

  // A bad sheet is refused row by row, then the good one imports.
  await openRoute(h, city, 'packages/staff/registry/index');
  const panel = city.locator('[id="import-panel"]');
  await field(panel, 'import-sheet').fill(`${SHEET}\n坏社区,普陀区,桃花镇,urban,很多,false,`);
  await panel.getByText('导入', { exact: true }).click();
  await panel.getByText(/^第 3 行 households：/).waitFor();
  await shoot(city, '5-import-errors', true);
  await field(panel, 'import-sheet').fill(SHEET);
  await panel.getByText('导入', { exact: true }).click();
  await panel.getByText('导入完成：新增 2 个，更新 0 个', { exact: true }).waitFor();
  await city.getByText('新港社区', { exact: true }).waitFor();
  await shoot(city, '6-registry', true);

  // The survey poster of an imported community, from its registry row.
  await city.locator('.community-row', { hasText: '新港社区' }).getByText('问卷二维码', { exact: true }).click();
  await city.getByText('新港社区 问卷二维码', { exact: true }).waitFor();
  await city.locator('.poster__qr img').waitFor();
  await shoot(city, '6b-poster', true);

  // The city official invites a district official for 普陀区, who claims it and sees only 普陀区.
  const districtCode = await invite(h, city, '民政部门', '普陀区');
  const district = await phoneAs(h.browser, DISTRICT);
  await claim(h, district, districtCode, '张华', '民政部门');
  await openRoute(h, district, 'packages/staff/indicators/index');
  await district.getByText('新港社区', { exact: true }).waitFor();
  await district.getByText('大蒲湾社区', { exact: true }).waitFor();
  expect(await district.getByText('北园社区', { exact: true }).count()).toBe(0);
  await shoot(district, '7-district-indicators', true);

  // …invites a worker for 新港社区, who claims it and publishes a project.
  const workerCode = await invite(h, district, '社区工作者', '新港社区');
  await shoot(district, '8-district-invites-worker', true);
  const worker = await phoneAs(h.browser, WORKER);
  await claim(h, worker, workerCode, '王芳', '社区工作者');
  await openRoute(h, worker, 'packages/staff/projects/index');
  await worker.getByText('养老服务（已报 0 / 2）', { exact: true }).click();
  await field(worker, 'publish-title').fill('助老食堂');
  await field(worker, 'publish-summary').fill('为社区高龄老人提供午餐');
  await worker.getByText('发布项目', { exact: true }).click();
  await worker.getByText('已发布“助老食堂”', { exact: true }).waitFor();

  // The admin revokes the worker with a reason; the worker's next write answers 403.
  await openRoute(h, admin, 'packages/staff/staff/index');
  const row = admin.locator('.staff-member', { hasText: '王芳' });
  await row.getByText('撤销身份', { exact: true }).click();
  await field(row, 'revoke-reason').fill('已调离');
  await shoot(admin, '9-revoke', true);
  await row.getByText('确认撤销', { exact: true }).click();
  await admin.getByText('已撤销 王芳 的工作人员身份', { exact: true }).waitFor();
  const communities = await callAs(h, ADMIN, 'listCommunities', {});
  const xingang = communities.data.communities.find((c: { name: string }) => c.name === '新港社区');
  const refused = await fetch(`${h.url}cloud/publishProject`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-OpenId': WORKER },
    body: JSON.stringify({ communityId: xingang.id, category: 'elderly_care', title: '再发一个', summary: '不该成功' }),
  });
  expect(refused.status).toBe(403);
  expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
}, 300_000);
