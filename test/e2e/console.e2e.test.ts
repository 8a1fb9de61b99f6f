// An official reads the city in the browser, at a desk (1440×900) and on a phone (375×740): opens the console, drills
// into 普陀区 and 沈家门街道, sorts the communities by 满意度, opens 大蒲湾社区's one-page report and prints it to a PDF
// of one A4 page. Answers are seeded through the HTTP face, so the rates shown are the server's own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { stateItems, zhoushan2017 } from '../../rubric';
import { ADMIN, ARTIFACTS, callAs, openRoute, screenshot, useHarness, type Harness } from './harness';

const h = useHarness();

const OFFICIAL = 'official-city';
const HAIGANG = 'putuo-haigang';

type Answer = { awareness: string; satisfaction: string };
/** `k` answers of one kind. */
const times = (k: number, awareness: string, satisfaction: string): Answer[] =>
  Array.from({ length: k }, () => ({ awareness, satisfaction }));

let year = 0;
let resident = 0;
async function answer(communityId: string, answers: Answer[]) {
  for (let i = 0; i < answers.length; i += 10) {
    const results = await Promise.all(
      answers.slice(i, i + 10).map((a) => callAs(h, `resident-${++resident}`, 'submitResponse', { communityId, answers: a })),
    );
    for (const r of results) {
      expect(r.ok).toBe(true);
      year = r.data.round.year;
    }
  }
}

async function pageAt(harness: Harness, width: number, height: number): Promise<Page> {
  const context = await harness.browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  await context.addInitScript((id) => window.localStorage.setItem('dev-openid', JSON.stringify({ data: id })), OFFICIAL);
  return context.newPage();
}

/** Scrolls a part of the page into view (Taro's H5 page scrolls inside itself) and takes the screen. */
async function shoot(page: Page, selector: string, name: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await screenshot(page, name);
}

/** The names in the level's table, top to bottom (the one visible console page). */
const tableNames = (page: Page) =>
  page.locator('#rollup > .data-table__row:not(.data-table__row--head) > .data-table__cell:first-child').allInnerTexts();

beforeAll(async () => {
  expect((await callAs(h, ADMIN, 'assignRole', { openid: OFFICIAL, role: 'official', displayName: '张敏' })).ok).toBe(true);
  const saved = await callAs(h, ADMIN, 'saveCommunity', {
    id: HAIGANG,
    name: '海港社区',
    district: '普陀区',
    street: '沈家门街道',
    kind: 'rural',
    households: 800,
    pilot: false,
  });
  expect(saved.ok).toBe(true);
  // 大蒲湾: 45 of 50 know (90.0%), 30 of 50 satisfied (60.0%: missed, its interval's top is 72.4%).
  await answer('putuo-dapuwan', [
    ...times(45, 'aware', 'satisfied').slice(0, 30),
    ...times(15, 'heard', 'dissatisfied'),
    ...times(5, 'unaware', 'unsure'),
  ]);
  // 海港: 19 of 20 know, 18 of 20 satisfied. 莲安: 50 of 50 know, 48 satisfied. 北园 12 (shows 10), 桔南 5 (withheld).
  await answer(HAIGANG, [
    ...times(18, 'aware', 'fairly_satisfied'),
    ...times(1, 'aware', 'dissatisfied'),
    ...times(1, 'unaware', 'unsure'),
  ]);
  await answer('putuo-lianan', [...times(48, 'aware', 'satisfied'), ...times(2, 'heard', 'fairly_dissatisfied')]);
  await answer('dinghai-beiyuan', times(12, 'aware', 'basically_satisfied'));
  await answer('dinghai-junan', times(5, 'unaware', 'dissatisfied'));

  // 大蒲湾 assessed: every judged item A but Ⅱ-1.1 (B) and Ⅱ-2.1 (C); Ⅱ-10.2/10.3 follow the rates (A and C);
  // one project evaluated at 90 on all six aspects (二类 36).
  const states = Object.fromEntries(
    stateItems(zhoushan2017)
      .filter((i) => !i.source)
      .map((i) => [i.id, i.id === 'II-1.1' ? 'B' : i.id === 'II-2.1' ? 'C' : 'A']),
  );
  expect((await callAs(h, ADMIN, 'saveAssessment', { communityId: 'putuo-dapuwan', year, states })).ok).toBe(true);
  const project = await callAs(h, ADMIN, 'publishProject', {
    communityId: 'putuo-dapuwan',
    category: 'elderly_care',
    title: '渔嫂助老餐桌',
    summary: '为高龄渔民送餐',
  });
  expect(project.ok).toBe(true);
  const aspects = Object.fromEntries(zhoushan2017.aspects.map((a) => [a.id, 90]));
  expect((await callAs(h, ADMIN, 'saveProjectEvaluation', { projectId: project.data.id, aspects })).ok).toBe(true);
}, 180_000);

const WIDTHS = [
  { name: 'desk', width: 1440, height: 900 },
  { name: 'phone', width: 375, height: 740 },
];

test.each(WIDTHS)('an official drills from the city to a community’s report and prints it ($width px)', async ({ name, width, height }) => {
  const page = await pageAt(h, width, height);
  await openRoute(h, page, `packages/staff/console/index?year=${year}`);
  await page.getByText('各县（区）/功能区', { exact: true }).waitFor();
  await page.locator('#summary').getByText('全市').first().waitFor();
  expect(await tableNames(page)).toEqual(expect.arrayContaining(['定海区', '普陀区']));
  await page.locator('#goal').waitFor();
  await page.locator('#trend').waitFor();
  await screenshot(page, `console-${name}-1-city`);
  await shoot(page, '#rates', `console-${name}-1b-city-rates`);
  await shoot(page, '#goal', `console-${name}-1c-city-goal`);
  await page.locator('#goal-toggle').click();
  await page.locator('#goal-table').waitFor();
  await shoot(page, '#goal', `console-${name}-1d-city-goal-table`);

  await page.locator('[id="rollup-普陀区//普陀区"]').click();
  await page.getByText('各乡镇（街道）', { exact: true }).waitFor();
  expect(await tableNames(page)).toEqual(['沈家门街道', '东港街道']);
  await screenshot(page, `console-${name}-2-putuo`);

  await page.locator('[id="rollup-普陀区/沈家门街道/沈家门街道"]').click();
  await page.getByText('各社区', { exact: true }).waitFor();
  expect(await tableNames(page)).toEqual(['大蒲湾社区', '海港社区']);
  // The row shows what getRollup answers for it.
  const rollup = await callAs(h, OFFICIAL, 'getRollup', { year, level: 'street', district: '普陀区', street: '沈家门街道' });
  const dapuwan = rollup.data.communities.find((c: { communityId: string }) => c.communityId === 'putuo-dapuwan');
  expect([dapuwan.responses, dapuwan.awareness.rate, dapuwan.satisfaction.rate, dapuwan.satisfaction.verdict]).toEqual([
    50,
    0.9,
    0.6,
    'missed',
  ]);
  const row = page.locator('[id="rollup-putuo-dapuwan"] > .data-table__cell');
  expect((await row.allInnerTexts()).slice(0, 5)).toEqual(['大蒲湾社区', '城市', '50', '90.0% ？', '60.0% ✕']);

  await page.locator('[id="rollup-head-satisfaction"]').click();
  // 海港 18/20 = 90.0% before 大蒲湾 30/50 = 60.0%.
  expect(await tableNames(page)).toEqual(['海港社区', '大蒲湾社区']);
  await page.locator('[id="rates-chart-putuo-dapuwan"] .rate-bar--fails').getByText('✕ 未达标').waitFor();
  await screenshot(page, `console-${name}-3-shenjiamen-by-satisfaction`);
  await shoot(page, '#options', `console-${name}-3b-shenjiamen-options`);
  await shoot(page, '#trend', `console-${name}-3c-shenjiamen-trend`);

  await page.locator('[id="rollup-putuo-dapuwan"]').click();
  await page.getByText(`大蒲湾社区 · ${year}年幸福社区一页报告`).waitFor();
  const assessment = await callAs(h, OFFICIAL, 'getAssessment', { communityId: 'putuo-dapuwan', year });
  await page.locator('#verdict').getByText(assessment.data.score.verdictText, { exact: true }).waitFor();
  await page.locator('#rate-satisfaction').getByText('60.0%', { exact: true }).waitFor();
  await page.locator('#rate-satisfaction').getByText('✕ 未达标', { exact: true }).waitFor();
  // The report's options chart draws the counts getIndicators shows for the community.
  const indicators = await callAs(h, OFFICIAL, 'getIndicators', { communityId: 'putuo-dapuwan', year });
  const { aware, heard } = indicators.data.communities[0].options.awareness;
  await page.locator('#report-options').getByText(`知道 ${aware} 人`).first().waitFor();
  await page.locator('#report-options').getByText(`听说过 ${heard} 人`).first().waitFor();
  await page.locator('#outlook-bars').waitFor();
  await page.locator('#items-not-a').getByText('Ⅱ-2.1', { exact: true }).waitFor();
  await screenshot(page, `console-${name}-4-report`);
  await shoot(page, '#items-not-a', `console-${name}-4b-report-items`);

  // 打印 calls the browser's print; the PDF Chromium prints is one A4 page.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.locator('.report__print').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(join(ARTIFACTS, `console-${name}-report.pdf`), pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
  expect(pages).toHaveLength(1);
  // What the A4 page holds: its printable area (210 × 297 mm less 10 mm margins) at 96 px an inch.
  await page.setViewportSize({ width: 718, height: 1047 });
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, `console-${name}-5-report-print`);
  await page.context().close();
});
