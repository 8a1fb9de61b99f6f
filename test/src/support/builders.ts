// Shared builders of API answers for the UI tests.
import type { TCommunity, TGetSurveyOutput, TRate } from '../../../cloud/contract';
import { SURVEY_QUESTIONS } from '../../../cloud/contract/survey-definition';

export const COMMUNITIES: TCommunity[] = [
  { id: 'dinghai-beiyuan', district: '定海区', street: '昌国街道', name: '北园社区', households: null },
  { id: 'dinghai-junan', district: '定海区', street: '城东街道', name: '桔南社区', households: null },
  { id: 'putuo-dapuwan', district: '普陀区', street: '沈家门街道', name: '大蒲湾社区', households: null },
];

export function surveyOf(community: TCommunity, alreadyAnswered = false): TGetSurveyOutput {
  return {
    round: { communityId: community.id, year: 2025 },
    community,
    questions: SURVEY_QUESTIONS.map((q) => ({ id: q.id, text: q.text, options: [...q.options] })),
    alreadyAnswered,
  };
}

export function rateOf(partial: Partial<TRate> & Pick<TRate, 'count' | 'n' | 'ci95'>): TRate {
  return {
    rate: partial.count / partial.n,
    meetsTarget: 100 * partial.count >= 85 * partial.n,
    confidentlyMeets: partial.ci95[0] >= 0.85,
    moreNeeded: null,
    ...partial,
  };
}
