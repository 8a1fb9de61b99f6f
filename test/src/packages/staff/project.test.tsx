// One project on the staff page: its workers move the stage one step (back only with a reason), record activities
// checked by the contract, reply to or hide feedback, and edit its text (EDIT_CONFLICT asks for a reload);
// an official (canManage false) reads it with none of those controls.
import { act, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import type { TProjectDetail } from '../../../../cloud/contract';
import { setRouterParams } from '../../support/taro';
import { detailOf } from '../../support/builders';
import { answerAlso, callsOf, serve } from '../../support/fake-cloud';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { useActivityForm, useFeedbackAnswer, useStageMove } from '../../../../src/projects/useProjectActions';
import { useProjectText } from '../../../../src/projects/useProjectText';
import { WORKER_TEXT } from '../../../../src/text/worker';
import ProjectPage from '../../../../src/packages/staff/project/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

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

const runBy = (canManage: boolean) =>
  detailOf({
    canManage,
    stage: 'needs_analysis',
    history: [{ from: 'needs_research', to: 'needs_analysis', by: 'worker-1', at: '2025-04-01T02:00:00.000Z', reason: null }],
    feedback: canManage ? FEEDBACK : FEEDBACK.slice(0, 1),
    joined: { volunteer: 3, supervisor: 1, evaluator: 0 },
    rating: { average: 5, count: 1 },
  });

let detail: TProjectDetail;
beforeEach(() => {
  detail = runBy(true);
  serve({ getProject: () => detail });
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
  expect(document.getElementById('text-card')).not.toBeNull();
  expect(document.getElementById('activity-form')).not.toBeNull();
});

test('an official reads the project: no editing, stage moves, activity form, replies or hiding', async () => {
  detail = { ...runBy(false), plan: '每周二、四送餐' };
  render(<ProjectPage />);
  await screen.findByText('当前阶段：需求分析');
  screen.getByText(WORKER_TEXT.readOnly);
  screen.getByText('每周二、四送餐');
  screen.getByText('饭菜可口');
  for (const control of [
    WORKER_TEXT.saveText,
    '推进到“项目设计”',
    '退回到“需求调研”',
    WORKER_TEXT.recordActivity,
    WORKER_TEXT.reply,
    WORKER_TEXT.hide,
  ]) {
    expect(screen.queryByText(control)).toBeNull();
  }
  expect(document.getElementById('text-card')).toBeNull();
  expect(document.getElementById('activity-form')).toBeNull();
});

test('on the page, a step back opens the reason form and is refused without one; forward moves', async () => {
  render(<ProjectPage />);
  const back = await screen.findByText('退回到“需求调研”');
  act(() => void fireEvent.click(back));
  screen.getByText(WORKER_TEXT.backReasonLabel);
  act(() => void fireEvent.click(screen.getByText(WORKER_TEXT.confirmBack)));
  await screen.findByText(WORKER_TEXT.needReason);
  expect(callsOf('updateProject')).toHaveLength(0);
  // The stage panel's own 取消 (the date picker of the activity form has one too).
  act(() => void fireEvent.click(within(document.getElementById('stage-panel')!).getByText(WORKER_TEXT.cancel)));

  answerAlso({ updateProject: () => ({ ...detail, stage: 'design' }) });
  act(() => void fireEvent.click(screen.getByText('推进到“项目设计”')));
  await screen.findByText('当前阶段：项目设计');
  expect(callsOf('updateProject')).toEqual([{ projectId: 'p1', revision: 1, stage: 'design' }]);
  screen.getByText(WORKER_TEXT.stageMoved('项目设计'));
});

test('on the page, 回复 opens a reply form for that feedback', async () => {
  render(<ProjectPage />);
  await screen.findByText('饭菜可口');
  const row = within(document.getElementById('feedback-f1') as HTMLElement);
  act(() => void fireEvent.click(row.getByText(WORKER_TEXT.reply)));
  act(() => void fireEvent.click(row.getByText(WORKER_TEXT.sendReply)));
  await row.findByText(WORKER_TEXT.needReply);
  expect(callsOf('replyFeedback')).toHaveLength(0);
});

describe('moving the stage', () => {
  test('forward is one step; back without a reason is refused, with one it is sent', async () => {
    const apply = jest.fn();
    const { result } = renderHook(() => useStageMove(detail, apply));
    expect([result.current.prev, result.current.next]).toEqual(['needs_research', 'design']);
    answerAlso({ updateProject: (d) => detailOf({ stage: d.stage }) });
    await act(() => result.current.forward());
    expect(callsOf('updateProject')).toEqual([{ projectId: 'p1', revision: 1, stage: 'design' }]);
    expect(result.current.result).toEqual({ ok: true, message: WORKER_TEXT.stageMoved('项目设计') });
    expect(apply).toHaveBeenCalledWith(expect.objectContaining({ stage: 'design' }));

    act(() => result.current.openBack(true));
    await act(() => result.current.back());
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.needReason });
    expect(callsOf('updateProject')).toHaveLength(1);
    act(() => result.current.typeReason('  居民意见还没收齐  '));
    await act(() => result.current.back());
    expect(callsOf('updateProject').at(-1)).toEqual({ projectId: 'p1', revision: 1, stage: 'needs_research', reason: '居民意见还没收齐' });
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
    answerAlso({ updateProject: () => Promise.reject(new ApiCallError('STAGE_ORDER', '项目阶段只能逐步推进或退回一步')) });
    await act(() => result.current.forward());
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.stageFailed('项目阶段只能逐步推进或退回一步') });
  });
});

describe('recording an activity', () => {
  test('a bad form makes no call and says what the contract says; a good one is recorded and the form cleared', async () => {
    const apply = jest.fn();
    const { result } = renderHook(() => useActivityForm('p1', apply));
    act(() => result.current.type('servedCount', '-3'));
    await act(() => result.current.record());
    expect(result.current.errors).toEqual({ description: '请填写活动内容', servedCount: '服务人数不能为负' });
    expect(callsOf('recordActivity')).toHaveLength(0);
    act(() => result.current.type('date', '2025-06-01'));
    act(() => result.current.type('description', '上门送餐'));
    act(() => result.current.type('servedCount', '12'));
    answerAlso({ recordActivity: (d) => detailOf({ activityCount: 1, servedTotal: d.servedCount }) });
    await act(() => result.current.record());
    expect(callsOf('recordActivity')).toEqual([
      { projectId: 'p1', date: '2025-06-01', description: '上门送餐', servedCount: 12, photos: [] },
    ]);
    expect(apply).toHaveBeenCalledWith(expect.objectContaining({ servedTotal: 12 }));
    expect(result.current.draft).toEqual({ date: '2025-06-01', description: '', servedCount: '' });
    expect(result.current.result).toEqual({ ok: true, message: WORKER_TEXT.recorded });
  });
});

describe('answering feedback', () => {
  test('a reply and a hide each need their words; both are sent to their call', async () => {
    const apply = jest.fn();
    answerAlso({ replyFeedback: () => detail, hideFeedback: () => detail });
    const { result } = renderHook(() => useFeedbackAnswer('p1', apply));
    act(() => result.current.start('f1', 'reply'));
    await act(() => result.current.submit());
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.needReply });
    act(() => result.current.type('谢谢您的肯定'));
    await act(() => result.current.submit());
    expect(callsOf('replyFeedback')).toEqual([{ projectId: 'p1', feedbackId: 'f1', reply: '谢谢您的肯定' }]);
    expect(result.current.open).toBeNull();

    act(() => result.current.start('f1', 'hide'));
    await act(() => result.current.submit());
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.needHideReason });
    act(() => result.current.type('含有个人信息'));
    await act(() => result.current.submit());
    expect(callsOf('hideFeedback')).toEqual([{ projectId: 'p1', feedbackId: 'f1', reason: '含有个人信息' }]);
    expect(apply).toHaveBeenCalledTimes(2);
  });
});

describe('editing the text', () => {
  test('only changed fields are sent; EDIT_CONFLICT asks for a reload and keeps the edit', async () => {
    const { result } = renderHook(() => useProjectText(detail, jest.fn()));
    act(() => result.current.type('plan', '每周二、四送餐'));
    expect(result.current.dirty).toBe(true);
    answerAlso({ updateProject: () => Promise.reject(new ApiCallError('EDIT_CONFLICT', '项目刚被其他人修改过，请刷新后再试')) });
    await act(() => result.current.save());
    expect(callsOf('updateProject')).toEqual([{ projectId: 'p1', revision: 1, plan: '每周二、四送餐' }]);
    expect(result.current.result).toEqual({ ok: false, message: WORKER_TEXT.conflict, conflict: true });
    expect(result.current.draft.plan).toBe('每周二、四送餐');
  });

  test('an emptied title is refused under its field, before any call', async () => {
    const { result } = renderHook(() => useProjectText(detail, jest.fn()));
    act(() => result.current.type('title', '  '));
    await act(() => result.current.save());
    expect(result.current.errors).toEqual({ title: '请填写项目名称' });
    expect(callsOf('updateProject')).toHaveLength(0);
  });

  test('a change from another call keeps unsaved edits and takes the rest', async () => {
    const { result, rerender } = renderHook(({ project }) => useProjectText(project, jest.fn()), { initialProps: { project: detail } });
    act(() => result.current.type('reflection', '要多听老人意见'));
    rerender({ project: { ...detail, stage: 'design', summary: '新简介' } });
    await waitFor(() => expect(result.current.draft.summary).toBe('新简介'));
    expect(result.current.draft.reflection).toBe('要多听老人意见');
  });
});
