// Where 二类 comes from: the third-party evaluations of a community's doorstep projects of the year.
import type { TProjectEvaluation } from '../../rubric';
import type { Deps } from './deps';

/** The evaluated doorstep projects of each community in a year (category and six aspects each). */
export async function evaluatedProjects(
  year: number,
  communityIds: readonly string[],
  deps: Deps,
): Promise<Map<string, TProjectEvaluation[]>> {
  const projects = await deps.store.listProjects({ year, communityIds: [...communityIds] });
  const byCommunity = new Map<string, TProjectEvaluation[]>();
  for (const p of projects) {
    if (!p.evaluation) continue;
    const list = byCommunity.get(p.communityId) ?? [];
    list.push({ id: p.id, category: p.category, aspects: { ...p.evaluation.aspects } });
    byCommunity.set(p.communityId, list);
  }
  return byCommunity;
}
