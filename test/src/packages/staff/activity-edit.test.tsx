// Correcting and removing an activity on the staff project page: each needs a reason (refused before any call),
// the correction sends every field with the kept photos, and the timeline shows the project the server answers.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TProjectDetail } from '../../../../cloud/contract';
import { setRouterParams } from '../../support/taro';
import { detailOf, typeInto } from '../../support/builders';
import { answerAlso, callsOf, serve } from '../../support/fake-cloud';
import { ACTIVITY_TEXT } from '../../../../src/text/activities';
import ProjectPage from '../../../../src/packages/staff/project/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const WORKER = { role: 'worker' as const, name: '王芳' };
const meal: TProjectDetail['activities'][number] = {
  id: 'a1',
  date: '2025-05-20',
  description: '为 12 位高龄老人送午餐',
  servedCount: 12,
  recordedBy: '社区工作者 王芳',
  who: WORKER,
  recordedAt: '2025-05-20T02:00:00.000Z',
  photos: [{ fileId: 'p1.png', url: '/files/p1.png?e=1&n=a&s=x', name: '送餐.png', type: 'image/png', size: 10 }],
};
const detail = detailOf({ canManage: true, activities: [meal], activityCount: 1, servedTotal: 12 });

beforeEach(() => {
  serve({ getProject: () => detail });
  setRouterParams({ projectId: 'p1' });
});
const row = () => within(document.getElementById('activity-a1') as HTMLElement);
const click = (el: Element) => act(() => void fireEvent.click(el));
const type = (id: string, value: string) => act(() => typeInto(document.querySelector(`#${id}`)!, value));

test('a correction needs a reason, then sends every field with the kept photo', async () => {
  render(<ProjectPage />);
  await screen.findByText('为 12 位高龄老人送午餐');
  click(row().getByText(ACTIVITY_TEXT.edit));
  type('activity-edit-served', '15');
  click(row().getByText(ACTIVITY_TEXT.save));
  row().getByText(ACTIVITY_TEXT.needReason);
  expect(callsOf('updateActivity')).toHaveLength(0);

  answerAlso({ updateActivity: (d) => ({ ...detail, servedTotal: d.servedCount, activities: [{ ...meal, servedCount: d.servedCount }] }) });
  type('activity-edit-reason', '人数记错了');
  click(row().getByText(ACTIVITY_TEXT.save));
  await screen.findByText(ACTIVITY_TEXT.saved);
  expect(callsOf('updateActivity')).toEqual([
    {
      projectId: 'p1',
      activityId: 'a1',
      date: '2025-05-20',
      description: '为 12 位高龄老人送午餐',
      servedCount: 15,
      photos: ['p1.png'],
      reason: '人数记错了',
    },
  ]);
  screen.getByText('2025-05-20 · 服务 15 人');
});

test('a removal needs a reason; the activity leaves the timeline', async () => {
  render(<ProjectPage />);
  await screen.findByText('为 12 位高龄老人送午餐');
  click(row().getByText(ACTIVITY_TEXT.remove));
  click(row().getByText(ACTIVITY_TEXT.confirmRemove));
  row().getByText(ACTIVITY_TEXT.needReason);
  expect(callsOf('removeActivity')).toHaveLength(0);

  answerAlso({ removeActivity: () => ({ ...detail, activities: [], activityCount: 0, servedTotal: 0 }) });
  type('activity-remove-reason', '活动改期，未举办');
  click(row().getByText(ACTIVITY_TEXT.confirmRemove));
  await screen.findByText(ACTIVITY_TEXT.removed);
  expect(callsOf('removeActivity')).toEqual([{ projectId: 'p1', activityId: 'a1', reason: '活动改期，未举办' }]);
  expect(document.getElementById('activity-a1')).toBeNull();
});
