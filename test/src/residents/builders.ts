// Builders of project and need answers for the residents' UI tests.
import type { TNeed, TProjectDetail, TProjectSummary } from '../../../cloud/contract';

export const COMMUNITY_ID = 'dinghai-beiyuan';

export function summaryOf(partial: Partial<TProjectSummary> & Pick<TProjectSummary, 'id'>): TProjectSummary {
  return {
    communityId: COMMUNITY_ID,
    year: 2026,
    category: 'elderly_care',
    title: `项目 ${partial.id}`,
    summary: '',
    stage: 'needs_research',
    activityCount: 0,
    servedTotal: 0,
    rating: { average: null, count: 0 },
    joined: { volunteer: 0, supervisor: 0, evaluator: 0 },
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
    ...partial,
  };
}

export function detailOf(partial: Partial<TProjectDetail> & Pick<TProjectDetail, 'id'>): TProjectDetail {
  return {
    ...summaryOf(partial),
    plan: '',
    reflection: '',
    history: [],
    activities: [],
    feedback: [],
    mine: { feedback: null, joined: [] },
    evaluation: null,
    canManage: false,
    ...partial,
  };
}

export function needOf(partial: Partial<TNeed> & Pick<TNeed, 'id' | 'text'>): TNeed {
  return { communityId: COMMUNITY_ID, category: null, submittedAt: '2026-05-01T02:00:00.000Z', project: null, ...partial };
}

/** Types into a Taro Textarea/Input as the H5 runtime reports it: an `input` event with `detail.value`. */
export function typeInto(element: Element, value: string): void {
  element.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
}
