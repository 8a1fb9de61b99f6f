// getStandard, scoreAssessment (what-if), saveAssessment and getAssessment.
import { judge, scoreAssessment as score, type TJudgedScore, type TStandard } from '../../../rubric';
import {
  canScore,
  STANDARD,
  type TAssessment,
  type TGetAssessmentInput,
  type TListAssessmentsInput,
  type TListAssessmentsOutput,
  type TSaveAssessmentInput,
  type TScoreAssessmentInput,
} from '../../contract';
import type { AssessmentItemRecord } from '../../store/types';
import { loadAssessments } from '../assessment';
import { requireInScope, requireReadsIndicators, type Caller } from '../auth';
import type { Deps } from '../deps';
import { requireCommunity } from '../communities';

export async function getStandard(): Promise<TStandard> {
  return STANDARD;
}

export async function scoreAssessment(input: TScoreAssessmentInput): Promise<TJudgedScore> {
  return judge(STANDARD, score(STANDARD, input));
}

export async function getAssessment(input: TGetAssessmentInput, caller: Caller, deps: Deps): Promise<TAssessment> {
  requireReadsIndicators(caller);
  const community = await requireCommunity(input.communityId, deps);
  requireReadsIndicators(caller, community);
  const [assessment] = await loadAssessments([community], input.year, deps);
  return assessment;
}

/** The assessments of the year of every community in the caller's scope, in one answer: the officials' overview. */
export async function listAssessments(
  input: TListAssessmentsInput,
  caller: Caller,
  deps: Deps,
): Promise<TListAssessmentsOutput> {
  const communities = (await deps.store.listCommunities()).filter((c) => canScore(caller, c));
  return { year: input.year, assessments: await loadAssessments(communities, input.year, deps) };
}

const cleanNote = (note: string | null) => (note === null || note.trim() === '' ? null : note.trim());

/**
 * Merges the input into the saved items: a state or note sent replaces the saved one (null or ''
 * clears it), anything not sent stays. An item left with neither state nor note is deleted; an item
 * whose state and note end as they were keeps its setBy and setAt.
 */
export async function saveAssessment(input: TSaveAssessmentInput, caller: Caller, deps: Deps): Promise<TAssessment> {
  const community = await requireCommunity(input.communityId, deps);
  requireInScope(canScore(caller, community));
  const { communityId, year, states } = input;
  const notes = input.notes ?? {};
  const saved = new Map((await deps.store.getAssessmentItems(year, communityId)).map((i) => [i.itemId, i]));
  const setAt = deps.now().toISOString();
  const put: AssessmentItemRecord[] = [];
  const remove: string[] = [];
  for (const itemId of new Set([...Object.keys(states), ...Object.keys(notes)])) {
    const before = saved.get(itemId);
    const state = itemId in states ? states[itemId] : (before?.state ?? null);
    const note = itemId in notes ? cleanNote(notes[itemId]) : (before?.note ?? null);
    if (state === null && note === null) {
      if (before) remove.push(itemId);
    } else if (before?.state !== state || before?.note !== note) {
      put.push({ communityId, year, itemId, state, note, setBy: caller.openid, setAt });
    }
  }
  if (put.length > 0 || remove.length > 0) await deps.store.saveAssessmentItems(communityId, year, put, remove);
  const [assessment] = await loadAssessments([community], year, deps);
  return assessment;
}
