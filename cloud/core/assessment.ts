// A community's assessment of a year as officials see it: saved items, live Ⅱ-10 rates, projects, score and verdict.
import { judge, scoreAssessment, stateItems, type TProjectEvaluation, type TState } from '../../rubric';
import { STANDARD, type TAssessment, type TCommunity, type TStaff } from '../contract';
import type { AssessmentItemRecord, LockRecord, StoredTally } from '../store/types';
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
    items: current.map((i) => ({ id: i.itemId, state: i.state, note: i.note, reason: i.reason, setBy: i.setBy, setAt: i.setAt })),
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
 * Who set each saved item, as answers show staff (role and display name): one role read per distinct person,
 * all at once. An admin by ADMIN_OPENIDS is 管理员; someone whose post was revoked since is shown as 民政部门, unnamed.
 */
async function withAssessors(assessments: TAssessment[], deps: Deps): Promise<TAssessment[]> {
  const openids = [...new Set(assessments.flatMap((a) => a.items.map((i) => i.setBy)))];
  if (openids.length === 0) return assessments;
  const roles = await Promise.all(openids.map((o) => deps.store.getRole(o)));
  const byOpenid = new Map<string, TStaff>(
    openids.map((openid, k): [string, TStaff] => {
      const role = roles[k];
      const name = role?.displayName ?? null;
      if (deps.config.adminOpenids.has(openid)) return [openid, { role: 'admin', name }];
      return [openid, { role: role?.role ?? 'official', name }];
    }),
  );
  return assessments.map((a) => ({ ...a, items: a.items.map((i) => ({ ...i, by: byOpenid.get(i.setBy) })) }));
}

/** The assessments of these communities in a year, from one read each of items, tallies, projects and locks. */
export async function loadAssessments(communities: TCommunity[], year: number, deps: Deps): Promise<TAssessment[]> {
  if (communities.length === 0) return [];
  const only = communities.length === 1 ? communities[0].id : undefined;
  const [items, tallies, projects, locks] = await Promise.all([
    deps.store.getAssessmentItems(year, only),
    deps.store.getTallies(year, only),
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
  const built = communities.map((community) =>
    buildAssessment({
      community,
      year,
      items: itemsOf.get(community.id) ?? [],
      tally: tallyOf.get(community.id),
      projects: projects.get(community.id) ?? [],
      lock: lockOf.get(community.id),
    }),
  );
  return withAssessors(built, deps);
}
