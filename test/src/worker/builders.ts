// Answers of the project calls for the workers' page tests.
import type { TProjectDetail, TProjectSummary } from '../../../cloud/contract';

export function summaryOf(partial: Partial<TProjectSummary> & Pick<TProjectSummary, 'id'>): TProjectSummary {
  return {
    communityId: 'dinghai-beiyuan',
    year: 2025,
    category: 'elderly_care',
    title: '助老食堂',
    summary: '为高龄老人送餐',
    stage: 'needs_research',
    activityCount: 0,
    servedTotal: 0,
    rating: { average: null, count: 0 },
    joined: { volunteer: 0, supervisor: 0, evaluator: 0 },
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
    ...partial,
  };
}

export function detailOf(partial: Partial<TProjectDetail> = {}): TProjectDetail {
  return {
    ...summaryOf({ id: 'p1' }),
    plan: '',
    reflection: '',
    history: [],
    activities: [],
    feedback: [],
    mine: { feedback: null, joined: [] },
    evaluation: null,
    canManage: true,
    ...partial,
  };
}
