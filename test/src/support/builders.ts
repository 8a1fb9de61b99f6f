// Shared builders of API answers for the UI tests.
import type { TCommunity, TGetSurveyOutput, TProjectDetail, TProjectSummary, TRate } from '../../../cloud/contract';
import { SURVEY_QUESTIONS } from '../../../cloud/contract/rules';
import { PILOT_COMMUNITIES } from '../../../cloud/data/pilot-communities';

/** 北园 and 桔南 (定海区), 大蒲湾 (普陀区): two districts, one with two communities. */
export const COMMUNITIES: TCommunity[] = PILOT_COMMUNITIES.slice(0, 3);

export function surveyOf(community: TCommunity, alreadyAnswered = false): TGetSurveyOutput {
  return {
    round: { communityId: community.id, year: 2025 },
    community,
    questions: SURVEY_QUESTIONS.map((q) => ({ id: q.id, text: q.text, options: [...q.options] })),
    alreadyAnswered,
    answeredElsewhere: null,
  };
}

/** A rate answer as getIndicators gives it, from its counts and interval; flags derived unless given. */
export function rateFixture(partial: Partial<TRate> & Pick<TRate, 'count' | 'n' | 'ci95'>): TRate {
  const [low, high] = partial.ci95;
  return {
    rate: partial.count / partial.n,
    meetsTarget: 100 * partial.count >= 85 * partial.n,
    confidentlyMeets: low >= 0.85,
    verdict: low >= 0.85 ? 'met' : high < 0.85 ? 'missed' : 'unsettled',
    moreNeeded: null,
    ...partial,
  };
}

/** A project as listProjects gives it: 北园's 助老食堂 of 2025, just started; override what a test is about. */
export function summaryOf(partial: Partial<TProjectSummary> = {}): TProjectSummary {
  return {
    id: 'p1',
    communityId: 'dinghai-beiyuan',
    year: 2025,
    category: 'elderly_care',
    title: '助老食堂',
    summary: '为高龄老人送餐',
    stage: 'needs_research',
    revision: 1,
    activityCount: 0,
    servedTotal: 0,
    rating: { average: null, count: 0 },
    joined: { volunteer: 0, supervisor: 0, evaluator: 0 },
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
    ...partial,
  };
}

/** The same project as getProject gives it to a reader who does not run it (canManage false). */
export function detailOf(partial: Partial<TProjectDetail> = {}): TProjectDetail {
  return {
    ...summaryOf(partial),
    plan: '',
    reflection: '',
    history: [],
    activities: [],
    feedback: [],
    feedbackTotal: 0,
    mine: { feedback: null, joined: [] },
    evaluation: null,
    canManage: false,
    ...partial,
  };
}
