// The evaluator's page: choose a community, see its projects with Chinese category names, open one, score the
// six aspects (out-of-range refused before any call), see the ratio, save; an existing evaluation is shown.
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { TAspects, TProjectDetail } from '../../../cloud/contract';
import { setRouterParams } from '../support/taro';
import { COMMUNITIES, detailOf, summaryOf } from '../support/builders';
import { allAspects } from '../../rubric/builders';
import { EVALUATION_TEXT } from '../../../src/text/evaluation';
import { ApiCallError, callCloud } from '../../../src/api/cloud';
import { checkDraft, parseAspect, ratioText } from '../../../src/official/evaluation';
import { useEvaluation } from '../../../src/official/useEvaluation';
import EvaluationPage from '../../../src/packages/official/evaluation/index';

jest.mock('../../../src/api/cloud', () => ({
  ...jest.requireActual('../../../src/api/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

const all = (n: number) => allAspects(n) as TAspects;

const SUMMARY = summaryOf({ stage: 'implementation' });
const evaluated = (evaluation: TProjectDetail['evaluation']) => detailOf({ ...SUMMARY, evaluation });

let detail: TProjectDetail;
beforeEach(() => {
  call.mockReset();
  detail = evaluated(null);
  call.mockImplementation(async (name, data) => {
    if (name === 'listCommunities') return { communities: COMMUNITIES } as never;
    if (name === 'listProjects') return { projects: [SUMMARY, { ...SUMMARY, id: 'p2', category: 'public_health', title: '健康讲座' }] } as never;
    if (name === 'getProject') return detail as never;
    if (name === 'saveProjectEvaluation') {
      const { aspects } = data as { aspects: TAspects };
      return evaluated({ aspects, by: 'evaluator-1', at: '2025-06-01T02:00:00.000Z' }) as never;
    }
    throw new Error(`unexpected call ${name}`);
  });
});

test('checks a typed score and works out the ratio', () => {
  expect(parseAspect('90')).toEqual({ ok: true, value: 90 });
  expect(parseAspect('0')).toEqual({ ok: true, value: 0 });
  expect(parseAspect('100')).toEqual({ ok: true, value: 100 });
  expect(parseAspect('85.25')).toEqual({ ok: true, value: 85.25 });
  expect(parseAspect('101')).toEqual({ ok: false, error: EVALUATION_TEXT.outOfRange });
  expect(parseAspect('-1')).toEqual({ ok: false, error: EVALUATION_TEXT.outOfRange });
  expect(parseAspect('abc')).toEqual({ ok: false, error: EVALUATION_TEXT.outOfRange });
  expect(parseAspect('85.125')).toEqual({ ok: false, error: EVALUATION_TEXT.tooPrecise });
  expect(parseAspect(' ')).toEqual({ ok: false, error: EVALUATION_TEXT.required });
  expect(ratioText(all(90))).toBe(EVALUATION_TEXT.ratio('0.90', '90'));
  expect(ratioText({ ...all(80), completion: 91 })).toBe(EVALUATION_TEXT.ratio('0.8183', '81.83'));
  const draft = { completion: '120', satisfaction: '', finance: '1', organization: '1', operation: '1', effectiveness: '1' };
  expect(checkDraft(draft)).toEqual({ errors: { completion: EVALUATION_TEXT.outOfRange }, aspects: null });
  expect(checkDraft(draft, true).errors.satisfaction).toBe(EVALUATION_TEXT.required);
});

test('choosing a community lists its projects with the categories in Chinese', async () => {
  setRouterParams({ year: '2025' });
  render(<EvaluationPage />);
  fireEvent.click(await screen.findByText('定海区 · 北园社区'));
  await screen.findByText('助老食堂');
  expect(call).toHaveBeenCalledWith('listProjects', { communityId: 'dinghai-beiyuan', year: 2025 });
  screen.getByText('养老服务类');
  screen.getByText('公共卫生类');
  screen.getByText(EVALUATION_TEXT.projectsOf('北园社区', 2025));
});

test('an opened project shows its existing evaluation and ratio', async () => {
  detail = evaluated({ aspects: all(80), by: 'evaluator-1', at: '2025-06-01T02:00:00.000Z' });
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  render(<EvaluationPage />);
  await screen.findByText('助老食堂');
  act(() => void fireEvent.click(screen.getAllByText(EVALUATION_TEXT.open)[0]));
  await screen.findByText(/^已由 evaluator-1 于 2025-06-01/);
  expect(call).toHaveBeenCalledWith('getProject', { projectId: 'p1' });
  screen.getByText(EVALUATION_TEXT.ratio('0.80', '80'));
  for (const name of ['完成情况', '服务满意率', '财务状况', '组织能力', '项目运营', '综合效能']) screen.getByText(name);
});

test('saving refuses out-of-range scores, then saves six good ones and says 已保存', async () => {
  const { result } = renderHook(() => useEvaluation('p1'));
  await waitFor(() => expect(result.current.load.status).toBe('ready'));
  act(() => result.current.type('completion', '120'));
  expect(result.current.errors.completion).toBe(EVALUATION_TEXT.outOfRange);
  await act(() => result.current.save());
  expect(result.current.result).toEqual({ ok: false, message: EVALUATION_TEXT.fixFirst });
  expect(call).not.toHaveBeenCalledWith('saveProjectEvaluation', expect.anything());
  for (const id of ['completion', 'satisfaction', 'finance', 'organization', 'operation', 'effectiveness'] as const) {
    act(() => result.current.type(id, '90'));
  }
  expect(result.current.aspects).toEqual(all(90));
  await act(() => result.current.save());
  expect(call).toHaveBeenCalledWith('saveProjectEvaluation', { projectId: 'p1', aspects: all(90) });
  expect(result.current.result).toEqual({ ok: true, message: EVALUATION_TEXT.saved });
  expect(result.current.project?.evaluation?.by).toBe('evaluator-1');
});

test('a refused save says 保存失败 and keeps the scores', async () => {
  detail = evaluated({ aspects: all(70), by: 'evaluator-1', at: '2025-06-01T02:00:00.000Z' });
  const { result } = renderHook(() => useEvaluation('p1'));
  await waitFor(() => expect(result.current.aspects).toEqual(all(70)));
  call.mockRejectedValueOnce(new ApiCallError('FORBIDDEN', '无权评估'));
  await act(() => result.current.save());
  expect(result.current.result).toEqual({ ok: false, message: EVALUATION_TEXT.saveFailed('无权评估') });
  expect(result.current.draft.completion).toBe('70');
});
