// Fieldwork in a real browser: a worker records an assisted interview for a household (household and consent, then
// one question a screen), the same household is refused the second time at the household step, before any question
// (checkHousehold), a paper form is entered; an official's
// 数据质量 page shows the entries under the worker's name.
import type { Locator, Page } from 'playwright-core';
import { shanghaiYear } from '../../cloud/contract/rules';
import { ADMIN, callAs, openRoute, screenshot, useHarness, type Harness } from './harness';

const h = useHarness();

const COMMUNITY = 'dinghai-junan';
const WORKER = 'worker-junan-fw';
const OFFICIAL = 'official-fw';

/** A page of the given width acting as `openid` (the H5 identity picker's storage). */
async function pageOf(harness: Harness, openid: string, width: number): Promise<Page> {
  const context = await harness.browser.newContext({ viewport: { width, height: width < 800 ? 812 : 900 }, locale: 'zh-CN' });
  await context.addInitScript((id) => window.localStorage.setItem('dev-openid', JSON.stringify({ data: id })), openid);
  return context.newPage();
}

/** The whole screen, not only its first viewport: Taro H5 scrolls inside the page, so the viewport grows to the content. */
async function shot(page: Page, name: string) {
  const size = page.viewportSize()!;
  const toTop = () =>
    page.evaluate(() => {
      window.scrollTo(0, 0);
      for (const e of Array.from(document.querySelectorAll('.taro_page, .taro_router, body'))) e.scrollTop = 0;
    });
  await toTop();
  const height = await page.evaluate(() =>
    Math.max(...Array.from(document.querySelectorAll('.screen')).map((e) => e.getBoundingClientRect().bottom)),
  );
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil(height)) });
  await toTop();
  await screenshot(page, name);
  await page.setViewportSize(size);
}

/** The text field of a Taro Input given its id (H5 puts the native element inside). */
const field = (page: Page | Locator, id: string) => page.locator(`[id="${id}"] input, input[id="${id}"]`).first();

async function fillHousehold(page: Page, building: string, unit: string, room: string) {
  await field(page, 'household-building').fill(building);
  await field(page, 'household-unit').fill(unit);
  await field(page, 'household-room').fill(room);
  await page.getByText('已向居民宣读以上说明，居民口头同意回答', { exact: true }).click();
}

/** The resident answers on the worker's phone: one question a screen, as in their own survey. */
async function answer(page: Page, awareness: string, satisfaction: string, shots?: string) {
  await page.getByText('开始答题（交给居民）', { exact: true }).click();
  await page.getByText('第 1 题，共 2 题', { exact: true }).waitFor();
  expect(await page.getByText('您对本社区“幸福社区”建设的总体评价是？').count()).toBe(0);
  await page.getByText(awareness, { exact: true }).click();
  if (shots) await shot(page, `${shots}-2-question-1`);
  await page.getByText('下一题', { exact: true }).click();
  await page.getByText('第 2 题，共 2 题', { exact: true }).waitFor();
  await page.getByText(satisfaction, { exact: true }).click();
  if (shots) await shot(page, `${shots}-3-question-2`);
  await page.getByText('提交', { exact: true }).click();
}

test('a worker records a household and a paper form; the same household again is refused; the official sees both under the worker’s name', async () => {
  const year = shanghaiYear();
  expect((await callAs(h, ADMIN, 'assignRole', { openid: WORKER, role: 'worker', communityId: COMMUNITY, displayName: '王芳' })).ok).toBe(
    true,
  );
  expect((await callAs(h, ADMIN, 'assignRole', { openid: OFFICIAL, role: 'official', displayName: '张科长' })).ok).toBe(true);

  // The worker finds 入户代填 on their indicators page.
  const worker = await pageOf(h, WORKER, 375);
  await openRoute(h, worker, 'packages/staff/indicators/index');
  await worker.getByText('入户代填（走访居民）', { exact: true }).click();
  await worker.getByText(`入户代填 · 桔南社区 ${year}年`, { exact: true }).waitFor();
  await worker.getByText('请向居民宣读', { exact: true }).waitFor();
  await shot(worker, 'fieldwork-1-household');

  // Starting without the consent ticked is refused on the spot.
  await field(worker, 'household-building').fill('3幢');
  await field(worker, 'household-room').fill('301');
  await worker.getByText('开始答题（交给居民）', { exact: true }).click();
  await worker.getByText('请先宣读说明，并在居民同意后勾选', { exact: true }).waitFor();

  await fillHousehold(worker, '3幢', '2单元', '301');
  await answer(worker, '知道', '比较满意', 'fieldwork');
  await worker.getByText('已记录 3幢 2单元 301 的回答，谢谢！', { exact: true }).waitFor();
  await shot(worker, 'fieldwork-4-recorded');

  // The same household, typed with full-width digits and spaces: refused at the household step (checkHousehold),
  // before any question is put to the resident; nothing is stored.
  await worker.getByText('录入下一户', { exact: true }).click();
  await worker.getByText('本次已代填 1 户', { exact: true }).waitFor();
  await fillHousehold(worker, ' ３幢', '２单元 ', '３０１');
  await worker.getByText('开始答题（交给居民）', { exact: true }).click();
  const refused = worker.locator('[id="assisted-refused"]');
  await refused.getByText('这一户本轮已经通过入户代填答过问卷，不能重复填写。请核对门牌，或走访下一户。', { exact: true }).waitFor();
  expect(await worker.getByText('第 1 题，共 2 题', { exact: true }).count()).toBe(0);
  expect(await worker.getByText('开始答题（交给居民）', { exact: true }).isVisible()).toBe(true);
  expect(await field(worker, 'household-room').inputValue()).toBe('３０１');
  await shot(worker, 'fieldwork-5-household-refused');
  const afterRefusal = await callAs(h, OFFICIAL, 'getQualityReport', { year, communityId: COMMUNITY });
  expect(afterRefusal.data.communities[0]).toMatchObject({ responses: 1, channels: { assisted: 1 } });

  // A paper form.
  await openRoute(h, worker, 'packages/staff/paper/index');
  await worker.getByText(`纸质问卷录入 · 桔南社区 ${year}年`, { exact: true }).waitFor();
  await field(worker, 'paper-serial').fill('JN-0001');
  await worker.locator('[id="paper-awareness"]').getByText('听说过', { exact: true }).click();
  await worker.locator('[id="paper-satisfaction"]').getByText('基本满意', { exact: true }).click();
  await shot(worker, 'fieldwork-6-paper-filled');
  await worker.getByText('录入这一份', { exact: true }).click();
  await worker.getByText('编号 JN-0001 已录入，可以录入下一份。', { exact: true }).waitFor();
  await shot(worker, 'fieldwork-7-paper-entered');

  // Stored as entered: two answers, one per channel, counted in the round.
  const report = await callAs(h, OFFICIAL, 'getQualityReport', { year, communityId: COMMUNITY });
  expect(report.data.communities[0]).toMatchObject({ responses: 2, channels: { self: 0, assisted: 1, paper: 1 } });

  // 13 residents answer alone (through the API: no startToken, so of unknown duration), 10 of them aware and satisfied;
  // a volunteer leaves a phone number for the workers.
  for (let i = 0; i < 13; i++) {
    const answers = i < 10 ? { awareness: 'aware', satisfaction: 'satisfied' } : { awareness: 'unaware', satisfaction: 'dissatisfied' };
    expect((await callAs(h, `fw-resident-${i}`, 'submitResponse', { communityId: COMMUNITY, answers })).ok).toBe(true);
  }
  const project = await callAs(h, WORKER, 'publishProject', {
    communityId: COMMUNITY,
    category: 'elderly_care',
    title: '长者食堂',
    summary: '为高龄老人送餐',
  });
  expect(project.ok).toBe(true);
  const joined = await callAs(h, 'fw-volunteer', 'joinProject', {
    projectId: project.data.id,
    as: 'volunteer',
    phone: '13800138000',
    phoneConsent: true,
  });
  expect(joined.ok).toBe(true);

  // The official's 数据质量 page, on a desktop and on a phone: the entries under the worker's name; 15 answers, so the
  // rates show: aware or heard = 10 alone + 知道 (assisted) + 听说过 (paper) = 12 of 15.
  const shown = await callAs(h, OFFICIAL, 'getQualityReport', { year, communityId: COMMUNITY });
  expect(shown.data.communities[0]).toMatchObject({ responses: 15, unknownDuration: 13, rates: { shownAt: 15 } });
  for (const width of [1440, 375]) {
    const official = await pageOf(h, OFFICIAL, width);
    await openRoute(h, official, `packages/staff/quality/index?communityId=${COMMUNITY}&year=${year}`);
    await official.getByText(`数据质量 · 桔南社区 ${year}年`, { exact: true }).waitFor();
    const workers = official.locator('[id="quality-workers"]');
    await workers.getByText('社区工作者 王芳', { exact: true }).waitFor();
    await workers.getByText('入户代填 1 份 · 纸质录入 1 份', { exact: true }).waitFor();
    const aware = official.locator('[id="quality-rate-awareness"]');
    await aware.getByText('80.0%', { exact: true }).waitFor();
    await aware.getByText('12/15 份', { exact: true }).waitFor();
    await official.locator('[id="quality-volunteers"]').getByText('1 / 20 人', { exact: true }).waitFor();
    // Officials see no volunteer's phone list (that is for the community's workers).
    expect(await official.locator('[id="quality-contacts"]').count()).toBe(0);
    await shot(official, `fieldwork-8-quality-official-${width}`);
    await official.context().close();
  }

  // The worker's own 数据质量 page, from the indicators page.
  await openRoute(h, worker, 'packages/staff/indicators/index');
  await worker.getByText('数据质量', { exact: true }).click();
  await worker.locator('[id="quality-workers"]').getByText('社区工作者 王芳', { exact: true }).waitFor();
  // Afresh, for the screenshot (Taro H5 keeps the pages navigated from in the DOM).
  await worker.reload();
  await worker.locator('[id="quality-workers"]').getByText('社区工作者 王芳', { exact: true }).waitFor();
  await worker.locator('[id="quality-contacts"]').getByText('13800138000', { exact: true }).waitFor();
  await shot(worker, 'fieldwork-9-quality-worker');
}, 180_000);
