// Hidden comments for residents: others see 评论已隐藏 beside stars that still count; the author sees when and why.
import { render, screen, within } from '@testing-library/react';
import { setRouterParams } from '../support/taro';
import { detailOf } from '../support/builders';
import { serve } from '../support/fake-cloud';
import { LOCKS_TEXT } from '../../../src/text/locks';
import { formatStamp } from '../../../src/common/format';
import ProjectPage from '../../../src/pages/project/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

const AT = '2026-06-02T02:00:00.000Z';
const hiddenForOthers = { id: 'f2', rating: 2, comment: null, submittedAt: AT, reply: null, commentHidden: true };
const shown = { id: 'f1', rating: 5, comment: '饭菜可口', submittedAt: AT, reply: null, commentHidden: false };

beforeEach(() => setRouterParams({ projectId: 'p1' }));

test('others see 评论已隐藏 with the stars, and the shown comments as before', async () => {
  serve({ getProject: () => detailOf({ rating: { average: 3.5, count: 2 }, feedback: [shown, hiddenForOthers] }) });
  render(<ProjectPage />);
  await screen.findByText('饭菜可口');
  const hidden = within(screen.getByText(LOCKS_TEXT.commentHidden).parentElement as HTMLElement);
  hidden.getByText(/★★☆☆☆/);
  expect(screen.getAllByText(LOCKS_TEXT.commentHidden)).toHaveLength(1);
  expect(document.getElementById('my-comment-hidden')).toBeNull();
});

test('the author sees that their comment was hidden, when and why', async () => {
  const mine = { ...hiddenForOthers, comment: '隔壁电话 138…', hidden: { at: AT, reason: '含有他人电话' } };
  serve({
    getProject: () => detailOf({ rating: { average: 2, count: 1 }, feedback: [hiddenForOthers], mine: { feedback: mine, joined: [] } }),
  });
  render(<ProjectPage />);
  await screen.findByText(LOCKS_TEXT.myCommentHidden(formatStamp(AT), '含有他人电话'));
});

test('the author of a hidden comment also sees the community’s reply to it, which others do not', async () => {
  const reply = { text: '已电话联系您', by: '社区工作者 王芳', who: { role: 'worker' as const, name: '王芳' }, at: AT };
  const mine = { ...hiddenForOthers, comment: '隔壁电话 138…', reply, hidden: { at: AT, reason: '含有他人电话' } };
  serve({
    getProject: () => detailOf({ rating: { average: 2, count: 1 }, feedback: [hiddenForOthers], mine: { feedback: mine, joined: [] } }),
  });
  render(<ProjectPage />);
  await screen.findByText('社区工作者 王芳回复：已电话联系您');
  expect(document.getElementById('my-comment-reply')).not.toBeNull();
});
