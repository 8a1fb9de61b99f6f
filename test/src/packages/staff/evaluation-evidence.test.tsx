// The evaluator's screen: the list marks which projects are evaluated; an opened project shows its evidence (stage
// history, activities with their photos, ratings, joined residents) beside the six scores, entered and shown in 分.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TProjectDetail } from '../../../../cloud/contract';
import { ASPECTS } from '../../../../cloud/contract/rules';
import { setRouterParams } from '../../support/taro';
import { COMMUNITIES, detailOf, summaryOf, typeInto } from '../../support/builders';
import { serve } from '../../support/fake-cloud';
import { hasUnsavedWork } from '../../../../src/common/hooks/useUnsavedGuard';
import { EVALUATION_TEXT } from '../../../../src/text/evaluation';
import EvaluationPage from '../../../../src/packages/staff/evaluation/index';
import { EvidencePanel } from '../../../../src/packages/staff/evaluation/EvidencePanel';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const MEALS = summaryOf({ stage: 'implementation', evaluated: true, activityCount: 2, servedTotal: 45 });
const TALKS = summaryOf({ id: 'p2', category: 'public_health', title: '健康讲座', evaluated: false });
const who = { role: 'worker' as const, name: '王芳' };
const activity = (id: string, date: string, servedCount: number, photos?: TProjectDetail['activities'][number]['photos']) => ({
  id,
  date,
  description: `${date} 送餐`,
  servedCount,
  recordedBy: '社区工作者 王芳',
  who,
  recordedAt: `${date}T02:00:00.000Z`,
  ...(photos ? { photos } : {}),
});
const photo = (k: number) => ({
  fileId: `${String(k).padStart(32, '0')}.jpg`,
  url: `/files/p-${k}.jpg`,
  name: `p-${k}.jpg`,
  type: 'image/jpeg' as const,
  size: 1000,
});
const detail: TProjectDetail = detailOf({
  ...MEALS,
  history: [
    { from: 'needs_research', to: 'needs_analysis', by: '社区工作者 王芳', who, at: '2025-03-10T02:00:00.000Z', reason: null },
    { from: 'design', to: 'needs_analysis', by: '社区工作者 王芳', who, at: '2025-04-01T02:00:00.000Z', reason: '方案需重做' },
  ],
  // Photos as getProject answers them (links that work for a while); activities recorded before photos have none.
  activities: [activity('a2', '2025-05-02', 25, [photo(1), photo(2)]), activity('a1', '2025-04-20', 20)],
  rating: { average: 4.5, count: 12 },
  joined: { volunteer: 3, supervisor: 1, evaluator: 2 },
  evaluation: null,
});

beforeEach(() => {
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  serve({
    listCommunities: () => ({ communities: COMMUNITIES }),
    listProjects: () => ({ projects: [MEALS, TALKS] }),
    getProject: () => detail,
  });
});

test('the list marks each project 已评估 or 未评估', async () => {
  render(<EvaluationPage />);
  await screen.findByText('助老食堂');
  screen.getByText(EVALUATION_TEXT.evaluatedCount(1, 2));
  within(document.getElementById('project-p1') as HTMLElement).getByText('已评估');
  within(document.getElementById('project-p2') as HTMLElement).getByText('未评估');
});

test('an opened project shows its evidence beside the six scores, and the scores in 分', async () => {
  render(<EvaluationPage />);
  await screen.findByText('助老食堂');
  act(() => void fireEvent.click(within(document.getElementById('project-p1') as HTMLElement).getByText(EVALUATION_TEXT.open)));
  const evidence = within(await screen.findByText(EVALUATION_TEXT.evidence).then(() => document.getElementById('evidence') as HTMLElement));
  evidence.getByText(EVALUATION_TEXT.stageNow('项目实施'));
  evidence.getByText(/社区工作者 王芳：需求调研 → 需求分析$/);
  evidence.getByText(/社区工作者 王芳：项目设计 → 需求分析$/);
  evidence.getByText(EVALUATION_TEXT.historyReason('方案需重做'));
  evidence.getByText(EVALUATION_TEXT.activities(2, 45));
  evidence.getByText(EVALUATION_TEXT.activityLine('2025-05-02', 25));
  within(document.getElementById('evidence-ratings') as HTMLElement).getByText(EVALUATION_TEXT.ratingLine('4.5', 12));
  const joined = within(document.getElementById('evidence-joined') as HTMLElement);
  for (const line of ['志愿者 3 人', '监督者 1 人', '评价者 2 人']) joined.getByText(line);

  // Scores typed in 分: their mean in 分, the 得分率 beside it, no bare ratio.
  // (90 + 80 + 85 + 70 + 95 + 88) / 6 = 508 / 6 = 84.666… → 84.67 分, 得分率 84.67%.
  const typed = [90, 80, 85, 70, 95, 88];
  ASPECTS.forEach((a, k) => act(() => typeInto(document.querySelector(`#aspect-${a.id} taro-input-core`)!, String(typed[k]))));
  screen.getByText('六项平均 84.67 分（得分率 84.67%）');
  expect(screen.queryByText(/0\.8467/)).toBeNull();
  expect(document.querySelectorAll('.aspect-row__unit')).toHaveLength(6);
  // Typed and not saved: leaving asks first.
  expect(hasUnsavedWork()).toBe(true);
});

test('activities show their photos', () => {
  render(<EvidencePanel project={detail} />);
  // Two photos on the newer activity, none on the older.
  const photos = (id: string) =>
    Array.from(document.getElementById(id)!.querySelectorAll('.evidence__photo')).map((p) => p.getAttribute('src'));
  expect(photos('activity-a2')).toEqual(['/files/p-1.jpg', '/files/p-2.jpg']);
  expect(photos('activity-a1')).toEqual([]);
});
