// The evaluator's page: choose a community, see its projects with the standard's category names, open one, score the
// six aspects (out-of-range refused before any call), see the ratio, save; an existing evaluation is shown.
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { TProjectDetail } from '../../../../cloud/contract';
import { ASPECT_MAX, ASPECTS } from '../../../../cloud/contract/rules';
import { setRouterParams } from '../../support/taro';
import { aspectsOf, COMMUNITIES, detailOf, summaryOf } from '../../support/builders';
import { answerAlso, callsOf, serve } from '../../support/fake-cloud';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { useEvaluation } from '../../../../src/assessment/useEvaluation';
import { EVALUATION_TEXT } from '../../../../src/text/evaluation';
import EvaluationPage from '../../../../src/packages/staff/evaluation/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const SUMMARY = summaryOf({ stage: 'implementation' });
const evaluated = (evaluation: TProjectDetail['evaluation']) => detailOf({ ...SUMMARY, evaluation });

let detail: TProjectDetail;
beforeEach(() => {
  detail = evaluated(null);
  serve({
    listCommunities: () => ({ communities: COMMUNITIES }),
    listProjects: () => ({ projects: [SUMMARY, { ...SUMMARY, id: 'p2', category: 'public_health', title: '健康讲座' }] }),
    getProject: () => detail,
    saveProjectEvaluation: ({ aspects }) => evaluated({ aspects, by: 'evaluator-1', at: '2025-06-01T02:00:00.000Z' }),
  });
});

test('choosing a community lists its projects with the categories in Chinese', async () => {
  setRouterParams({ year: '2025' });
  render(<EvaluationPage />);
  fireEvent.click(await screen.findByText('定海区 · 北园社区'));
  await screen.findByText('助老食堂');
  expect(callsOf('listProjects')).toEqual([{ communityId: 'dinghai-beiyuan', year: 2025 }]);
  screen.getByText('养老服务类');
  screen.getByText('公共卫生类');
  screen.getByText(EVALUATION_TEXT.projectsOf('北园社区', 2025));
});

test("an opened project shows its existing evaluation and ratio, and the six aspects by the standard's names", async () => {
  detail = evaluated({ aspects: aspectsOf(80), by: 'evaluator-1', at: '2025-06-01T02:00:00.000Z' });
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  render(<EvaluationPage />);
  await screen.findByText('助老食堂');
  act(() => void fireEvent.click(screen.getAllByText(EVALUATION_TEXT.open)[0]));
  await screen.findByText(/^已由 evaluator-1 于 2025-06-01/);
  expect(callsOf('getProject')).toEqual([{ projectId: 'p1' }]);
  screen.getByText(EVALUATION_TEXT.ratio('80'));
  for (const { name } of ASPECTS) screen.getByText(name);
});

test('saving refuses out-of-range scores, then saves six good ones and says 已保存', async () => {
  const { result } = renderHook(() => useEvaluation('p1'));
  await waitFor(() => expect(result.current.load.status).toBe('ready'));
  act(() => result.current.type('completion', String(ASPECT_MAX + 20)));
  expect(result.current.errors.completion).toBe(`评分应在 0–${ASPECT_MAX} 之间`);
  await act(() => result.current.save());
  expect(result.current.result).toEqual({ ok: false, message: EVALUATION_TEXT.fixFirst });
  expect(callsOf('saveProjectEvaluation')).toHaveLength(0);
  for (const { id } of ASPECTS) act(() => result.current.type(id, '90'));
  expect(result.current.aspects).toEqual(aspectsOf(90));
  await act(() => result.current.save());
  expect(callsOf('saveProjectEvaluation')).toEqual([{ projectId: 'p1', aspects: aspectsOf(90) }]);
  expect(result.current.result).toEqual({ ok: true, message: EVALUATION_TEXT.saved });
  expect(result.current.project?.evaluation?.by).toBe('evaluator-1');
});

test('a refused save says 保存失败 and keeps the scores', async () => {
  detail = evaluated({ aspects: aspectsOf(70), by: 'evaluator-1', at: '2025-06-01T02:00:00.000Z' });
  const { result } = renderHook(() => useEvaluation('p1'));
  await waitFor(() => expect(result.current.aspects).toEqual(aspectsOf(70)));
  answerAlso({ saveProjectEvaluation: () => Promise.reject(new ApiCallError('FORBIDDEN', '无权评估')) });
  await act(() => result.current.save());
  expect(result.current.result).toEqual({ ok: false, message: EVALUATION_TEXT.saveFailed('无权评估') });
  expect(result.current.draft.completion).toBe('70');
});
