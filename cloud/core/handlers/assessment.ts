// getStandard, scoreAssessment (what-if), saveAssessment and getAssessment.
import { judge, scoreAssessment as score, type TJudgedScore, type TStandard } from '../../../rubric';
import {
  STANDARD,
    type TAssessment,
  type TGetAssessmentInput,
  type TListAssessmentsInput,
  type TListAssessmentsOutput,
  type TSaveAssessmentInput,
  type TScoreAssessmentInput,
} from '../../contract';
import type { AssessmentItemRecord } from '../../store/types';
import { actorOf } from '../actors';
import { loadAssessments } from '../assessment';
import { recordAudit, type AuditDraft } from '../audit';
import { requireReadsIndicators, type Caller } from '../auth';
import type { Deps } from '../deps';
import { requireCommunity } from '../communities';

export async function getStandard(): Promise<TStandard> {
  return STANDARD;
}

export async function scoreAssessment(input: TScoreAssessmentInput): Promise<TJudgedScore> {
  return judge(STANDARD, score(STANDARD, input));
}


export async function getAssessment(input: TGetAssessmentInput, caller: Caller, deps: Deps): Promise<TAssessment> {
  requireReadsIndicators(caller, input.communityId);
  const [assessment] = await loadAssessments([await requireCommunity(input.communityId, deps)], input.year, deps);
  return assessment;
}

/** Every community's assessment of the year, in one answer: the officials' city overview. */
export async function listAssessments(
  input: TListAssessmentsInput,
  _caller: Caller,
  deps: Deps,
): Promise<TListAssessmentsOutput> {
  return { year: input.year, assessments: await loadAssessments(await deps.store.listCommunities(), input.year, deps) };
}

const cleanNote = (note: string | null) => (note === null || note.trim() === '' ? null : note.trim());

/**
 * Merges the input into the saved items: a state or note sent replaces the saved one (null or ''
 * clears it), anything not sent stays. An item left with neither state nor note is deleted; an item
 * whose state and note end as they were keeps its setBy and setAt.
 */
export async function saveAssessment(input: TSaveAssessmentInput, caller: Caller, deps: Deps): Promise<TAssessment> {
  const community = await requireCommunity(input.communityId, deps);
  const { communityId, year, states } = input;
  const notes = input.notes ?? {};
  const saved = new Map((await deps.store.getAssessmentItems(year, communityId)).map((i) => [i.itemId, i]));
  const setAt = deps.now().toISOString();
  const put: AssessmentItemRecord[] = [];
  const remove: string[] = [];
  const changes: AuditDraft[] = [];
  const logged = (i: { state: AssessmentItemRecord['state']; note: string | null } | undefined) => (i ? { state: i.state, note: i.note } : null);
  for (const itemId of new Set([...Object.keys(states), ...Object.keys(notes)])) {
    const before = saved.get(itemId);
    const state = itemId in states ? states[itemId] : (before?.state ?? null);
    const note = itemId in notes ? cleanNote(notes[itemId]) : (before?.note ?? null);
    if (state === null && note === null) {
      if (!before) continue;
      remove.push(itemId);
      changes.push({ action: 'item', communityId, year, target: itemId, from: logged(before), to: null });
    } else if (before?.state !== state || before?.note !== note) {
      put.push({ communityId, year, itemId, state, note, setBy: caller.openid, setAt });
      changes.push({ action: 'item', communityId, year, target: itemId, from: logged(before), to: { state, note } });
    }
  }
  if (put.length > 0 || remove.length > 0) await deps.store.saveAssessmentItems(communityId, year, put, remove);
  await recordAudit(deps, actorOf(caller), changes);
  const [assessment] = await loadAssessments([community], year, deps);
  return assessment;
}
