// The staff console in Chromium. At 1440×900: normal-size type (the H5 root font-size no longer grows with the
// window), the navigation column beside the assessment in two columns, leaving with unsaved choices asks first, the
// evaluator's evidence beside the six scores, and the XLSX downloads under its Chinese name. At 375×740: no
// navigation column, the assessment in folded 一级指标 sections, a page a few screens long instead of 12,400 px.
import type { Page } from 'playwright-core';
import { stateItems, zhoushan2017 } from '../../rubric';
import { shanghaiDay } from '../../cloud/contract/rules';
import { ADMIN, callAs, openRoute, screenshot, useHarness } from './harness';

const h = useHarness();

const COMMUNITY = 'dinghai-beiyuan';
const OFFICIAL = 'e2e-official';
const EVALUATOR = 'e2e-evaluator';
const WORKER = 'e2e-worker';

async function pageAt(openid: string, width: number, height: number): Promise<Page> {
  const context = await h.browser.newContext({ viewport: { width, height }, locale: 'zh-CN', acceptDownloads: true });
  await context.addInitScript((id) => window.localStorage.setItem('dev-openid', JSON.stringify({ data: id })), openid);
  return context.newPage();
}

let year = 0;
let projectId = '';

beforeAll(async () => {
  for (const [openid, role, displayName, communityId] of [
    [OFFICIAL, 'official', '张科长', undefined],
    [EVALUATOR, 'evaluator', '李评估', undefined],
    [WORKER, 'worker', '王芳', COMMUNITY],
  ] as const) {
    expect((await callAs(h, ADMIN, 'assignRole', { openid, role, displayName, communityId })).ok).toBe(true);
  }
  // Fifty residents (the minimum sample), 45 aware and 44 satisfied; every judged item but Ⅱ-1.x saved A.
  for (let i = 1; i <= 50; i++) {
    const res = await callAs(h, `resident-${i}`, 'submitResponse', {
      communityId: COMMUNITY,
      answers: { awareness: i <= 45 ? 'aware' : 'unaware', satisfaction: i <= 44 ? 'satisfied' : 'unsure' },
    });
    expect(res.ok).toBe(true);
    year = res.data.round.year;
  }
  const bulk = stateItems(zhoushan2017).filter((i) => !i.source && !i.id.startsWith('II-1.'));
  expect(
    (
      await callAs(h, OFFICIAL, 'saveAssessment', {
        communityId: COMMUNITY,
        year,
        states: Object.fromEntries(bulk.map((i) => [i.id, 'A'])),
      })
    ).ok,
  ).toBe(true);
  // A doorstep project with an activity and a stage moved: the evidence the evaluator reads.
  const published = await callAs(h, WORKER, 'publishProject', {
    communityId: COMMUNITY,
    category: 'elderly_care',
    title: '长者食堂',
    summary: '为高龄老人送餐',
  });
  expect(published.ok).toBe(true);
  projectId = published.data.id;
  const moved = await callAs(h, WORKER, 'updateProject', { projectId, revision: published.data.revision, stage: 'needs_analysis' });
  expect(moved.ok).toBe(true);
  const recorded = await callAs(h, WORKER, 'recordActivity', {
    projectId,
    date: `${year}-05-02`,
    description: '为 25 位老人送午餐',
    servedCount: 25,
  });
  expect(recorded.ok).toBe(true);
}, 120_000);

test('at 1440×900 the assessment sits in the console at normal size, and leaving unsaved work asks first', async () => {
  const page = await pageAt(OFFICIAL, 1440, 900);
  await openRoute(h, page, `packages/staff/assessment/index?communityId=${COMMUNITY}&year=${year}`);
  await page.getByText(`北园社区 · ${year}年测评`).waitFor();
  // The root font-size stops at the 375-px phone's 20 px (it was 40 px here): body text is 14 CSS px, not 28.
  const sizes = await page.evaluate(() => ({
    root: getComputedStyle(document.documentElement).fontSize,
    item: getComputedStyle(document.querySelector('.item-row__text')!).fontSize,
    title: getComputedStyle(document.querySelector('.title')!).fontSize,
  }));
  expect(sizes).toEqual({ root: '20px', item: '13px', title: '20px' });
  // The navigation column and, beside the items, the score and the index of 一级指标.
  await page.locator('#console-nav-overview').waitFor();
  expect(await page.locator('.console__link--active').innerText()).toBe('测评总览');
  expect(await page.locator('.console__link').allInnerTexts()).toEqual([
    '知晓率与满意度',
    '数据看板',
    '测评总览',
    '家门口项目',
    '数据质量',
    '测评标准',
    '工作人员管理',
    '社区名册',
    '我的',
    '返回首页',
  ]);
  await page.locator('#section-index').waitFor();
  const [nav, side, items] = await Promise.all(
    ['.console__nav', '.assessment-layout__side', '.assessment-layout__main'].map((s) => page.locator(s).boundingBox()),
  );
  expect(nav!.x + nav!.width).toBeLessThanOrEqual(side!.x);
  expect(side!.x + side!.width).toBeLessThanOrEqual(items!.x);
  await screenshot(page, 'console-1-assessment-1440');

  // A choice left unsaved: the console's link asks, 继续编辑 stays; after saving it goes without asking.
  await page.locator('[id="item-II-1.1"]').getByText('A', { exact: true }).click();
  await page.locator('.save-bar__unsaved').getByText('有尚未保存的修改', { exact: true }).waitFor();
  await page.locator('#console-nav-overview').click();
  await page.locator('.taro__modal').getByText('有尚未保存的修改').waitFor();
  await page.locator('.taro__modal').getByText('离开本页，这些修改将会丢失。确定离开吗？').waitFor();
  await screenshot(page, 'console-2-unsaved-1440');
  await page.locator('.taro__modal').getByText('继续编辑', { exact: true }).click();
  await page.locator('.taro__modal').waitFor({ state: 'hidden' });
  await page.locator('.save-bar__unsaved').getByText('有尚未保存的修改', { exact: true }).waitFor();
  expect(page.url()).toContain('assessment/index');
  await page.getByText('保存测评', { exact: true }).click();
  await page.getByText('已保存', { exact: true }).waitFor();
  await page
    .locator('[id="item-II-1.1"]')
    .getByText(/^民政部门 张科长 于 /)
    .waitFor();

  await page.locator('#console-nav-overview').click();
  await page.getByText(`${year}年全市社区测评`).waitFor();
  await screenshot(page, 'console-3-overview-1440');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('导出测评表（Excel）', { exact: true }).click()]);
  expect(download.suggestedFilename()).toBe(`${year}年幸福社区测评_${shanghaiDay()}.xlsx`);
  await page.getByText(`已导出 ${year}年幸福社区测评_${shanghaiDay()}.xlsx`, { exact: true }).waitFor();
});

test('at 375×740 the assessment is a phone page: no navigation column, folded sections with subtotals', async () => {
  const page = await pageAt(OFFICIAL, 375, 740);
  await openRoute(h, page, `packages/staff/assessment/index?communityId=${COMMUNITY}&year=${year}`);
  await page.getByText(`北园社区 · ${year}年测评`).waitFor();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
  expect(await page.locator('.console__link').count()).toBe(0);
  expect(await page.locator('.console__nav').isVisible()).toBe(false);
  expect(await page.locator('.item-row').count()).toBe(0);
  await page
    .locator('[id="section-I-4"]')
    .getByText(/^小计 /)
    .waitFor();
  const folded = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(folded).toBeLessThan(3500);
  await screenshot(page, 'console-4-assessment-375');
  await page.locator('[id="section-I-4"]').getByText(/^Ⅰ-4 /).click();
  await page.locator('[id="item-II-10.2"]').waitFor();
  await page.locator('[id="section-I-4"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'console-5-assessment-375-open');
});

test('the evaluator scores in 分 beside the project’s evidence, and the list says which are evaluated', async () => {
  const page = await pageAt(EVALUATOR, 1440, 900);
  await openRoute(h, page, `packages/staff/evaluation/index?communityId=${COMMUNITY}&year=${year}`);
  await page.getByText('已评估 0 / 1 个项目', { exact: true }).waitFor();
  await page.locator(`[id="project-${projectId}"]`).getByText('未评估', { exact: true }).waitFor();
  await page.getByText('评估此项目', { exact: true }).click();
  const evidence = page.locator('#evidence');
  await evidence.getByText('当前阶段：需求分析', { exact: true }).waitFor();
  await evidence.getByText(/社区工作者 王芳：需求调研 → 需求分析$/).waitFor();
  await evidence.getByText('为 25 位老人送午餐', { exact: true }).waitFor();
  await evidence.getByText('志愿者 0 人', { exact: true }).waitFor();
  const typed = { completion: 90, satisfaction: 80, finance: 85, organization: 70, operation: 95, effectiveness: 88 };
  for (const [id, value] of Object.entries(typed)) await page.locator(`[id="aspect-${id}"] input`).fill(String(value));
  // (90 + 80 + 85 + 70 + 95 + 88) / 6 = 508 / 6 = 84.67 分.
  await page.getByText('六项平均 84.67 分（得分率 84.67%）', { exact: true }).waitFor();
  const [left, right] = await Promise.all(
    ['.evaluation-layout__evidence', '.evaluation-layout__scores'].map((s) => page.locator(s).boundingBox()),
  );
  expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);
  await screenshot(page, 'console-6-evaluation-1440');
  await page.getByText('保存评估', { exact: true }).click();
  await page.getByText('已保存', { exact: true }).waitFor();
  await page.getByText('返回项目列表', { exact: true }).click();
  await page.locator(`[id="project-${projectId}"]`).getByText('已评估', { exact: true }).waitFor();
  await screenshot(page, 'console-7-evaluation-list-1440');
});
