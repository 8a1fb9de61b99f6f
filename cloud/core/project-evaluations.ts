// Seam for 二类: the third-party evaluations of a community's doorstep projects.
import type { TProjectEvaluation } from '../../rubric';
import type { Deps } from './deps';

/**
 * The evaluated doorstep projects of each community in a year. Doorstep projects and
 * saveProjectEvaluation come with issue 4; until then no community has any, so 二类 scores 0.
 */
export async function evaluatedProjects(
  _year: number,
  _communityIds: readonly string[],
  _deps: Deps,
): Promise<Map<string, TProjectEvaluation[]>> {
  return new Map();
}
