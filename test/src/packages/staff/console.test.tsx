// The officials' console: the city's districts in a table that sorts by any column, a row opening the level below
// (district → streets → communities → the community's report), breadcrumbs back up, the year; the charts' 数据表
// giving the figures the server answered, and missed rates marked in words as well as colour.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TGetRollupInput, TGetRollupOutput, TRollupRow } from '../../../../cloud/contract';
import type { TRole } from '../../../../cloud/contract/rules';
import { navigateTo, setRouterParams } from '../../support/taro';
import { whoami } from '../../support/builders';
import { cityProgress, kindProgress, optionCounts, rollupRow, trendYear } from '../../support/console-builders';
import { callsOf, serve } from '../../support/fake-cloud';
import { DASHBOARD_TEXT } from '../../../../src/text/dashboard';
import ConsolePage from '../../../../src/packages/staff/console/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());
// Each test renders every level's table and charts: slow under a loaded machine's jsdom.
jest.setTimeout(30_000);

const YEAR = 2026;
const CITY_ROW = rollupRow({
  level: 'city',
  name: '全市',
  communities: [5, 1],
  responses: 157,
  suppressed: 1,
  awareness: [93, 100],
  satisfaction: [74, 100],
  // 知道 70 + 听说过 23 = 93 of 100; 满意 40 + 比较满意 20 + 基本满意 14 = 74 of 100 (12 + 8 + 6 = 26 not).
  options: optionCounts([70, 23, 7], [40, 20, 14, 12, 8, 6]),
});
// In registry order: 普陀区, 岱山县, 定海区 (so that no sort gives back the order the server answered).
const PUTUO = rollupRow({
  name: '普陀区',
  district: '普陀区',
  communities: [2, 1],
  responses: 50,
  awareness: [45, 50],
  satisfaction: [30, 50],
  // 知道 30 + 听说过 15 = 45 of 50; 满意 12 + 比较满意 10 + 基本满意 8 = 30 of 50 (9 + 6 + 5 = 20 not).
  options: optionCounts([30, 15, 5], [12, 10, 8, 9, 6, 5]),
  meets: [1, 0],
  graded: 2,
  qualified: 1,
  byGrade: [0, 0, 1, 1],
});
const DAISHAN = rollupRow({ name: '岱山县', district: '岱山县', communities: [1, 0], responses: 7, suppressed: 1 });
const DINGHAI = rollupRow({
  name: '定海区',
  district: '定海区',
  communities: [2, 0],
  responses: 100,
  awareness: [48, 50],
  satisfaction: [44, 50],
  // 说不清 chosen by nobody: 30 + 10 + 4 = 44 counted, 3 + 3 + 0 = 6 not.
  options: optionCounts([40, 8, 2], [30, 10, 4, 3, 3, 0]),
  meets: [2, 1],
  graded: 1,
  qualified: 1,
  byGrade: [0, 1, 0, 0],
});
const SHENJIAMEN = rollupRow({
  level: 'street',
  name: '沈家门街道',
  district: '普陀区',
  street: '沈家门街道',
  responses: 50,
  awareness: [45, 50],
  satisfaction: [30, 50],
});
const DONGGANG = rollupRow({ level: 'street', name: '东港街道', district: '普陀区', street: '东港街道', communities: [1, 1] });
const DAPUWAN = rollupRow({
  level: 'community',
  name: '大蒲湾社区',
  district: '普陀区',
  street: '沈家门街道',
  communityId: 'putuo-dapuwan',
  responses: 50,
  awareness: [45, 50],
  satisfaction: [30, 50],
  meets: [1, 0],
  graded: 1,
  qualified: 1,
  community: { kind: 'urban', verdict: 'pass', verdictText: '合格', total: 82.5, locked: false },
});

function rollup(input: TGetRollupInput): TGetRollupOutput {
  const answer = (groups: TRollupRow[], communities: TRollupRow[] = []) => ({
    year: input.year,
    level: input.level,
    scope: { district: null, street: null },
    groups,
    communities,
  });
  if (input.level === 'city') return answer([CITY_ROW]);
  if (input.level === 'district') return answer(input.district === '普陀区' ? [PUTUO] : [PUTUO, DAISHAN, DINGHAI]);
  if (input.street === '沈家门街道') return answer([SHENJIAMEN], [DAPUWAN]);
  return answer([SHENJIAMEN, DONGGANG]);
}

function serveAs(roles: TRole[] = ['resident', 'official'], scope = { district: null as string | null, street: null as string | null }) {
  serve({
    whoami: () => ({ ...whoami(roles), scope: roles.includes('official') ? scope : null }),
    getRollup: rollup,
    getTrend: (input) => ({
      fromYear: input.fromYear,
      toYear: input.toYear,
      level: input.street ? 'street' : input.district ? 'district' : 'city',
      name: input.street ?? input.district ?? '全市',
      communityId: null,
      district: input.district ?? null,
      street: input.street ?? null,
      years: [2022, 2023, 2024, 2025, 2026].map((y) =>
        y < 2025
          ? trendYear(y, null, null, null)
          : y === 2025
            ? trendYear(y, [40, 50], [35, 50], 78.4)
            : trendYear(y, [93, 100], [74, 100], 81.25),
      ),
    }),
    getCityProgress: () =>
      cityProgress(
        [
          { district: '普陀区', urban: kindProgress(1, 2, 0.5, false), rural: kindProgress(0, 1, 0, false) },
          { district: '岱山县', urban: kindProgress(0, 1, 0, false), rural: kindProgress(0, 0, null, null) },
          { district: '定海区', urban: kindProgress(2, 2, 1, true), rural: kindProgress(0, 0, null, null) },
        ],
        { urban: kindProgress(3, 5, 0.6, false), rural: kindProgress(0, 1, 0, false) },
      ),
  });
}

/** The names in the level's table, top to bottom. */
const tableNames = () =>
  Array.from(document.querySelectorAll('#rollup > .data-table__row:not(.data-table__row--head)')).map(
    (row) => row.firstElementChild?.textContent,
  );
/** The cells of one row of a table, by the row's id. */
const cells = (id: string) => Array.from(document.getElementById(id)?.children ?? []).map((c) => c.textContent);
const click = (el: Element | null) => act(() => void fireEvent.click(el as Element));

beforeEach(() => {
  navigateTo.mockClear();
  setRouterParams({ year: String(YEAR) });
});

test('the city’s districts sort by 满意度 (highest first, again lowest first), rows without a rate last', async () => {
  serveAs();
  render(<ConsolePage />);
  await screen.findByText(DASHBOARD_TEXT.levelTable.city);
  expect(callsOf('getRollup')).toEqual(
    expect.arrayContaining([
      { year: YEAR, level: 'district' },
      { year: YEAR, level: 'city' },
    ]),
  );
  expect(tableNames()).toEqual(['普陀区', '岱山县', '定海区']);

  click(document.getElementById('rollup-head-satisfaction'));
  // 定海区 44/50 = 88.0%, 普陀区 30/50 = 60.0%, 岱山县 withheld (7 answers).
  expect(tableNames()).toEqual(['定海区', '普陀区', '岱山县']);
  expect(document.getElementById('rollup-head-satisfaction')?.textContent).toBe(
    `${DASHBOARD_TEXT.col.satisfaction} ▼${DASHBOARD_TEXT.sortedDesc}`,
  );
  click(document.getElementById('rollup-head-satisfaction'));
  expect(tableNames()).toEqual(['普陀区', '定海区', '岱山县']);

  click(document.getElementById('rollup-head-name'));
  expect(tableNames()).toEqual(['岱山县', '定海区', '普陀区']);
  click(document.getElementById('rollup-head-communities'));
  // 3 (2 urban + 1 rural), 2, 1.
  expect(tableNames()).toEqual(['普陀区', '定海区', '岱山县']);
  click(document.getElementById('rollup-head-answers'));
  expect(tableNames()).toEqual(['定海区', '普陀区', '岱山县']);
});

test('a row opens the level below down to a community’s report; the breadcrumbs go back up', async () => {
  serveAs();
  render(<ConsolePage />);
  await screen.findByText(DASHBOARD_TEXT.levelTable.city);
  click(document.getElementById('rollup-普陀区//普陀区'));
  await screen.findByText(DASHBOARD_TEXT.levelTable.district);
  expect(callsOf('getRollup').slice(-2)).toEqual(
    expect.arrayContaining([
      { year: YEAR, level: 'street', district: '普陀区' },
      { year: YEAR, level: 'district', district: '普陀区' },
    ]),
  );
  expect(tableNames()).toEqual(['沈家门街道', '东港街道']);
  expect(within(document.getElementById('crumbs') as HTMLElement).getByText('普陀区').className).toContain('crumbs__here');
  expect(callsOf('getTrend').at(-1)).toEqual({ district: '普陀区', fromYear: 2022, toYear: 2026 });

  click(document.getElementById('rollup-普陀区/沈家门街道/沈家门街道'));
  await screen.findByText(DASHBOARD_TEXT.levelTable.street);
  expect(callsOf('getRollup').at(-1)).toEqual({ year: YEAR, level: 'street', district: '普陀区', street: '沈家门街道' });
  expect(tableNames()).toEqual(['大蒲湾社区']);
  expect(cells('rollup-putuo-dapuwan')).toEqual(['大蒲湾社区', '城市', '50', '90.0% ？', '60.0% ✕', '是', '否', '合格', '82.5', '是']);

  click(document.getElementById('rollup-putuo-dapuwan'));
  expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/staff/report/index?communityId=putuo-dapuwan&year=${YEAR}` });

  click(screen.getByText('普陀区'));
  await screen.findByText(DASHBOARD_TEXT.levelTable.district);
  click(screen.getByText(DASHBOARD_TEXT.city));
  await screen.findByText(DASHBOARD_TEXT.levelTable.city);
  expect(tableNames()).toEqual(['普陀区', '岱山县', '定海区']);
});

test('each question’s options as one stacked bar per row and pooled: counted options in the accent shades, the rest grey', async () => {
  serveAs();
  render(<ConsolePage />);
  await screen.findByText(DASHBOARD_TEXT.levelTable.city);
  const group = (key: string) => document.getElementById(`options-chart-${key}`) as HTMLElement;
  const parts = (key: string) =>
    Array.from(group(key).querySelectorAll('.option-bar__part')).map((p) => [
      (p as HTMLElement).style.width,
      p.className.replace('option-bar__part option-tone--', ''),
    ]);
  // 普陀区: 30, 15, 5 of 50 → 60%, 30%, 10%; 12, 10, 8 | 9, 6, 5 of 50 → 24%, 20%, 16% | 18%, 12%, 10%.
  expect(parts('普陀区//普陀区')).toEqual([
    ['60.00%', 'counted-0'],
    ['30.00%', 'counted-1'],
    ['10.00%', 'other-0'],
    ['24.00%', 'counted-0'],
    ['20.00%', 'counted-1'],
    ['16.00%', 'counted-2'],
    ['18.00%', 'other-0'],
    ['12.00%', 'other-1'],
    ['10.00%', 'other-2'],
  ]);
  const figures = (key: string) => Array.from(group(key).querySelectorAll('.option-bar__figures')).map((f) => f.textContent);
  expect(figures('普陀区//普陀区')).toEqual([
    '知道 30 人（60.0%） · 听说过 15 人（30.0%） · 不知道 5 人（10.0%）',
    '满意 12 人（24.0%） · 比较满意 10 人（20.0%） · 基本满意 8 人（16.0%） · 不太满意 9 人（18.0%） · 不满意 6 人（12.0%） · 说不清 5 人（10.0%）',
  ]);
  // 定海区's 说不清 (0 of 50) draws no segment and is left out of the figures: 30, 10, 4, 3, 3 of 50.
  expect(parts('定海区//定海区').slice(3)).toEqual([
    ['60.00%', 'counted-0'],
    ['20.00%', 'counted-1'],
    ['8.00%', 'counted-2'],
    ['6.00%', 'other-0'],
    ['6.00%', 'other-1'],
  ]);
  expect(figures('定海区//定海区')[1]).toBe(
    '满意 30 人（60.0%） · 比较满意 10 人（20.0%） · 基本满意 4 人（8.0%） · 不太满意 3 人（6.0%） · 不满意 3 人（6.0%）',
  );
  // The pooled bar is the city's row: 70 + 23 + 7 = 100 and 40 + 20 + 14 + 12 + 8 + 6 = 100.
  expect(figures('pooled')[0]).toBe('知道 70 人（70.0%） · 听说过 23 人（23.0%） · 不知道 7 人（7.0%）');
  expect(group('pooled').textContent).toContain('合计（全市）');
  // 岱山县 shows no counts: no bar, the reason in words.
  expect(group('岱山县//岱山县').querySelector('.option-bar')).toBeNull();
  within(group('岱山县//岱山县')).getByText(DASHBOARD_TEXT.noRates);
  // The legend names every option and marks the counted ones.
  const legend = within(document.querySelector('#options .option-legend') as HTMLElement);
  for (const label of [
    '知道（计入）',
    '听说过（计入）',
    '不知道',
    '满意（计入）',
    '比较满意（计入）',
    '基本满意（计入）',
    '不太满意',
    '不满意',
    '说不清',
  ])
    legend.getByText(label);
});

test('each chart’s 数据表 gives the figures the server answered', async () => {
  serveAs();
  render(<ConsolePage />);
  await screen.findByText(DASHBOARD_TEXT.levelTable.city);

  click(document.getElementById('rates-toggle'));
  // 普陀区 知晓率 45/50 = 90.0%; Wilson at z = 1.959964: z²/n = 0.076829, centre (0.9 + 0.038415) / 1.076829 = 0.871461,
  // half 1.959964 × √(0.9 × 0.1 / 50 + 3.841459 / 10000) / 1.076829 = 0.085063 → 78.6%–95.7%; it spans 85%: unsettled.
  // 满意度 30/50 = 60.0%; centre (0.6 + 0.038415) / 1.076829 = 0.592867, half 1.959964 × √(0.0048 + 0.000384) / 1.076829
  // = 0.131051 → 46.2%–72.4%; the upper bound is below 85%: missed.
  expect(cells('rates-table-普陀区//普陀区')).toEqual([
    '普陀区',
    '90.0%',
    '78.6%–95.7%',
    '45',
    '50',
    '？ 样本不足以确认',
    '60.0%',
    '46.2%–72.4%',
    '30',
    '50',
    '✕ 未达标',
  ]);
  expect(cells('rates-table-岱山县//岱山县')).toEqual(['岱山县', '—', '—', '—', '—', '· 暂无数据', '—', '—', '—', '—', '· 暂无数据']);

  click(document.getElementById('options-toggle'));
  // Every option of each question, its count and its share of the question's answers: 普陀区 30/50 = 60.0%,
  // 15/50 = 30.0%, 5/50 = 10.0%; 满意度 12/50 = 24.0%, 10/50 = 20.0%, 8/50 = 16.0%, 9/50 = 18.0%, 6/50 = 12.0%, 5/50 = 10.0%.
  const putuo = (question: string, option: string) => cells(`options-table-普陀区//普陀区-${question}-${option}`);
  expect(putuo('awareness', 'aware')).toEqual(['普陀区', '群众知晓率', '知道', '是', '30', '60.0%']);
  expect(putuo('awareness', 'heard')).toEqual(['普陀区', '群众知晓率', '听说过', '是', '15', '30.0%']);
  expect(putuo('awareness', 'unaware')).toEqual(['普陀区', '群众知晓率', '不知道', '否', '5', '10.0%']);
  expect(
    ['satisfied', 'fairly_satisfied', 'basically_satisfied', 'fairly_dissatisfied', 'dissatisfied', 'unsure'].map((o) =>
      putuo('satisfaction', o).slice(2),
    ),
  ).toEqual([
    ['满意', '是', '12', '24.0%'],
    ['比较满意', '是', '10', '20.0%'],
    ['基本满意', '是', '8', '16.0%'],
    ['不太满意', '否', '9', '18.0%'],
    ['不满意', '否', '6', '12.0%'],
    ['说不清', '否', '5', '10.0%'],
  ]);
  // The 数据表 lists an option nobody chose with 0.
  expect(cells('options-table-定海区//定海区-satisfaction-unsure')).toEqual(['定海区', '群众满意度', '说不清', '否', '0', '0.0%']);
  // 岱山县 shows nothing (fewer than 10 answers): one line of dashes per question.
  expect(cells('options-table-岱山县//岱山县-awareness')).toEqual(['岱山县', '群众知晓率', '—', '—', '—', '—']);
  // The pooled row is the city's own row: 知道 70/100 = 70.0%, 不满意 8/100 = 8.0%.
  expect(cells('options-table-pooled-awareness-aware')).toEqual(['合计（全市）', '群众知晓率', '知道', '是', '70', '70.0%']);
  expect(cells('options-table-pooled-satisfaction-dissatisfied')).toEqual(['合计（全市）', '群众满意度', '不满意', '否', '8', '8.0%']);

  click(await screen.findByText(DASHBOARD_TEXT.showTable, { selector: '#goal-toggle *' }));
  // 普陀区: 1 of 2 urban communities 达标 = 50.0% < 80%; 0 of its 1 rural one. 定海区 has no rural community.
  expect(cells('goal-table-普陀区')).toEqual(['普陀区', '1 / 2', '50.0%', '✕ 未达目标', '0 / 1', '0.0%', '✕ 未达目标']);
  expect(cells('goal-table-定海区')).toEqual(['定海区', '2 / 2', '100.0%', '✓ 已达目标', '0 / 0', '—', '无此类社区']);
  expect(cells('goal-table-')).toEqual(['全市', '3 / 5', '60.0%', '✕ 未达目标', '0 / 1', '0.0%', '✕ 未达目标']);

  click(document.getElementById('trend-toggle'));
  expect(cells('trend-table-2024')).toEqual(['2024', '无', '无', '无']);
  // 2025: 40/50 = 80.0% (Wilson 67.0%–88.8%: unsettled), 35/50 = 70.0% (centre (0.7 + 0.038415) / 1.076829 = 0.685735,
  // half 1.959964 × √(0.0042 + 0.000384) / 1.076829 = 0.123226, top 80.9% < 85%: missed, so ✕), mean total 78.4;
  // 2026: 93/100 (met), 74/100 (centre (0.74 + 0.019207) / 1.038415 = 0.731125, half 1.959964 × √(0.001924 +
  // 0.000096) / 1.038415 = 0.084828, top 81.6%: missed), mean total 81.25.
  expect(cells('trend-table-2025')).toEqual(['2025', '80.0%', '70.0% ✕', '78.4']);
  expect(cells('trend-table-2026')).toEqual(['2026', '93.0%', '74.0% ✕', '81.25']);
});

test('a rate the server judged missed stands out in words as well as colour, in the chart and in the table', async () => {
  serveAs();
  render(<ConsolePage />);
  await screen.findByText(DASHBOARD_TEXT.levelTable.city);
  const putuo = document.getElementById('rates-chart-普陀区//普陀区') as HTMLElement;
  const bars = putuo.querySelectorAll('.rate-bar');
  expect(bars[0].className).toContain('rate-bar--unsure');
  expect(within(bars[0] as HTMLElement).getByText('？ 样本不足以确认'));
  expect(bars[1].className).toContain('rate-bar--fails');
  within(bars[1] as HTMLElement).getByText('✕ 未达标');
  within(bars[1] as HTMLElement).getByText('60.0%');
  // The bar is as long as the rate and its whisker spans the interval.
  expect((bars[1].querySelector('.rate-bar__fill') as HTMLElement).style.width).toBe('60.00%');
  const whisker = bars[1].querySelector('.rate-bar__whisker') as HTMLElement;
  expect([whisker.style.left, whisker.style.width]).toEqual(['46.18%', '26.21%']);
  // 定海区's 满意度 44/50 = 88.0% is not missed: no ✕ on its row.
  expect(within(document.getElementById('rates-chart-定海区//定海区') as HTMLElement).queryByText(/✕/)).toBeNull();
  // A district showing no rates says so in one line instead of drawing empty bars.
  within(document.getElementById('rates-chart-岱山县//岱山县') as HTMLElement).getByText(DASHBOARD_TEXT.noRates);
  // The goal draws only the kinds a district has: 定海区 has no rural community.
  const dinghaiGoal = document.getElementById('goal-chart-定海区') as HTMLElement;
  expect(Array.from(dinghaiGoal.querySelectorAll('.goal-bar__label')).map((l) => l.textContent)).toEqual(['城市']);
  expect(dinghaiGoal.querySelector('.goal-bar--meets')).not.toBeNull();
  const putuoGoal = document.getElementById('goal-chart-普陀区') as HTMLElement;
  expect(Array.from(putuoGoal.querySelectorAll('.goal-bar--fails .goal-bar__mark')).map((l) => l.textContent)).toEqual([
    '✕ 未达目标',
    '✕ 未达目标',
  ]);
  const cell = within(document.getElementById('rollup-普陀区//普陀区') as HTMLElement).getByText('60.0% ✕');
  expect(cell.className).toContain('mark-text--fails');
});

test('a district official starts at the district, without the city above it', async () => {
  serveAs(['resident', 'official'], { district: '普陀区', street: null });
  render(<ConsolePage />);
  await screen.findByText(DASHBOARD_TEXT.levelTable.district);
  expect(callsOf('getRollup').some((i) => i.level === 'city' || i.district === undefined)).toBe(false);
  expect(screen.queryByText(DASHBOARD_TEXT.city)).toBeNull();
  expect(tableNames()).toEqual(['沈家门街道', '东港街道']);
});

test('a worker is told the console is for officials, and asks nothing', async () => {
  serve({ whoami: () => whoami(['resident', 'worker'], 'dinghai-beiyuan') });
  render(<ConsolePage />);
  await screen.findByText(DASHBOARD_TEXT.forbidden);
  expect(callsOf('getRollup')).toEqual([]);
});

test('the year picker asks for the year before', async () => {
  serveAs();
  render(<ConsolePage />);
  await screen.findByText(DASHBOARD_TEXT.title(YEAR));
  click(screen.getByText('上一年'));
  await screen.findByText(DASHBOARD_TEXT.title(YEAR - 1));
  await screen.findByText(DASHBOARD_TEXT.levelTable.city);
  expect(callsOf('getRollup').slice(-2)).toEqual(
    expect.arrayContaining([
      { year: YEAR - 1, level: 'district' },
      { year: YEAR - 1, level: 'city' },
    ]),
  );
});
