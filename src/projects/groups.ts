// Projects under the standard's nine categories, in its order, with each category's count against the two-per-category rule.
import { CATEGORIES, MAX_PROJECTS_PER_CATEGORY, type TCategory } from '../../cloud/contract/rules';

export interface CategoryGroup<P> {
  category: TCategory;
  name: string;
  projects: P[];
  /** The category has its MAX_PROJECTS_PER_CATEGORY projects: no more may be published in it. */
  full: boolean;
}

/**
 * `withEmpty`: every category, those without projects too (staff see the rule for all nine);
 * otherwise only the categories that have projects (residents see what there is).
 */
export function groupByCategory<P extends { category: string }>(projects: readonly P[], { withEmpty = false } = {}): CategoryGroup<P>[] {
  return CATEGORIES.map(({ id, name }) => {
    const mine = projects.filter((p) => p.category === id);
    return { category: id, name, projects: mine, full: mine.length >= MAX_PROJECTS_PER_CATEGORY };
  }).filter((g) => withEmpty || g.projects.length > 0);
}
