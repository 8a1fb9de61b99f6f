// The indicators page: each rate with n, its interval and the verdict the server judged (达标 / 未达标 /
// 样本不足以确认 / 暂无数据), and the links each role opens.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TGetIndicatorsOutput } from '../../../../cloud/contract';
import type { TRole } from '../../../../cloud/contract/rules';
import { navigateTo } from '../../support/taro';
import { rateFixture, whoami } from '../../support/builders';
import { callsOf, serve } from '../../support/fake-cloud';
import { formatInterval } from '../../../../src/common/format';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { ASSESSMENT_TEXT } from '../../../../src/text/assessment';
import { EVALUATION_TEXT } from '../../../../src/text/evaluation';
import { OFFICIAL_TEXT } from '../../../../src/text/official';
import { WORKER_TEXT } from '../../../../src/text/worker';
import IndicatorsPage from '../../../../src/packages/staff/indicators/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const DATA: TGetIndicatorsOutput = {
  year: 2025,
  communities: [
    {
      communityId: 'dinghai-beiyuan',
      name: '北园社区',
      responses: 200,
      suppressed: false,
      awareness: rateFixture(190, 200),
      satisfaction: rateFixture(120, 200),
      channels: { self: 10, assisted: 0, paper: 0 },
      options: null,
    },
    {
      communityId: 'putuo-lianan',
      name: '莲安社区',
      responses: 20,
      suppressed: false,
      awareness: rateFixture(9, 10),
      satisfaction: rateFixture(17, 20),
      channels: { self: 10, assisted: 0, paper: 0 },
      options: null,
    },
    {
      communityId: 'daishan-jiahe',
      name: '嘉和社区',
      responses: 0,
      suppressed: true,
      awareness: null,
      satisfaction: null,
      channels: null,
      options: null,
    },
  ],
};

/** The card of one community, found by its name. */
const card = (name: string) => within(screen.getByText(name).parentElement as HTMLElement);
/** The row of one rate inside a card, found by its label. */
const row = (name: string, label: string) => within(card(name).getByText(label).parentElement?.parentElement as HTMLElement);

function serveAs(roles: TRole[], data: TGetIndicatorsOutput = DATA, communityId: string | null = null) {
  serve({ whoami: () => whoami(roles, communityId), getIndicators: () => data });
}

beforeEach(() => navigateTo.mockClear());

test('marks each rate by its verdict and shows n and the 95% interval', async () => {
  serveAs(['resident', 'worker'], DATA, 'dinghai-beiyuan');
  render(<IndicatorsPage />);
  await screen.findByText('北园社区');
  expect(callsOf('getIndicators')).toEqual([{}]);

  const beiyuanAware = row('北园社区', '群众知晓率');
  beiyuanAware.getByText(OFFICIAL_TEXT.marks.meets);
  beiyuanAware.getByText('95.0%');
  beiyuanAware.getByText(`200 份问卷 · 95% 区间 ${formatInterval(rateFixture(190, 200).ci95)}`);
  row('北园社区', '群众满意度').getByText(OFFICIAL_TEXT.marks.fails);

  const lianan = row('莲安社区', '群众知晓率');
  lianan.getByText(OFFICIAL_TEXT.marks.unsure);
  lianan.getByText(OFFICIAL_TEXT.moreNeeded(rateFixture(9, 10).moreNeeded ?? -1));
  const exact = row('莲安社区', '群众满意度');
  exact.getByText(OFFICIAL_TEXT.marks.unsure);
  exact.getByText('85.0%');
  exact.getByText(OFFICIAL_TEXT.exactlyTarget);

  expect(card('嘉和社区').getAllByText(OFFICIAL_TEXT.marks.none)).toHaveLength(2);
});

test('the year picker asks for the previous year', async () => {
  serveAs(['resident', 'official']);
  render(<IndicatorsPage />);
  await screen.findByText(OFFICIAL_TEXT.year(2025));
  serveAs(['resident', 'official'], { year: 2024, communities: [] });
  act(() => void fireEvent.click(screen.getByText(OFFICIAL_TEXT.prevYear)));
  await screen.findByText(OFFICIAL_TEXT.noCommunities);
  expect(callsOf('getIndicators').at(-1)).toEqual({ year: 2024 });
  screen.getByText(OFFICIAL_TEXT.year(2024));
});

test('each role finds its own ways on: workers their projects, officials the overview and standard, evaluators the evaluation', async () => {
  const linksFor = async (roles: TRole[], communityId: string | null = null) => {
    serveAs(roles, DATA, communityId);
    const view = render(<IndicatorsPage />);
    await screen.findByText('北园社区');
    await act(() => new Promise((r) => setTimeout(r, 0)));
    const shown = [WORKER_TEXT.projectsLink, ASSESSMENT_TEXT.overviewLink, EVALUATION_TEXT.link, ASSESSMENT_TEXT.standardLink].filter((t) =>
      screen.queryByText(t),
    );
    view.unmount();
    return shown;
  };
  expect(await linksFor(['resident', 'worker'], 'dinghai-beiyuan')).toEqual([WORKER_TEXT.projectsLink]);
  expect(await linksFor(['resident', 'official'])).toEqual([
    WORKER_TEXT.projectsLink,
    ASSESSMENT_TEXT.overviewLink,
    ASSESSMENT_TEXT.standardLink,
  ]);
  expect(await linksFor(['resident', 'admin'])).toEqual([
    WORKER_TEXT.projectsLink,
    ASSESSMENT_TEXT.overviewLink,
    EVALUATION_TEXT.link,
    ASSESSMENT_TEXT.standardLink,
  ]);
});

test("the projects link opens this year's staff projects page", async () => {
  serveAs(['resident', 'worker'], DATA, 'dinghai-beiyuan');
  render(<IndicatorsPage />);
  const link = await screen.findByText(WORKER_TEXT.projectsLink);
  act(() => void fireEvent.click(link));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/projects/index?year=2025' });
});

test('a resident (403) is told the page is for staff', async () => {
  serve({ whoami: () => whoami(), getIndicators: () => Promise.reject(new ApiCallError('FORBIDDEN', 'forbidden')) });
  render(<IndicatorsPage />);
  await screen.findByText(OFFICIAL_TEXT.forbidden);
});
