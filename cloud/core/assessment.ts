// A community's assessment of a year as officials see it: saved items, live Ⅱ-10 rates, projects, score and verdict.
import { judge, scoreAssessment, stateItems, type TProjectEvaluation, type TState } from '../../rubric';
import { STANDARD, type TAssessment, type TCommunity } from '../contract';
import type { AssessmentItemRecord, LockRecord, StoredTally } from '../store/types';
import { staffView } from './actors';
import { communityRates, rateCounts } from './community-rates';
import type { Deps } from './deps';
import { lockFields } from './locks';
import { evaluatedProjects } from './project-evaluations';

/** Position of each judged item in the standard, so saved items list in its order. */
const ORDER = new Map(stateItems(STANDARD).map((item, i) => [item.id, i]));

interface Sources {
  community: TCommunity;
  year: number;
  items: AssessmentItemRecord[];
  tally: StoredTally | undefined;
  projects: TProjectEvaluation[];
  lock: LockRecord | undefined;
}

/** The live assessment, or while the year is locked the figures stored with its final acceptance. */
function buildAssessment({ community, year, items, tally, projects, lock }: Sources): TAssessment {
  const head = { communityId: community.id, name: community.name, district: community.district, year };
  if (lock?.locked) return { ...head, ...lock.final.figures, ...lockFields(lock) };
  // Items of another standard (saved before a change of standard) are not scored on this one.
  const current = items.filter((i) => ORDER.has(i.itemId)).sort((a, b) => ORDER.get(a.itemId)! - ORDER.get(b.itemId)!);
  const states: Record<string, TState> = {};
  for (const i of current) if (i.state) states[i.itemId] = i.state;
  const { responses, suppressed, ...rates } = communityRates(tally, community);
  const score = judge(STANDARD, scoreAssessment(STANDARD, { states, rates: rateCounts(rates), projects }));
  return {
    ...head,
    items: current.map((i) => ({
      id: i.itemId,
      state: i.state,
      note: i.note,
      reason: i.reason,
      // Items saved before names were kept were set by an official (only officials score).
      setBy: staffView({ role: i.setByRole ?? 'official', name: i.setByName }),
      setAt: i.setAt,
    })),
    rates,
    responses,
    suppressed,
    projects,
    score,
    ...lockFields(lock),
  };
}

const groupBy = <T extends { communityId: string }>(list: T[]) => {
  const map = new Map<string, T[]>();
  for (const x of list) {
    const group = map.get(x.communityId);
    if (group) group.push(x);
    else map.set(x.communityId, [x]);
  }
  return map;
};

/**
 * The assessments of these communities in a year, from one read each of items, tallies, projects and locks. A caller
 * that needs the tallies too passes its own read of them (the year's, or the one community's), so they are read once.
 */
export async function loadAssessments(
  communities: TCommunity[],
  year: number,
  deps: Deps,
  talliesRead?: Promise<StoredTally[]>,
): Promise<TAssessment[]> {
  if (communities.length === 0) return [];
  const only = communities.length === 1 ? communities[0].id : undefined;
  const [items, tallies, projects, locks] = await Promise.all([
    deps.store.getAssessmentItems(year, only),
    talliesRead ?? deps.store.getTallies(year, only),
    evaluatedProjects(
      year,
      communities.map((c) => c.id),
      deps,
    ),
    deps.store.getLocks(year, only),
  ]);
  const lockOf = new Map(locks.map((l) => [l.communityId, l]));
  const itemsOf = groupBy(items);
  const tallyOf = new Map(tallies.map((t) => [t.communityId, t]));
  return communities.map((community) =>
    buildAssessment({
      community,
      year,
      items: itemsOf.get(community.id) ?? [],
      tally: tallyOf.get(community.id),
      projects: projects.get(community.id) ?? [],
      lock: lockOf.get(community.id),
    }),
  );
}
