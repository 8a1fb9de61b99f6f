// Shared builders of API answers for the UI tests, each a shape the contract allows (the fake cloud parses them).
import type {
  TAspects,
  TAssessment,
  TCommunity,
  TGetSurveyOutput,
  TNeed,
  TProjectDetail,
  TProjectSummary,
  TRate,
  TStaff,
  TWhoamiOutput,
} from '../../../cloud/contract';
import { ASPECTS, RATE_TARGET_PERCENT, SURVEY_QUESTIONS, type TRole } from '../../../cloud/contract/rules';
import { rateOf } from '../../../cloud/core/rates';
import { PILOT_COMMUNITIES } from '../../../cloud/data/pilot-communities';
import { judge, scoreAssessment, zhoushan2017, type TScoreInput, type TState } from '../../../rubric';

/** 北园 and 桔南 (定海区), 大蒲湾 (普陀区): two districts, one with two communities. */
export const COMMUNITIES: TCommunity[] = PILOT_COMMUNITIES.slice(0, 3);
export const COMMUNITY_ID = 'dinghai-beiyuan';

/** whoami's answer: a resident unless other roles are given; a worker carries their community, an official is city-wide. */
export function whoami(roles: TRole[] = ['resident'], communityId: string | null = null): TWhoamiOutput {
  const community = PILOT_COMMUNITIES.find((c) => c.id === communityId) ?? null;
  const scope = roles.includes('official') ? { district: null, street: null } : null;
  return { openid: `test-${roles.join('-')}`, roles, communityId, community, scope, displayName: null, staffId: null };
}

export function surveyOf(community: TCommunity, alreadyAnswered = false): TGetSurveyOutput {
  return {
    round: { communityId: community.id, year: 2025 },
    community,
    questions: SURVEY_QUESTIONS.map((q) => ({ id: q.id, text: q.text, options: [...q.options] })),
    alreadyAnswered,
    answeredElsewhere: null,
    roundClosed: false,
    startToken: 'test-start-token',
  };
}

/** A rate as the server works it out from its counts (cloud/core/rates.ts), against the standard's target. */
export function rateFixture(count: number, n: number, households: number | null = null): TRate {
  const rate = rateOf(count, n, RATE_TARGET_PERCENT, households);
  if (!rate) throw new Error('a rate needs n > 0');
  return rate;
}

/** A project as listProjects gives it: 北园's 助老食堂 of 2025, just started; override what a test is about. */
export function summaryOf(partial: Partial<TProjectSummary> = {}): TProjectSummary {
  return {
    id: 'p1',
    communityId: COMMUNITY_ID,
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

/** The six aspects all scored `score`, or `completion` apart. */
export function aspectsOf(score: number, completion = score): TAspects {
  const aspects = Object.fromEntries(ASPECTS.map((a) => [a.id, score])) as TAspects;
  return { ...aspects, completion };
}

export function needOf(partial: Partial<TNeed> & Pick<TNeed, 'id' | 'text'>): TNeed {
  return { communityId: COMMUNITY_ID, category: null, submittedAt: '2026-05-01T02:00:00.000Z', project: null, ...partial };
}

/** scoreAssessment's answer, worked out by the rubric as the server does. */
export const scoreOf = (input: TScoreInput) => judge(zhoushan2017, scoreAssessment(zhoushan2017, input));

interface AssessmentParts {
  states?: Record<string, TState>;
  notes?: Record<string, string>;
  /** Counts of the two rates; none by default. */
  rates?: { awareness?: [number, number]; satisfaction?: [number, number] };
  setBy?: TStaff;
  setAt?: string;
}

/** 北园's 2025 assessment as getAssessment answers it: the saved items, the live rates, and the rubric's own score. */
export function assessmentOf({
  states = {},
  notes = {},
  rates = {},
  setBy = { role: 'official', name: '王评定' },
  setAt = '2025-06-01T02:00:00.000Z',
}: AssessmentParts = {}): TAssessment {
  const counts = Object.fromEntries(Object.entries(rates).map(([id, [count, n]]) => [id, { count, n }]));
  const score = scoreOf({ states, rates: counts, projects: [] });
  const ids = [...new Set([...Object.keys(states), ...Object.keys(notes)])];
  const live = (pair?: [number, number]) => (pair ? rateFixture(...pair) : null);
  return {
    communityId: COMMUNITY_ID,
    name: '北园社区',
    district: '定海区',
    year: 2025,
    items: ids.map((id) => ({ id, state: states[id] ?? null, note: notes[id] ?? null, setBy, setAt })),
    rates: { awareness: live(rates.awareness), satisfaction: live(rates.satisfaction) },
    responses: Math.max(0, ...Object.values(rates).map(([, n]) => n)),
    suppressed: Object.keys(rates).length === 0,
    projects: [],
    score,
  };
}

/** Types into a Taro Textarea/Input as the H5 runtime reports it: an `input` event with `detail.value`. */
export function typeInto(element: Element, value: string): void {
  element.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
}
