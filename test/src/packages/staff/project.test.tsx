// One project on the worker's page: the stage moves one step (back only with a reason), activities are
// checked before recordActivity, feedback is replied to or hidden with a reason; EDIT_CONFLICT asks for a reload.
import { act, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import type { TProjectDetail } from '../../../cloud/contract';
import { setRouterParams } from '../support/taro';
import { ApiCallError, callCloud } from '../../../src/api/cloud';
import { useProject } from '../../../src/official/useProject';
import { useActivityForm, useFeedbackAnswer, useStageMove } from '../../../src/official/useProjectActions';
import { checkActivity, isDay, todayInShanghai } from '../../../src/official/worker-projects';
import { WORKER_TEXT } from '../../../src/text/worker';
import ProjectPage from '../../../src/packages/official/project/index';
import { detailOf } from '../support/builders';

jest.mock('../../../src/api/cloud', () => ({
  ...jest.requireActual('../../../src/api/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

const FEEDBACK: TProjectDetail['feedback'] = [
  { id: 'f1', rating: 5, comment: '饭菜可口', submittedAt: '2025-05-02T02:00:00.000Z', reply: null, hidden: null },
  {
    id: 'f2',
    rating: 1,
    comment: '隔壁老王的电话是…',
    submittedAt: '2025-05-01T02:00:00.000Z',
    reply: null,
    hidden: { by: 'worker-1', at: '2025-05-01T03:00:00.000Z', reason: '含有他人电话' },
  },
];

let detail: TProjectDetail;
beforeEach(() => {
  call.mockReset();
  detail = detailOf({
    canManage: true,
    stage: 'needs_analysis',
    history: [{ from: 'needs_research', to: 'needs_analysis', by: 'worker-1', at: '2025-04-01T02:00:00.000Z', reason: null }],
    feedback: FEEDBACK,
    joined: { volunteer: 3, supervisor: 1, evaluator: 0 },
    rating: { average: 5, count: 1 },
  });
  call.mockImplementation(async (name) => {
    if (name === 'getProject') return detail as never;
    throw new Error(`unexpected call ${name}`);
  });
  setRouterParams({ projectId: 'p1' });
});

test('the page shows stage and history, joined per role, and feedback with the hidden one marked', async () => {
  render(<ProjectPage />);
  await screen.findByText('当前阶段：需求分析');
  screen.getByText('养老服务类');
  screen.getByText('需求调研 → 需求分析');
  screen.getByText('推进到“项目设计”');
  screen.getByText('退回到“需求调研”');
  screen.getByText('志愿者 3 人');
  screen.getByText('监督者 1 人');
  screen.getByText('评价者 0 人');
  const hidden = within(document.getElementById('feedback-f2') as HTMLElement);
  hidden.getByText(WORKER_TEXT.hiddenMark);
  hidden.getByText(/^由 worker-1 于 2025-05-01 \d\d:\d\d 隐藏，原因：含有他人电话$/);
  expect(hidden.queryByText(WORKER_TEXT.hide)).toBeNull();
  within(document.getElementById('feedback-f1') as HTMLElement).getByText(WORKER_TEXT.hide);
});

test('on the page, a step back opens the reason form and is refused without one; forward moves', async () => {
  render(<ProjectPage />);
  const back = await screen.findByText('退回到“需求调研”');
  act(() => void fireEvent.click(back));
  screen.getByText(WORKER_TEXT.backReasonLabel);
  act(() => void fireEvent.click(screen.getByText(WORKER_TEXT.confirmBack)));
  await screen.findByText(WORKER_TEXT.needReason);
  expect(call).not.toHaveBeenCalledWith('updateProject', expect.anything());
  act(() => void fireEvent.click(screen.getByText(WORKER_TEXT.cancel)));

  call.mockResolvedValueOnce({ ...detail, stage: 'design' } as never);
  act(() => void fireEvent.click(screen.getByText('推进到“项目设计”')));
  await screen.findByText('当前阶段：项目设计');
  expect(call).toHaveBeenCalledWith('updateProject', { projectId: 'p1', stage: 'design' });
  screen.getByText(WORKER_TEXT.stageMoved('项目设计'));
});

test('on the page, 回复 opens a reply form for that feedback', async () => {
  render(<ProjectPage />);
  await screen.findByText('饭菜可口');
  const row = within(document.getElementById('feedback-f1') as HTMLElement);
  act(() => void fireEvent.click(row.getByText(WORKER_TEXT.reply)));
  row.getByText(WORKER_TEXT.sendReply);
  act(() => void fireEvent.click(row.getByText(WORKER_TEXT.sendReply)));
  await row.findByText(WORKER_TEXT.needReply);
  expect(call).not.toHaveBeenCalledWith('replyFeedback', expect.anything());
});

describe('moving the stage', () => {
  test('forward is one step; back without a reason is refused, with one it is sent', async () => {
    const apply = jest.fn();
    const { result } = renderHook(() => useStageMove(detail, apply));
    expect(result.current.next).toBe('design');
    expect(result.current.prev).toBe('needs_research');
    call.mockResolvedValueOnce(detailOf({ stage: 'design' }) as never);
    await act(() => result.current.forward());
    expect(call).toHaveBeenCalledWith('updateProject', { projectId: 'p1', stage: 'design' });
    expect(result.current.result).toEqual({ ok: true, message: WORKER_TEXT.stageMoved('项目设计') });

    act(() => result.current.openBack(true));
    await act(() => result.current.back());
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.needReason });
    expect(call).toHaveBeenCalledTimes(1);
    act(() => result.current.typeReason('  居民意见还没收齐  '));
    call.mockResolvedValueOnce(detailOf({ stage: 'needs_research' }) as never);
    await act(() => result.current.back());
    expect(call).toHaveBeenLastCalledWith('updateProject', { projectId: 'p1', stage: 'needs_research', reason: '居民意见还没收齐' });
    expect(result.current.backOpen).toBe(false);
  });

  test('the ends have no step beyond them', () => {
    const first = renderHook(() => useStageMove(detailOf({ stage: 'needs_research' }), jest.fn())).result.current;
    expect([first.prev, first.next]).toEqual([null, 'needs_analysis']);
    const last = renderHook(() => useStageMove(detailOf({ stage: 'completed' }), jest.fn())).result.current;
    expect([last.prev, last.next]).toEqual(['implementation', null]);
  });

  test('STAGE_ORDER from the server is shown as it says it', async () => {
    const { result } = renderHook(() => useStageMove(detail, jest.fn()));
    call.mockRejectedValueOnce(new ApiCallError('STAGE_ORDER', '项目阶段只能逐步推进或退回一步'));
    await act(() => result.current.forward());
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.stageFailed('项目阶段只能逐步推进或退回一步') });
  });
});

describe('recording an activity', () => {
  test('date, description and a whole number ≥ 0 served are checked', () => {
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-6-1')).toBe(false);
    expect(checkActivity({ date: '2025-13-01', description: ' ', servedCount: '' })).toEqual({
      ok: false,
      errors: { date: WORKER_TEXT.badDate, description: WORKER_TEXT.needDescription, servedCount: WORKER_TEXT.needServed },
    });
    for (const bad of ['-1', '1.5', '12人', 'abc']) {
      expect(checkActivity({ date: '2025-06-01', description: '送餐', servedCount: bad })).toEqual({
        ok: false,
        errors: { servedCount: WORKER_TEXT.servedNotWhole },
      });
    }
    expect(checkActivity({ date: '2025-06-01', description: ' 送餐 ', servedCount: '0' })).toEqual({
      ok: true,
      activity: { date: '2025-06-01', description: '送餐', servedCount: 0 },
    });
    expect(todayInShanghai(new Date('2025-06-01T17:00:00.000Z'))).toBe('2025-06-02');
  });

  test('a bad form makes no call; a good one is recorded and the form cleared', async () => {
    const apply = jest.fn();
    const { result } = renderHook(() => useActivityForm('p1', apply));
    act(() => result.current.type('servedCount', '-3'));
    await act(() => result.current.record());
    expect(result.current.errors).toEqual({ description: WORKER_TEXT.needDescription, servedCount: WORKER_TEXT.servedNotWhole });
    expect(call).not.toHaveBeenCalled();
    act(() => result.current.type('date', '2025-06-01'));
    act(() => result.current.type('description', '上门送餐'));
    act(() => result.current.type('servedCount', '12'));
    call.mockResolvedValueOnce(detailOf({ activityCount: 1, servedTotal: 12 }) as never);
    await act(() => result.current.record());
    expect(call).toHaveBeenCalledWith('recordActivity', { projectId: 'p1', date: '2025-06-01', description: '上门送餐', servedCount: 12 });
    expect(apply).toHaveBeenCalledWith(expect.objectContaining({ servedTotal: 12 }));
    expect(result.current.draft).toEqual({ date: '2025-06-01', description: '', servedCount: '' });
    expect(result.current.result).toEqual({ ok: true, message: WORKER_TEXT.recorded });
  });
});

describe('answering feedback', () => {
  test('a reply and a hide each need their words; both are sent to their call', async () => {
    const apply = jest.fn();
    const { result } = renderHook(() => useFeedbackAnswer('p1', apply));
    act(() => result.current.start('f1', 'reply'));
    await act(() => result.current.submit());
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.needReply });
    act(() => result.current.type('谢谢您的肯定'));
    call.mockResolvedValueOnce(detail as never);
    await act(() => result.current.submit());
    expect(call).toHaveBeenCalledWith('replyFeedback', { projectId: 'p1', feedbackId: 'f1', reply: '谢谢您的肯定' });
    expect(result.current.open).toBeNull();

    act(() => result.current.start('f1', 'hide'));
    await act(() => result.current.submit());
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.needHideReason });
    act(() => result.current.type('含有个人信息'));
    call.mockResolvedValueOnce(detail as never);
    await act(() => result.current.submit());
    expect(call).toHaveBeenCalledWith('hideFeedback', { projectId: 'p1', feedbackId: 'f1', reason: '含有个人信息' });
    expect(apply).toHaveBeenCalledTimes(2);
  });
});

describe('editing the text', () => {
  test('only changed fields are sent; EDIT_CONFLICT asks for a reload', async () => {
    const { result } = renderHook(() => useProject('p1'));
    await waitFor(() => expect(result.current.load.status).toBe('ready'));
    act(() => result.current.type('plan', '每周二、四送餐'));
    expect(result.current.dirty).toBe(true);
    call.mockRejectedValueOnce(new ApiCallError('EDIT_CONFLICT', '项目刚被其他人修改过，请刷新后再试'));
    await act(() => result.current.save());
    expect(call).toHaveBeenLastCalledWith('updateProject', { projectId: 'p1', plan: '每周二、四送餐' });
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.conflict, conflict: true });
    expect(result.current.draft.plan).toBe('每周二、四送餐');
  });

  test('a change from another call keeps unsaved edits', async () => {
    const { result } = renderHook(() => useProject('p1'));
    await waitFor(() => expect(result.current.load.status).toBe('ready'));
    act(() => result.current.type('reflection', '要多听老人意见'));
    act(() => result.current.apply({ ...detail, stage: 'design', summary: '新简介' }));
    expect(result.current.draft.reflection).toBe('要多听老人意见');
    expect(result.current.draft.summary).toBe('新简介');
    expect(result.current.project?.stage).toBe('design');
  });
});
