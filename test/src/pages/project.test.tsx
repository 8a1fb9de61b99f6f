// One project for residents: stage, history and timeline; ratings; my rating (kept when sending fails); join and leave.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { setRouterParams } from '../support/taro';
import { detailOf, typeInto } from '../support/builders';
import { callsOf, serve, type Handlers } from '../support/fake-cloud';
import { RESIDENTS_TEXT } from '../../../src/text/residents';
import { COMMON_TEXT } from '../../../src/text/common';
import { ApiCallError } from '../../../src/common/api/cloud';
import type { TProjectDetail } from '../../../cloud/contract';
import ProjectPage from '../../../src/pages/project/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

type Feedback = TProjectDetail['feedback'][number];
const feedback = (id: string, rating: number, comment: string | null, extra: Partial<Feedback> = {}): Feedback => ({
  id,
  rating,
  comment,
  submittedAt: '2026-06-02T02:00:00.000Z',
  reply: null,
  ...extra,
});

const PROJECT = detailOf({
  id: 'p1',
  title: '助老食堂',
  summary: '为高龄老人提供午餐',
  plan: '每周一至周五中午供餐',
  stage: 'design',
  history: [
    { from: 'needs_research', to: 'needs_analysis', by: 'w', at: '2026-03-02T02:00:00.000Z', reason: null },
    { from: 'needs_analysis', to: 'design', by: 'w', at: '2026-04-02T02:00:00.000Z', reason: null },
  ],
  activityCount: 1,
  servedTotal: 30,
  activities: [
    { id: 'a1', date: '2026-05-20', description: '试运行午餐', servedCount: 30, recordedBy: 'w', recordedAt: '2026-05-20T08:00:00.000Z' },
  ],
  rating: { average: 3.5, count: 2 },
  feedback: [
    feedback('f1', 5, '饭菜可口', { reply: { text: '谢谢您的肯定', by: 'w', at: '2026-06-03T02:00:00.000Z' } }),
    feedback('f2', 2, null),
  ],
});

let current: TProjectDetail;
function serveProject(handlers: Handlers = {}) {
  serve({ getProject: () => current, ...handlers });
}

const click = (text: string) => act(() => void fireEvent.click(screen.getByText(text)));
const tapStar = (n: number) => act(() => void fireEvent.click(document.getElementById(`star-${n}`) as HTMLElement));
const commentBox = () => document.querySelector('#my-rating taro-textarea-core') as Element;

async function open() {
  render(<ProjectPage />);
  await screen.findByText('助老食堂');
}

beforeEach(() => {
  current = PROJECT;
  setRouterParams({ projectId: 'p1' });
});

test('shows what the project is, its stage with history, and the activity timeline', async () => {
  serveProject();
  await open();
  screen.getByText('养老服务类');
  screen.getByText('为高龄老人提供午餐');
  screen.getByText('每周一至周五中午供餐');
  screen.getByText('现在：项目设计 · 第 3 步，共 5 步');
  screen.getByText('2026-03-02：需求调研 → 需求分析');
  screen.getByText('2026-04-02：需求分析 → 项目设计');
  screen.getByText('2026-05-20');
  screen.getByText('试运行午餐');
  screen.getByText('服务 30 人次');
});

test("shows the average, the comments and the workers' replies", async () => {
  serveProject();
  await open();
  screen.getByText(RESIDENTS_TEXT.ratingSummary(3.5, 2));
  screen.getByText('饭菜可口');
  screen.getByText('社区回复：谢谢您的肯定');
});

test('rating 4 stars with a comment sends exactly that, then says it was received', async () => {
  serveProject({
    submitFeedback: (d) => {
      current = {
        ...PROJECT,
        rating: { average: 11 / 3, count: 3 },
        mine: { feedback: feedback('f3', d.rating, d.comment ?? null), joined: [] },
      };
      return current;
    },
  });
  await open();
  click(RESIDENTS_TEXT.sendRating);
  screen.getByText(RESIDENTS_TEXT.chooseStars);
  expect(callsOf('submitFeedback')).toHaveLength(0);

  tapStar(4);
  screen.getByText('满意');
  act(() => typeInto(commentBox(), '  饭菜再软一点就好了 '));
  screen.getByText('9/500 字');
  click(RESIDENTS_TEXT.sendRating);
  await screen.findByText(RESIDENTS_TEXT.ratingSent);
  expect(callsOf('submitFeedback')).toEqual([{ projectId: 'p1', rating: 4, comment: '饭菜再软一点就好了' }]);
  // Rated: sending again replaces it, and the page says so.
  screen.getByText(RESIDENTS_TEXT.replaces);
  screen.getByText(RESIDENTS_TEXT.sendAgain);
});

test('stars alone send no comment; an earlier rating is shown and replaced', async () => {
  current = { ...PROJECT, mine: { feedback: feedback('f9', 2, '太咸'), joined: [] } };
  serveProject({ submitFeedback: () => current });
  await open();
  screen.getByText(RESIDENTS_TEXT.replaces);
  expect(document.querySelectorAll('.star--on')).toHaveLength(2);
  act(() => typeInto(commentBox(), ''));
  tapStar(5);
  click(RESIDENTS_TEXT.sendAgain);
  await screen.findByText(RESIDENTS_TEXT.ratingSent);
  expect(callsOf('submitFeedback')).toEqual([{ projectId: 'p1', rating: 5 }]);
});

test('a failed send keeps the stars and the comment, and can be sent again', async () => {
  let attempts = 0;
  serveProject({
    submitFeedback: async (d) => {
      attempts += 1;
      if (attempts === 1) throw new ApiCallError('NETWORK', COMMON_TEXT.networkError);
      if (attempts === 2) throw new ApiCallError('CONTENT_REJECTED', '内容可能含有广告或推销信息，请删去推销、联系方式和链接后再提交。');
      return { ...PROJECT, mine: { feedback: feedback('f3', d.rating, d.comment ?? null), joined: [] } };
    },
  });
  await open();
  tapStar(3);
  act(() => typeInto(commentBox(), '还行'));
  click(RESIDENTS_TEXT.sendRating);
  await screen.findByText(`${COMMON_TEXT.networkError} ${RESIDENTS_TEXT.keptDraft}`);
  expect(commentBox().getAttribute('value')).toBe('还行');
  expect(document.querySelectorAll('.star--on')).toHaveLength(3);
  click(RESIDENTS_TEXT.sendRating);
  await screen.findByText(`内容可能含有广告或推销信息，请删去推销、联系方式和链接后再提交。 ${RESIDENTS_TEXT.contentKept}`);
  expect(commentBox().getAttribute('value')).toBe('还行');
  click(RESIDENTS_TEXT.sendRating);
  await screen.findByText(RESIDENTS_TEXT.ratingSent);
  expect(callsOf('submitFeedback')).toHaveLength(3);
});

test('joins as 志愿者, shows it, and leaves again', async () => {
  serveProject({
    joinProject: (d) => ({ ...current, joined: { ...current.joined, volunteer: 1 }, mine: { feedback: null, joined: [d.as] } }),
    leaveProject: () => ({ ...current, mine: { feedback: null, joined: [] } }),
  });
  await open();
  const roles = within(document.getElementById('join-roles') as HTMLElement);
  roles.getByText('报名当监督者');
  roles.getByText('报名当评价者');
  click('报名当志愿者');
  await screen.findByText('✓ 已报名志愿者（点此退出）');
  screen.getByText(RESIDENTS_TEXT.joined('志愿者'));
  screen.getByText('志愿者 1 人 · 监督者 0 人 · 评价者 0 人');
  expect(callsOf('joinProject')).toEqual([{ projectId: 'p1', as: 'volunteer' }]);

  click('✓ 已报名志愿者（点此退出）');
  await screen.findByText('报名当志愿者');
  screen.getByText(RESIDENTS_TEXT.left('志愿者'));
  expect(callsOf('leaveProject')).toEqual([{ projectId: 'p1', as: 'volunteer' }]);
});

test('a failed join says why and changes nothing', async () => {
  serveProject({ joinProject: () => Promise.reject(new ApiCallError('NETWORK', COMMON_TEXT.networkError)) });
  await open();
  click('报名当监督者');
  await screen.findByText(COMMON_TEXT.networkError);
  screen.getByText('报名当监督者');
});

test('a failed load shows the error with a retry', async () => {
  let attempts = 0;
  serveProject({
    getProject: async () => {
      attempts += 1;
      if (attempts === 1) throw new ApiCallError('NETWORK', COMMON_TEXT.networkError);
      return PROJECT;
    },
  });
  render(<ProjectPage />);
  await screen.findByText(COMMON_TEXT.networkError);
  click(COMMON_TEXT.retry);
  await screen.findByText('助老食堂');
});
