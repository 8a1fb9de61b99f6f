// 消息 and 我的数据 in the app (jsdom, over the contract-checked fake cloud): messages link to their project and are
// marked read once shown; 我的数据 shows what happened to each item and withdraws one only after a confirm step.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { navigateTo } from '../support/taro';
import { answerAlso, callsOf, serve } from '../support/fake-cloud';
import { NOTIFY_TEXT } from '../../../src/text/notify';
import MessagesPage from '../../../src/pages/messages/index';
import MyDataPage from '../../../src/pages/mydata/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

beforeEach(() => navigateTo.mockClear());

const AT = '2024-06-01T02:00:00.000Z';
const message = (id: string, read: boolean, body: string) => ({
  id,
  kind: 'need_linked' as const,
  title: '您的需求有了回应',
  body,
  projectId: '2024:dinghai-junan:elderly_care:1',
  at: AT,
  read,
});

test('消息 lists the messages, opens the project of one, and marks the unread ones read', async () => {
  serve({
    listMessages: () => ({
      messages: [message('m2', false, '您提的“希望有老年食堂”已关联到项目“长者食堂”'), message('m1', true, '早先的消息')],
      next: null,
      unread: 1,
    }),
    markMessagesRead: () => ({ marked: 1, unread: 0 }),
  });
  render(<MessagesPage />);
  await screen.findByText('您提的“希望有老年食堂”已关联到项目“长者食堂”');
  expect(screen.getAllByText(NOTIFY_TEXT.unread)).toHaveLength(1);
  await act(async () => undefined);
  expect(callsOf('markMessagesRead')).toEqual([{ ids: ['m2'] }]);
  act(() => void fireEvent.click(screen.getAllByText(NOTIFY_TEXT.openProject)[0]));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/project/index?projectId=2024%3Adinghai-junan%3Aelderly_care%3A1' });
});

test('消息 with none says what will appear there', async () => {
  serve({ listMessages: () => ({ messages: [], next: null, unread: 0 }) });
  render(<MessagesPage />);
  await screen.findByText(NOTIFY_TEXT.noMessages);
  expect(callsOf('markMessagesRead')).toEqual([]);
});

const project = { id: 'p1', title: '长者食堂', stage: 'needs_research' };
const data = (comments = true) => ({
  needs: [
    { id: 'n1', communityId: 'dinghai-junan', category: null, text: '希望有老年食堂', submittedAt: AT, project },
    { id: 'n2', communityId: 'dinghai-junan', category: null, text: '楼道灯坏了', submittedAt: AT, project: null },
  ],
  comments: comments
    ? [
        {
          id: 'f1',
          project,
          rating: 2,
          comment: '饭菜有点凉',
          submittedAt: AT,
          reply: { text: '已加保温箱', by: '社区工作者 王芳', at: AT },
          hidden: { at: AT, reason: '涉及个人信息' },
        },
      ]
    : [],
  roles: [{ project, role: 'volunteer' as const, joinedAt: AT }],
  response: {
    communityId: 'dinghai-junan',
    communityName: '沈家门社区',
    year: 2024,
    answers: { awareness: 'heard' as const, satisfaction: 'fairly_satisfied' as const },
    submittedAt: AT,
    roundClosed: false,
  },
});

test('我的数据 shows what happened to each item; withdrawing asks first, then says it in words', async () => {
  let withdrawn = false;
  serve({
    getMyData: () => data(!withdrawn),
    withdrawFeedback: () => {
      withdrawn = true;
      return { withdrawn: true, message: '已撤回您的评分和评价，项目的平均分已不再计入' };
    },
  });
  render(<MyDataPage />);
  await screen.findByText(NOTIFY_TEXT.linkedTo('长者食堂', '需求调研'));
  screen.getByText(NOTIFY_TEXT.considering);
  screen.getByText(NOTIFY_TEXT.replied('社区工作者 王芳', '已加保温箱'));
  screen.getByText(NOTIFY_TEXT.hidden('涉及个人信息'));
  screen.getByText(NOTIFY_TEXT.joinedAs('志愿者'));
  screen.getByText(/听说过/);

  // The comment's 撤回 is the third of the page (two needs before it).
  act(() => void fireEvent.click(screen.getAllByText(NOTIFY_TEXT.withdraw)[2]));
  screen.getByText(NOTIFY_TEXT.confirm(NOTIFY_TEXT.what.comment));
  expect(callsOf('withdrawFeedback')).toEqual([]);
  act(() => void fireEvent.click(screen.getByText(NOTIFY_TEXT.confirmNo)));
  expect(screen.queryByText(NOTIFY_TEXT.confirmYes)).toBeNull();

  act(() => void fireEvent.click(screen.getAllByText(NOTIFY_TEXT.withdraw)[2]));
  await act(async () => void fireEvent.click(screen.getByText(NOTIFY_TEXT.confirmYes)));
  expect(callsOf('withdrawFeedback')).toEqual([{ feedbackId: 'f1' }]);
  await screen.findByText('已撤回您的评分和评价，项目的平均分已不再计入');
  await screen.findByText(NOTIFY_TEXT.noComments);
});

test('a refused withdrawal says why; a closed round offers no withdrawal of the answer', async () => {
  serve({
    getMyData: () => ({ ...data(), response: { ...data().response, roundClosed: true } }),
  });
  answerAlso({
    withdrawNeed: () => {
      throw Object.assign(new Error('只能撤回您自己提交的需求'), { code: 'FORBIDDEN' });
    },
  });
  render(<MyDataPage />);
  await screen.findByText(NOTIFY_TEXT.roundClosed);
  // needs ×2, comment, role (退出), and no 撤回 for the answer.
  expect(screen.getAllByText(NOTIFY_TEXT.withdraw)).toHaveLength(3);
  act(() => void fireEvent.click(screen.getAllByText(NOTIFY_TEXT.withdraw)[0]));
  await act(async () => void fireEvent.click(screen.getByText(NOTIFY_TEXT.confirmYes)));
  await screen.findByText(/没有撤回：/);
});
