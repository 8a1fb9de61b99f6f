// The indicators page: each rate with n, interval and its 达标 / 未达标 / 样本不足以确认 / 暂无数据 mark.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TGetIndicatorsOutput } from '../../../cloud/contract';
import { rateFixture } from '../support/builders';
import { OFFICIAL_TEXT } from '../../../src/text/official';
import { ApiCallError, callCloud } from '../../../src/api/cloud';
import IndicatorsPage from '../../../src/packages/official/indicators/index';

jest.mock('../../../src/api/cloud', () => ({
  ...jest.requireActual('../../../src/api/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

const DATA: TGetIndicatorsOutput = {
  year: 2025,
  communities: [
    {
      communityId: 'dinghai-beiyuan',
      name: '北园社区',
      awareness: rateFixture({ count: 190, n: 200, ci95: [0.9102, 0.9717] }),
      satisfaction: rateFixture({ count: 120, n: 200, ci95: [0.5309, 0.6653] }),
    },
    {
      communityId: 'putuo-lianan',
      name: '莲安社区',
      awareness: rateFixture({ count: 9, n: 10, ci95: [0.5958, 0.9821], moreNeeded: 130 }),
      satisfaction: rateFixture({ count: 17, n: 20, ci95: [0.6396, 0.9476], moreNeeded: null }),
    },
    { communityId: 'daishan-jiahe', name: '嘉和社区', awareness: null, satisfaction: null },
  ],
};

/** The card of one community, found by its name. */
const card = (name: string) => within(screen.getByText(name).parentElement as HTMLElement);
/** The row of one rate inside a card, found by its label. */
const row = (name: string, label: string) =>
  within(card(name).getByText(label).parentElement?.parentElement as HTMLElement);

beforeEach(() => {
  call.mockReset();
});

/** Answers getIndicators with `data`; whoami with a worker's roles (no way to the assessment pages). */
const serve = (data: TGetIndicatorsOutput) =>
  call.mockImplementation(async (name) => (name === 'whoami' ? { openid: 'worker-1', roles: ['worker'] } : data) as never);

test('marks each rate against 85% and shows n and the 95% interval', async () => {
  serve(DATA);
  render(<IndicatorsPage />);
  await screen.findByText('北园社区');
  expect(call).toHaveBeenCalledWith('getIndicators', {});

  const beiyuanAware = row('北园社区', OFFICIAL_TEXT.awareness);
  expect(beiyuanAware.getByText(OFFICIAL_TEXT.marks.meets)).toBeTruthy();
  expect(beiyuanAware.getByText('95.0%')).toBeTruthy();
  expect(beiyuanAware.getByText(/200 份问卷 · 95% 区间 91\.0%–97\.2%/)).toBeTruthy();
  expect(row('北园社区', OFFICIAL_TEXT.satisfaction).getByText(OFFICIAL_TEXT.marks.fails)).toBeTruthy();

  const lianan = row('莲安社区', OFFICIAL_TEXT.awareness);
  expect(lianan.getByText(OFFICIAL_TEXT.marks.unsure)).toBeTruthy();
  expect(lianan.getByText('还需约 130 份问卷才能确认')).toBeTruthy();
  const exact = row('莲安社区', OFFICIAL_TEXT.satisfaction);
  expect(exact.getByText(OFFICIAL_TEXT.marks.unsure)).toBeTruthy();
  expect(exact.getByText('85.0%')).toBeTruthy();
  expect(exact.getByText(OFFICIAL_TEXT.exactlyTarget)).toBeTruthy();

  expect(card('嘉和社区').getAllByText(OFFICIAL_TEXT.marks.none)).toHaveLength(2);
});

test('the year picker asks for the previous year', async () => {
  serve(DATA);
  render(<IndicatorsPage />);
  await screen.findByText(OFFICIAL_TEXT.year(2025));
  serve({ year: 2024, communities: [] });
  act(() => void fireEvent.click(screen.getByText(OFFICIAL_TEXT.prevYear)));
  await screen.findByText(OFFICIAL_TEXT.noCommunities);
  expect(call).toHaveBeenLastCalledWith('getIndicators', { year: 2024 });
  expect(screen.getByText(OFFICIAL_TEXT.year(2024))).toBeTruthy();
});

test('a resident (403) is told the page is for staff', async () => {
  call.mockRejectedValue(new ApiCallError('FORBIDDEN', 'forbidden'));
  render(<IndicatorsPage />);
  await screen.findByText(OFFICIAL_TEXT.forbidden);
});
