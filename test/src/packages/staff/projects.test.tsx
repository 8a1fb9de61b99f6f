// The staff projects page: the nine categories by name with "已报 n / 2 项"; a community's workers publish (a full
// category refused before any call, CATEGORY_LIMIT shown); officials read it with the evaluations and publish nothing.
import { act, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import { MAX_PROJECTS_PER_CATEGORY, TITLE_MAX, type TRole } from '../../../../cloud/contract/rules';
import { navigateTo, setRouterParams } from '../../support/taro';
import { aspectsOf, assessmentOf, COMMUNITIES, detailOf, summaryOf, whoami } from '../../support/builders';
import { answerAlso, callsOf, serve } from '../../support/fake-cloud';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { usePublishProject } from '../../../../src/projects/usePublishProject';
import { EVALUATION_TEXT } from '../../../../src/text/evaluation';
import { WORKER_TEXT } from '../../../../src/text/worker';
import ProjectsPage from '../../../../src/packages/staff/projects/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const MAX = MAX_PROJECTS_PER_CATEGORY;
const PROJECTS = [
  summaryOf({
    id: 'p1',
    title: '助老食堂',
    stage: 'needs_analysis',
    activityCount: 2,
    servedTotal: 30,
    rating: { average: 4.5, count: 2 },
  }),
  summaryOf({ id: 'p2', title: '银龄互助' }),
  summaryOf({ id: 'p3', category: 'public_health', title: '健康讲座' }),
];

function serveAs(roles: TRole[], communityId: string | null = null) {
  serve({
    whoami: () => whoami(roles, communityId),
    listCommunities: () => ({ communities: COMMUNITIES }),
    listProjects: () => ({ projects: PROJECTS }),
    getAssessment: () => ({ ...assessmentOf(), projects: [{ id: 'p1', category: 'elderly_care', aspects: aspectsOf(90) }] }),
  });
}

beforeEach(() => {
  setRouterParams({ year: '2025' });
  navigateTo.mockClear();
});

test('a worker sees their community per category, with the rule, the full category marked, and the publish form', async () => {
  serveAs(['resident', 'worker'], 'dinghai-beiyuan');
  render(<ProjectsPage />);
  await screen.findByText(WORKER_TEXT.projectsTitle('北园社区', 2025));
  await screen.findByText('助老食堂');
  expect(callsOf('listProjects')).toEqual([{ communityId: 'dinghai-beiyuan', year: 2025 }]);
  expect(callsOf('getAssessment')).toHaveLength(0);
  const elderly = within(document.getElementById('category-elderly_care') as HTMLElement);
  elderly.getByText('养老服务');
  elderly.getByText(`已报 2 / ${MAX} 项`);
  elderly.getByText('阶段：需求分析');
  elderly.getByText('活动 2 次 · 服务 30 人次');
  elderly.getByText('评分 4.5 分（2 条评价）');
  within(document.getElementById('category-public_health') as HTMLElement).getByText(`已报 1 / ${MAX} 项`);
  within(document.getElementById('category-social_affairs') as HTMLElement).getByText(`已报 0 / ${MAX} 项`);

  const picker = within(document.getElementById('publish-category') as HTMLElement);
  picker.getByText(`养老服务（已满 ${MAX} 项）`);
  picker.getByText(`公共卫生（已报 1 / ${MAX}）`);
  for (const name of ['民生底线', '平安综治', '协商自治', '文化体育', '社区教育', '志愿服务', '社会事务'])
    picker.getByText(`${name}（已报 0 / ${MAX}）`);
  screen.getByText(WORKER_TEXT.ruleHint(MAX));
  // A full category cannot be chosen.
  act(() => void fireEvent.click(picker.getByText(`养老服务（已满 ${MAX} 项）`)));
  act(() => void fireEvent.click(screen.getByText(WORKER_TEXT.publish)));
  await screen.findByText(WORKER_TEXT.needCategory);
  expect(callsOf('publishProject')).toHaveLength(0);
  // The needs of the community are a tap away.
  act(() => void fireEvent.click(screen.getByText(WORKER_TEXT.needsLink)));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/needs/index?communityId=dinghai-beiyuan&year=2025' });
});

test("an official reads the list with each project's evaluation, without a publish form", async () => {
  serveAs(['resident', 'official']);
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  render(<ProjectsPage />);
  await screen.findByText(WORKER_TEXT.evidenceHint);
  const elderly = within(document.getElementById('project-p1') as HTMLElement);
  await elderly.findByText(WORKER_TEXT.evaluation(EVALUATION_TEXT.ratio('90')));
  within(document.getElementById('project-p2') as HTMLElement).getByText(WORKER_TEXT.notEvaluated);
  expect(callsOf('getAssessment')).toEqual([{ communityId: 'dinghai-beiyuan', year: 2025 }]);
  expect(screen.queryByText(WORKER_TEXT.publish)).toBeNull();
  expect(document.getElementById('publish-form')).toBeNull();
  // Officials read the residents' needs too.
  screen.getByText(WORKER_TEXT.needsLink);
});

test('a worker of another community, in the query, is shown their own', async () => {
  serveAs(['resident', 'worker'], 'dinghai-junan');
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  render(<ProjectsPage />);
  await screen.findByText(WORKER_TEXT.projectsTitle('桔南社区', 2025));
  expect(callsOf('listProjects')).toEqual([{ communityId: 'dinghai-junan', year: 2025 }]);
});

test('an official without a community in the query chooses one; a worker without one is told so', async () => {
  serveAs(['resident', 'official']);
  const { unmount } = render(<ProjectsPage />);
  fireEvent.click(await screen.findByText('定海区 · 北园社区'));
  await screen.findByText(WORKER_TEXT.projectsTitle('北园社区', 2025));
  unmount();
  serveAs(['resident', 'worker']);
  render(<ProjectsPage />);
  await screen.findByText(WORKER_TEXT.noCommunity);
});

describe('the publish form', () => {
  const full = new Set(['elderly_care']);

  test('publishes and says so; CATEGORY_LIMIT from the server is shown on the category', async () => {
    const published = jest.fn();
    serve({ publishProject: (d) => detailOf({ title: d.title, category: d.category }) });
    const { result } = renderHook(() => usePublishProject('dinghai-beiyuan', 2025, full, published));
    act(() => result.current.choose('public_health'));
    act(() => result.current.update({ title: ' 健康讲座 ', summary: '每月一次' }));
    await act(() => result.current.publish());
    expect(callsOf('publishProject')).toEqual([
      { communityId: 'dinghai-beiyuan', year: 2025, category: 'public_health', title: '健康讲座', summary: '每月一次' },
    ]);
    expect(result.current.result).toEqual({ ok: true, message: WORKER_TEXT.published('健康讲座') });
    expect(published).toHaveBeenCalledWith(expect.objectContaining({ title: '健康讲座' }));
    expect(result.current.draft).toEqual({ category: null, title: '', summary: '' });

    const limit = `本社区今年“公共卫生”类已有 ${MAX} 个项目，每类最多 ${MAX} 个`;
    answerAlso({ publishProject: () => Promise.reject(new ApiCallError('CATEGORY_LIMIT', limit)) });
    act(() => result.current.choose('public_health'));
    act(() => result.current.update({ title: '第三个' }));
    await act(() => result.current.publish());
    expect(result.current.errors.category).toBe(limit);
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.publishFailed(limit) });
    expect(result.current.draft.title).toBe('第三个');
  });

  test("a too long title is refused in the contract's words before any call", async () => {
    const { result } = renderHook(() => usePublishProject('dinghai-beiyuan', 2025, full, jest.fn()));
    act(() => result.current.choose('public_health'));
    act(() => result.current.update({ title: '长'.repeat(TITLE_MAX + 1) }));
    await act(() => result.current.publish());
    expect(result.current.errors.title).toBe(`项目名称最多 ${TITLE_MAX} 字`);
    expect(callsOf('publishProject')).toHaveLength(0);
  });
});

test('a locked year says when and by whom it was accepted, and offers no publishing', async () => {
  serveAs(['resident', 'worker'], 'dinghai-beiyuan');
  const lock = { stage: 'final' as const, at: '2025-12-20T02:00:00.000Z', by: { role: 'official' as const, name: '张科长' } };
  answerAlso({ listProjects: () => ({ projects: PROJECTS, lock }) });
  render(<ProjectsPage />);
  // The time is the device's local time (formatStamp).
  await screen.findByText(/^本年度已于 2025-12-20 \d\d:\d\d 由民政部门 张科长终期验收/);
  screen.getByText('助老食堂');
  expect(screen.queryByText(WORKER_TEXT.publish)).toBeNull();
  expect(document.getElementById('publish-category')).toBeNull();
});
