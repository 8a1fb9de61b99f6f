// An official scores a community in the browser: chooses states, sees the score and verdict, saves,
// finds them kept after a reload, and sees the verdict in the city overview.
import type { Page } from 'playwright-core';
import { stateItems, zhoushan2017 } from '../../rubric';
import { shanghaiDay } from '../../cloud/contract/rules';
import { ADMIN, callAs, openRoute, pageAs, screenshot, useHarness } from './harness';

const h = useHarness();

const COMMUNITY = 'dinghai-beiyuan';
/** Chosen by clicks in the page; every other judged item is saved A beforehand through the API. */
const CLICKED = ['II-1.1', 'II-1.2', 'II-1.3', 'II-2.1'];

const itemRow = (page: Page, id: string) => page.locator(`[id="item-${id}"]`);

test('an official scores a community, saves, and sees the verdict kept and in the overview', async () => {
  // Fifty residents (the minimum sample) know of the programme and are satisfied: Ⅱ-10.2 and Ⅱ-10.3 take A from the rates.
  let year = 0;
  for (let i = 1; i <= 50; i++) {
    const resident = `resident-${i}`;
    const res = await callAs(h, resident, 'submitResponse', {
      communityId: COMMUNITY,
      answers: { awareness: 'aware', satisfaction: 'satisfied' },
    });
    expect(res.ok).toBe(true);
    year = res.data.round.year;
  }
  const bulk = stateItems(zhoushan2017).filter((i) => !i.source && !CLICKED.includes(i.id));
  const saved = await callAs(h, ADMIN, 'saveAssessment', {
    communityId: COMMUNITY,
    year,
    states: Object.fromEntries(bulk.map((i) => [i.id, 'A'])),
  });
  expect(saved.ok).toBe(true);

  const page = await pageAs(h, ADMIN);
  await openRoute(h, page, `packages/staff/assessment/index?communityId=${COMMUNITY}&year=${year}`);
  await page.getByText(`北园社区 · ${year}年测评`).waitFor();
  // On a phone the 一级指标 start folded, each with its subtotal: open them all.
  await page.getByText('全部展开', { exact: true }).click();
  await page.getByText('还有 4 项未评定', { exact: true }).waitFor();
  await page.getByText('未完成评定', { exact: true }).waitFor();
  // Already eligible with four items open: what the clicks change is completeness, and so the verdict.
  await page.getByText('具备评定资格（一类指标 ≥ 50 分）').waitFor();
  await itemRow(page, 'II-10.2').getByText('群众知晓率 100.0%（50 份问卷）').waitFor();
  await itemRow(page, 'II-10.2').getByText('按群众知晓率自动评定').waitFor();
  await screenshot(page, 'assessment-1-opened');

  for (const id of CLICKED) await itemRow(page, id).getByText('A', { exact: true }).click();
  // All 一类 items A: 60 of 60, eligible; no project evaluated yet, so 二类 0 and the total 60: 不合格.
  await page.getByText('60 / 60', { exact: true }).waitFor();
  await page.getByText('不合格', { exact: true }).waitFor();
  expect(await page.getByText('有尚未保存的修改').count()).toBe(1);
  await page.getByText('当前总分 60 · 不合格', { exact: true }).waitFor();
  await page.locator('.score-panel').scrollIntoViewIfNeeded();
  await screenshot(page, 'assessment-2-scored');

  await page.getByText('保存测评', { exact: true }).click();
  await page.getByText('已保存', { exact: true }).waitFor();
  await itemRow(page, 'II-2.1').scrollIntoViewIfNeeded();
  await screenshot(page, 'assessment-3-saved');

  await page.reload();
  await page.getByText(`北园社区 · ${year}年测评`).waitFor();
  await page.getByText('全部展开', { exact: true }).click();
  await page.getByText('60 / 60', { exact: true }).waitFor();
  await page.getByText('不合格', { exact: true }).waitFor();
  await itemRow(page, 'II-1.1')
    .getByText(/^管理员 于 \d{4}-\d\d-\d\d \d\d:\d\d 评定$/)
    .waitFor();
  expect(await itemRow(page, 'II-1.1').locator('.big-button--selected').innerText()).toBe('A');
  await itemRow(page, 'II-1.1').scrollIntoViewIfNeeded();
  await screenshot(page, 'assessment-4-reloaded');

  const overview = await pageAs(h, ADMIN);
  await openRoute(h, overview, `packages/staff/overview/index?year=${year}`);
  const card = overview.locator(`[id="community-${COMMUNITY}"]`);
  await card.getByText('不合格', { exact: true }).waitFor();
  await card.getByText('总分 60', { exact: true }).waitFor();
  await card.getByText('群众知晓率 100.0%', { exact: true }).waitFor();
  // A community nobody has scored is 未完成评定.
  await overview.locator('[id="community-dinghai-junan"]').getByText('未完成评定', { exact: true }).waitFor();
  await screenshot(overview, 'assessment-5-overview');

  const [download] = await Promise.all([
    overview.waitForEvent('download'),
    overview.getByText('导出测评表（Excel）', { exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${year}年幸福社区测评_${shanghaiDay()}.xlsx`);
  await overview.getByText(`已导出 ${year}年幸福社区测评_${shanghaiDay()}.xlsx`, { exact: true }).waitFor();
  await screenshot(overview, 'assessment-6-exported');

  await card.getByText('进入测评', { exact: true }).click();
  await overview.getByText(`北园社区 · ${year}年测评`).waitFor();
});

test('the standard viewer shows the 44/45 note and the item counts', async () => {
  const page = await pageAs(h, ADMIN);
  await openRoute(h, page, 'packages/staff/standard/index');
  await page.getByText('共 12 个二级指标、45 项三级指标').waitFor();
  await page.getByText(/本系统按测评表收录全部45项/).waitFor();
  await page.getByText('权重 3 分 · 3 项三级指标').first().waitFor();
  await screenshot(page, 'assessment-7-standard');
});
