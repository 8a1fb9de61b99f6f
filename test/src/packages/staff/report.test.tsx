// A community's one-page report: its verdict and score, both rates with their intervals and marks, how sure the grade
// is (getGradeOutlook's probabilities and the answers that would settle it), the items not at A, and 打印.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { stateItems, zhoushan2017 } from '../../../../rubric';
import { setRouterParams } from '../../support/taro';
import { assessmentOf } from '../../support/builders';
import { optionCounts, outlookOf, trendYear } from '../../support/console-builders';
import { rateFixture } from '../../support/builders';
import { callsOf, serve } from '../../support/fake-cloud';
import { DASHBOARD_TEXT } from '../../../../src/text/dashboard';
import ReportPage from '../../../../src/packages/staff/report/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());
jest.setTimeout(30_000);

// Every judged item A but Ⅱ-1.1 (B) and Ⅱ-2.1 (C); Ⅱ-10.2 and Ⅱ-10.3 follow the rates: 45/50 = 90% ≥ 85% → A,
// 30/50 = 60% < 75% → C. So three items are not at A: Ⅱ-1.1, Ⅱ-2.1, Ⅱ-10.3.
const states = Object.fromEntries(
  stateItems(zhoushan2017)
    .filter((i) => !i.source)
    .map((i) => [i.id, i.id === 'II-1.1' ? 'B' : i.id === 'II-2.1' ? 'C' : 'A'] as const),
);
const ASSESSMENT = assessmentOf({ states, rates: { awareness: [45, 50], satisfaction: [30, 50] } });

function serveReport(outlook = outlookOf()) {
  serve({
    getAssessment: () => ASSESSMENT,
    getGradeOutlook: () => outlook,
    // The counts its rates are read from: 知道 40 + 听说过 5 = 45 of 50; 满意 20 + 比较满意 6 + 基本满意 4 = 30 of 50.
    getIndicators: () => ({
      year: 2025,
      communities: [
        {
          communityId: 'dinghai-beiyuan',
          name: '北园社区',
          responses: 50,
          suppressed: false,
          awareness: rateFixture(45, 50),
          satisfaction: rateFixture(30, 50),
          channels: { self: 50, assisted: 0, paper: 0 },
          options: optionCounts([40, 5, 5], [20, 6, 4, 8, 7, 5]),
        },
      ],
    }),
    getTrend: (input) => ({
      fromYear: input.fromYear,
      toYear: input.toYear,
      level: 'community',
      name: '北园社区',
      communityId: 'dinghai-beiyuan',
      district: null,
      street: null,
      years: [2021, 2022, 2023, 2024, 2025].map((y) =>
        y === 2025 ? trendYear(y, [45, 50], [30, 50], 56.2) : trendYear(y, null, null, null),
      ),
    }),
  });
}

beforeEach(() => setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' }));

test('shows the verdict, both rates with their intervals and marks, and asks for this community and year', async () => {
  serveReport();
  render(<ReportPage />);
  await screen.findByText(DASHBOARD_TEXT.reportTitle('北园社区', 2025));
  expect(callsOf('getAssessment')).toEqual([{ communityId: 'dinghai-beiyuan', year: 2025 }]);
  expect(callsOf('getGradeOutlook')).toEqual([{ communityId: 'dinghai-beiyuan', year: 2025 }]);
  expect(callsOf('getTrend')).toEqual([{ communityId: 'dinghai-beiyuan', fromYear: 2021, toYear: 2025 }]);

  const verdict = within(document.getElementById('verdict') as HTMLElement);
  verdict.getByText(ASSESSMENT.score.verdictText);
  // 45/50: 90.0%, Wilson 78.6%–95.7% (worked in console.test.tsx), unsettled; 30/50: 60.0%, 46.2%–72.4%, missed.
  const aware = within(document.getElementById('rate-awareness') as HTMLElement);
  aware.getByText('90.0%');
  aware.getByText('？ 样本不足以确认');
  aware.getByText('50 份问卷 · 95% 区间 78.6%–95.7%');
  const satisfied = within(document.getElementById('rate-satisfaction') as HTMLElement);
  satisfied.getByText('60.0%');
  expect(satisfied.getByText('✕ 未达标').className).toContain('mark-text--fails');
  satisfied.getByText('50 份问卷 · 95% 区间 46.2%–72.4%');
});

test('each question’s options as a stacked bar with every option’s count and share, and in the 数据表', async () => {
  serveReport();
  render(<ReportPage />);
  await screen.findByText(DASHBOARD_TEXT.optionsTitle);
  expect(callsOf('getIndicators')).toEqual([{ communityId: 'dinghai-beiyuan', year: 2025 }]);
  const chart = document.getElementById('report-options-chart-dinghai-beiyuan') as HTMLElement;
  // 40/50 = 80%, 5/50 = 10%, 5/50 = 10%; 20/50 = 40%, 6/50 = 12%, 4/50 = 8%, 8/50 = 16%, 7/50 = 14%, 5/50 = 10%.
  expect(Array.from(chart.querySelectorAll('.option-bar__part')).map((p) => (p as HTMLElement).style.width)).toEqual([
    '80.00%',
    '10.00%',
    '10.00%',
    '40.00%',
    '12.00%',
    '8.00%',
    '16.00%',
    '14.00%',
    '10.00%',
  ]);
  expect(Array.from(chart.querySelectorAll('.option-bar__figures')).map((f) => f.textContent)).toEqual([
    '知道 40 人（80.0%） · 听说过 5 人（10.0%） · 不知道 5 人（10.0%）',
    '满意 20 人（40.0%） · 比较满意 6 人（12.0%） · 基本满意 4 人（8.0%） · 不太满意 8 人（16.0%） · 不满意 7 人（14.0%） · 说不清 5 人（10.0%）',
  ]);
  act(() => void fireEvent.click(document.getElementById('report-options-toggle') as HTMLElement));
  const row = (id: string) =>
    Array.from(document.getElementById(`report-options-table-dinghai-beiyuan-${id}`)?.children ?? []).map((c) => c.textContent);
  expect(row('awareness-aware')).toEqual(['北园社区', '群众知晓率', '知道', '是', '40', '80.0%']);
  expect(row('satisfaction-fairly_dissatisfied')).toEqual(['北园社区', '群众满意度', '不太满意', '否', '8', '16.0%']);
});

test('the outlook gives each outcome’s probability and the answers that would settle the verdict', async () => {
  serveReport();
  render(<ReportPage />);
  await screen.findByText(DASHBOARD_TEXT.outlookTitle);
  const outlook = within(document.getElementById('outlook') as HTMLElement);
  // outcomes 0, 0.125, 0.75, 0.125, 0 and 达标 0.875 (= 0.75 + 0.125: 合格 or 良好), as the fake answered them.
  within(document.getElementById('outlook-bars') as HTMLElement).getByText('87.5%');
  act(() => void fireEvent.click(document.getElementById('outlook-toggle') as HTMLElement));
  const rows = Array.from(document.querySelectorAll('#outlook-table > .data-table__row:not(.data-table__row--head)')).map((r) =>
    Array.from(r.children).map((c) => c.textContent),
  );
  expect(rows).toEqual([
    ['优秀', '0.0%'],
    ['良好', '12.5%'],
    ['合格', '75.0%'],
    ['不合格', '12.5%'],
    ['不具备评定资格', '0.0%'],
    ['达标（合格及以上）', '87.5%'],
  ]);
  outlook.getByText('评定等级：再收约 340 份问卷可确定');
  outlook.getByText('是否达标：再收约 120 份问卷可确定');
});

test('an outlook with nothing to work out says why', async () => {
  serveReport(outlookOf({ status: 'incomplete', missing: 4, outcomes: null, qualified: null, settled: null, moreAnswers: null }));
  render(<ReportPage />);
  await screen.findByText(DASHBOARD_TEXT.outlookStatus.incomplete(4));
  expect(document.getElementById('outlook-table')).toBeNull();
});

test('lists the items not at A with their text, state and points', async () => {
  serveReport();
  render(<ReportPage />);
  const items = within(await screen.findByText(`${DASHBOARD_TEXT.notAtA}（3）`).then((t) => t.parentElement as HTMLElement));
  const ids = Array.from(document.querySelectorAll('#items-table > .data-table__row:not(.data-table__row--head)')).map(
    (r) => r.firstElementChild?.textContent,
  );
  expect(ids).toEqual(['Ⅱ-1.1', 'Ⅱ-2.1', 'Ⅱ-10.3']);
  const row = (id: string) => Array.from(document.getElementById(`items-table-${id}`)?.children ?? []).map((c) => c.textContent);
  const item = zhoushan2017.indicators.flatMap((i) => i.items).find((i) => i.id === 'II-1.1');
  const scored = ASSESSMENT.score.items.find((i) => i.id === 'II-1.1');
  expect(row('II-1.1')).toEqual(['Ⅱ-1.1', item?.text, 'B', `${scored?.points} / ${scored?.max}`]);
  // Ⅱ-1 weighs 3 points over its 3 items: 1 each; B earns 66% of it: 0.66.
  expect(row('II-1.1')[3]).toBe('0.66 / 1');
  expect(row('II-10.3')[2]).toBe('C');
  expect(items.queryByText('Ⅱ-1.2')).toBeNull();
});

test('打印 prints the page in H5', async () => {
  const env = process.env.TARO_ENV;
  process.env.TARO_ENV = 'h5';
  const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
  try {
    serveReport();
    render(<ReportPage />);
    const button = await screen.findByText(DASHBOARD_TEXT.print);
    act(() => void fireEvent.click(button));
    expect(print).toHaveBeenCalledTimes(1);
  } finally {
    process.env.TARO_ENV = env;
    print.mockRestore();
  }
});
