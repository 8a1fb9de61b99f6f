// Shared builders of API answers for the UI tests.
import type { TCommunity, TGetSurveyOutput, TRate } from '../../../cloud/contract';
import { SURVEY_QUESTIONS } from '../../../cloud/contract/survey-definition';
import { PILOT_COMMUNITIES } from '../../../cloud/data/pilot-communities';

/** 北园 and 桔南 (定海区), 大蒲湾 (普陀区): two districts, one with two communities. */
export const COMMUNITIES: TCommunity[] = PILOT_COMMUNITIES.slice(0, 3);

export function surveyOf(community: TCommunity, alreadyAnswered = false): TGetSurveyOutput {
  return {
    round: { communityId: community.id, year: 2025 },
    community,
    questions: SURVEY_QUESTIONS.map((q) => ({ id: q.id, text: q.text, options: [...q.options] })),
    alreadyAnswered,
  };
}

/** A rate answer as getIndicators gives it, from its counts and interval; flags derived unless given. */
export function rateFixture(partial: Partial<TRate> & Pick<TRate, 'count' | 'n' | 'ci95'>): TRate {
  return {
    rate: partial.count / partial.n,
    meetsTarget: 100 * partial.count >= 85 * partial.n,
    confidentlyMeets: partial.ci95[0] >= 0.85,
    moreNeeded: null,
    ...partial,
  };
}
