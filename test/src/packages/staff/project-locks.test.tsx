// A staff project in a locked year (the 已终期验收 note, no write controls), and 取消隐藏 with a reason (unhideFeedback).
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TProjectDetail } from '../../../../cloud/contract';
import { setRouterParams } from '../../support/taro';
import { detailOf, typeInto } from '../../support/builders';
import { answerAlso, callsOf, serve } from '../../support/fake-cloud';
import { LOCKS_TEXT } from '../../../../src/text/locks';
import { WORKER_TEXT } from '../../../../src/text/worker';
import ProjectPage from '../../../../src/packages/staff/project/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const HIDDEN = {
  id: 'f2',
  rating: 1,
  comment: '隔壁老王的电话是…',
  submittedAt: '2025-05-01T02:00:00.000Z',
  reply: null,
  hidden: { by: '社区工作者 王芳', at: '2025-05-01T03:00:00.000Z', reason: '含有他人电话' },
  commentHidden: true,
};
const SHOWN = {
  id: 'f1',
  rating: 5,
  comment: '饭菜可口',
  submittedAt: '2025-05-02T02:00:00.000Z',
  reply: null,
  hidden: null,
  commentHidden: false,
};
const run = (locked: boolean) =>
  detailOf({ canManage: true, locked, stage: 'needs_analysis', feedback: [SHOWN, HIDDEN], rating: { average: 3, count: 2 } });

let detail: TProjectDetail;
beforeEach(() => {
  setRouterParams({ projectId: 'p1' });
});
const row = (id: string) => within(document.getElementById(`feedback-${id}`) as HTMLElement);

test('a locked year shows 已终期验收 and none of the controls that write', async () => {
  detail = run(true);
  serve({ getProject: () => detail });
  render(<ProjectPage />);
  await screen.findByText(LOCKS_TEXT.projectLocked);
  for (const control of [WORKER_TEXT.reply, WORKER_TEXT.hide, LOCKS_TEXT.unhide, '记录活动', '保存项目内容']) {
    expect(screen.queryByText(control)).toBeNull();
  }
  expect(screen.queryByText(WORKER_TEXT.readOnly)).toBeNull();
});

test('取消隐藏 asks for a reason and sends unhideFeedback', async () => {
  detail = run(false);
  serve({ getProject: () => detail });
  answerAlso({ unhideFeedback: () => ({ ...detail, feedback: [SHOWN, { ...HIDDEN, hidden: null, commentHidden: false }] }) });
  render(<ProjectPage />);
  await screen.findByText(LOCKS_TEXT.unhide);
  expect(row('f1').queryByText(LOCKS_TEXT.unhide)).toBeNull();
  act(() => void fireEvent.click(row('f2').getByText(LOCKS_TEXT.unhide)));
  act(() => void fireEvent.click(row('f2').getByText(LOCKS_TEXT.confirmUnhide)));
  await row('f2').findByText(LOCKS_TEXT.needUnhideReason);
  expect(callsOf('unhideFeedback')).toHaveLength(0);
  act(() => typeInto(document.querySelector('#feedback-f2 taro-textarea-core') as Element, '电话已核实为社区公开热线'));
  act(() => void fireEvent.click(row('f2').getByText(LOCKS_TEXT.confirmUnhide)));
  await row('f2').findByText(WORKER_TEXT.hide);
  expect(callsOf('unhideFeedback')).toEqual([{ projectId: 'p1', feedbackId: 'f2', reason: '电话已核实为社区公开热线' }]);
});
