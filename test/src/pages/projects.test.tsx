// The residents' project list: this year's projects under Chinese category names, stage and progress, tap to open.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { setRouterParams } from '../support/taro';
import { COMMUNITIES, COMMUNITY_ID, summaryOf } from '../support/builders';
import { callsOf, serve } from '../support/fake-cloud';
import { RESIDENTS_TEXT } from '../../../src/text/residents';
import { CARE_TEXT } from '../../../src/text/care';
import { COMMON_TEXT } from '../../../src/text/common';
import type { TListProjectsOutput } from '../../../cloud/contract';
import { shanghaiYear } from '../../../cloud/contract/rules';
import { ApiCallError } from '../../../src/common/api/cloud';
import ProjectsPage from '../../../src/pages/projects/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

const PROJECTS = [
  summaryOf({
    id: 'p1',
    title: '助老食堂',
    stage: 'implementation',
    activityCount: 3,
    servedTotal: 45,
    rating: { average: 4.25, count: 4 },
  }),
  summaryOf({ id: 'p2', category: 'culture_sports', title: '广场舞队', stage: 'needs_research' }),
  summaryOf({ id: 'p3', title: '上门理发', stage: 'completed' }),
];

function serveList(listProjects: () => Promise<TListProjectsOutput> = async () => ({ projects: PROJECTS })) {
  serve({ listCommunities: () => ({ communities: COMMUNITIES }), listProjects });
}

const byId = (id: string) => within(document.getElementById(id) as HTMLElement);

beforeEach(() => {
  (Taro.navigateTo as jest.Mock).mockClear();
  setRouterParams({ communityId: COMMUNITY_ID });
});

test("lists this year's projects under their categories, with stage, progress and figures", async () => {
  serveList();
  render(<ProjectsPage />);
  await screen.findByText('助老食堂');
  expect(callsOf('listProjects')).toEqual([{ communityId: COMMUNITY_ID, year: shanghaiYear() }]);
  await screen.findByText(RESIDENTS_TEXT.projectsLead('北园社区', shanghaiYear()));

  const elderly = byId('category-elderly_care');
  elderly.getByText('养老服务类');
  elderly.getByText('上门理发');
  const culture = byId('category-culture_sports');
  culture.getByText('文化体育类');
  culture.getByText('广场舞队');
  // Categories in the standard's order.
  const headings = screen.getAllByText(/类$/).map((e) => e.textContent);
  expect(headings).toEqual(['养老服务类', '文化体育类']);

  const canteen = byId('project-p1');
  canteen.getByText('现在：项目实施 · 第 4 步，共 5 步');
  canteen.getByText('开展活动 3 次');
  canteen.getByText('服务居民 45 人次');
  canteen.getByText('居民评分 4.3 分（4 人评价）');
  expect(document.querySelectorAll('#project-p1 .stage-progress__step--done')).toHaveLength(4);
  byId('project-p2').getByText(RESIDENTS_TEXT.noRating);
  byId('project-p2').getByText('现在：需求调研 · 第 1 步，共 5 步');
  byId('project-p3').getByText('现在：已完成 · 第 5 步，共 5 步');
});

test('tapping a project opens it; the needs link opens the needs page', async () => {
  serveList();
  render(<ProjectsPage />);
  await screen.findByText('助老食堂');
  act(() => void fireEvent.click(screen.getByText('助老食堂')));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/project/index?projectId=p1' });
  act(() => void fireEvent.click(screen.getByText(RESIDENTS_TEXT.tellNeed)));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/pages/needs/index?communityId=${COMMUNITY_ID}` });
});

test('no projects yet: says so and still offers to tell a need', async () => {
  serveList(async () => ({ projects: [] }));
  render(<ProjectsPage />);
  await screen.findByText(RESIDENTS_TEXT.noProjects);
  expect(screen.getByText(RESIDENTS_TEXT.tellNeed)).toBeTruthy();
});

test('a failed load shows the error with a retry', async () => {
  let attempts = 0;
  serveList(async () => {
    attempts += 1;
    if (attempts === 1) throw new ApiCallError('NETWORK', COMMON_TEXT.networkError);
    return { projects: PROJECTS };
  });
  render(<ProjectsPage />);
  await screen.findByText(COMMON_TEXT.networkError);
  act(() => void fireEvent.click(screen.getByText(COMMON_TEXT.retry)));
  await screen.findByText('助老食堂');
});

test('without a community it asks the resident to choose one', () => {
  setRouterParams({});
  render(<ProjectsPage />);
  expect(screen.getByText(CARE_TEXT.noCommunity)).toBeTruthy();
  expect(screen.getByText(CARE_TEXT.chooseCommunity)).toBeTruthy();
  expect(callsOf('listProjects')).toHaveLength(0);
});
