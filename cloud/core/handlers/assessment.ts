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
import { actorOf } from '../actors';
import { loadAssessments } from '../assessment';
import { recordAudit } from '../audit';
import { requireInScope, requireReadsIndicators, type Caller } from '../auth';
import type { Deps } from '../deps';
import { requireCommunity } from '../communities';
import { itemChanges } from '../item-changes';
import { requireUnlocked } from '../locks';

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
export async function listAssessments(input: TListAssessmentsInput, caller: Caller, deps: Deps): Promise<TListAssessmentsOutput> {
  const communities = (await deps.store.listCommunities()).filter((c) => canScore(caller, c));
  return { year: input.year, assessments: await loadAssessments(communities, input.year, deps) };
}

/** Merges the input into the saved items (item-changes.ts), then logs each change. */
export async function saveAssessment(input: TSaveAssessmentInput, caller: Caller, deps: Deps): Promise<TAssessment> {
  const community = await requireCommunity(input.communityId, deps);
  requireInScope(canScore(caller, community));
  const { communityId, year } = input;
  await requireUnlocked(communityId, year, deps);
  const saved = new Map((await deps.store.getAssessmentItems(year, communityId)).map((i) => [i.itemId, i]));
  const actor = actorOf(caller);
  const stamp = { setBy: actor.openid, setByRole: actor.role, setByName: actor.name, setAt: deps.now().toISOString() };
  const { put, remove, audit } = itemChanges(input, saved, stamp);
  if (put.length > 0 || remove.length > 0) await deps.store.saveAssessmentItems(communityId, year, put, remove);
  await recordAudit(deps, actor, audit);
  const [assessment] = await loadAssessments([community], year, deps);
  return assessment;
}
