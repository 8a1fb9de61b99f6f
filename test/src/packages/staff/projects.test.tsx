// The projects page and its publish form: the nine categories by Chinese name with "已报 n / 2 项", full
// categories marked and refused before any call, CATEGORY_LIMIT shown; officials read it with evaluations.
import { act, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import { zhoushan2017 } from '../../../rubric';
import { STAGES } from '../../../cloud/contract';
import { setRouterParams } from '../support/taro';
import { COMMUNITIES, detailOf, summaryOf } from '../support/builders';
import { allAspects } from '../../rubric/builders';
import { ApiCallError, callCloud } from '../../../src/api/cloud';
import { usePublishProject } from '../../../src/official/usePublishProject';
import { checkPublish, MAX_PER_CATEGORY, STAGE_ORDER } from '../../../src/official/worker-projects';
import { WORKER_TEXT } from '../../../src/text/worker';
import { EVALUATION_TEXT } from '../../../src/text/evaluation';
import ProjectsPage from '../../../src/packages/official/projects/index';

jest.mock('../../../src/api/cloud', () => ({
  ...jest.requireActual('../../../src/api/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

const PROJECTS = [
  summaryOf({ id: 'p1', title: '助老食堂', stage: 'needs_analysis', activityCount: 2, servedTotal: 30, rating: { average: 4.5, count: 2 } }),
  summaryOf({ id: 'p2', title: '银龄互助' }),
  summaryOf({ id: 'p3', category: 'public_health', title: '健康讲座' }),
];

function serve(roles: string[], communityId: string | null) {
  call.mockImplementation(async (name) => {
    if (name === 'whoami') return { openid: 'me', roles, communityId } as never;
    if (name === 'listCommunities') return { communities: COMMUNITIES } as never;
    if (name === 'listProjects') return { projects: PROJECTS } as never;
    if (name === 'getAssessment') return { projects: [{ id: 'p1', category: 'elderly_care', aspects: allAspects(90) }] } as never;
    throw new Error(`unexpected call ${name}`);
  });
}

beforeEach(() => {
  call.mockReset();
  setRouterParams({ year: '2025' });
});

test('the limit and the stages are the standard\'s', () => {
  expect(MAX_PER_CATEGORY).toBe(zhoushan2017.maxProjectsPerCategory);
  expect(STAGE_ORDER).toEqual(STAGES.map((s) => s.id));
});

test('a worker sees their community per category, with the rule and the full category marked', async () => {
  serve(['resident', 'worker'], 'dinghai-beiyuan');
  render(<ProjectsPage />);
  await screen.findByText(WORKER_TEXT.projectsTitle('北园社区', 2025));
  await screen.findByText('助老食堂');
  expect(call).toHaveBeenCalledWith('listProjects', { communityId: 'dinghai-beiyuan', year: 2025 });
  expect(call).not.toHaveBeenCalledWith('getAssessment', expect.anything());
  const elderly = within(document.getElementById('category-elderly_care') as HTMLElement);
  elderly.getByText('养老服务');
  elderly.getByText('已报 2 / 2 项');
  elderly.getByText('阶段：需求分析');
  elderly.getByText('活动 2 次 · 服务 30 人次');
  elderly.getByText('评分 4.5 分（2 条评价）');
  within(document.getElementById('category-public_health') as HTMLElement).getByText('已报 1 / 2 项');
  within(document.getElementById('category-social_affairs') as HTMLElement).getByText('已报 0 / 2 项');

  const picker = within(document.getElementById('publish-category') as HTMLElement);
  picker.getByText('养老服务（已满 2 项）');
  picker.getByText('公共卫生（已报 1 / 2）');
  for (const name of ['民生底线', '平安综治', '协商自治', '文化体育', '社区教育', '志愿服务', '社会事务']) {
    picker.getByText(`${name}（已报 0 / 2）`);
  }
  screen.getByText(WORKER_TEXT.ruleHint(2));
  // A full category cannot be chosen.
  act(() => void fireEvent.click(picker.getByText('养老服务（已满 2 项）')));
  act(() => void fireEvent.click(screen.getByText(WORKER_TEXT.publish)));
  await screen.findByText(WORKER_TEXT.needCategory);
  expect(call).not.toHaveBeenCalledWith('publishProject', expect.anything());
});

test('an official reads the list with each project\'s evaluation, without a publish form', async () => {
  serve(['resident', 'official'], null);
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  render(<ProjectsPage />);
  await screen.findByText(WORKER_TEXT.evidenceHint);
  const elderly = within(document.getElementById('project-p1') as HTMLElement);
  elderly.getByText(WORKER_TEXT.evaluation(EVALUATION_TEXT.ratio('0.90', '90')));
  within(document.getElementById('project-p2') as HTMLElement).getByText(WORKER_TEXT.notEvaluated);
  expect(call).toHaveBeenCalledWith('getAssessment', { communityId: 'dinghai-beiyuan', year: 2025 });
  expect(screen.queryByText(WORKER_TEXT.publish)).toBeNull();
});

test('an official without a community in the query chooses one', async () => {
  serve(['resident', 'official'], null);
  render(<ProjectsPage />);
  fireEvent.click(await screen.findByText('定海区 · 北园社区'));
  await screen.findByText(WORKER_TEXT.projectsTitle('北园社区', 2025));
  expect(call).toHaveBeenCalledWith('listProjects', { communityId: 'dinghai-beiyuan', year: 2025 });
});

describe('the publish form', () => {
  const full = new Set(['elderly_care']);

  test('checks category, title (≤ 60) and summary (≤ 2,000) before any call', () => {
    expect(checkPublish({ category: null, title: '', summary: '' }, full)).toEqual({
      category: WORKER_TEXT.needCategory,
      title: WORKER_TEXT.needTitle,
    });
    expect(checkPublish({ category: 'elderly_care', title: 'x'.repeat(61), summary: 'y'.repeat(2001) }, full)).toEqual({
      category: WORKER_TEXT.categoryIsFull('养老服务', 2),
      title: WORKER_TEXT.titleTooLong,
      summary: WORKER_TEXT.summaryTooLong,
    });
    expect(checkPublish({ category: 'public_health', title: 'x'.repeat(60), summary: 'y'.repeat(2000) }, full)).toEqual({});
  });

  test('publishes and says so; CATEGORY_LIMIT from the server is shown on the category', async () => {
    const published = jest.fn();
    const { result } = renderHook(() => usePublishProject('dinghai-beiyuan', 2025, full, published));
    act(() => result.current.choose('public_health'));
    act(() => result.current.update({ title: ' 健康讲座 ', summary: '每月一次' }));
    call.mockResolvedValueOnce(detailOf({ title: '健康讲座' }) as never);
    await act(() => result.current.publish());
    expect(call).toHaveBeenCalledWith('publishProject', {
      communityId: 'dinghai-beiyuan',
      year: 2025,
      category: 'public_health',
      title: '健康讲座',
      summary: '每月一次',
    });
    expect(result.current.result).toEqual({ ok: true, message: WORKER_TEXT.published('健康讲座') });
    expect(published).toHaveBeenCalled();

    const limit = '本社区今年“公共卫生”类已有 2 个项目，每类最多 2 个';
    act(() => result.current.choose('public_health'));
    act(() => result.current.update({ title: '第三个' }));
    call.mockRejectedValueOnce(new ApiCallError('CATEGORY_LIMIT', limit));
    await act(() => result.current.publish());
    expect(result.current.errors.category).toBe(limit);
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.publishFailed(limit) });
    expect(result.current.draft.title).toBe('第三个');
  });
});
