// Projects under the standard's categories: in its order, with or without the empty ones, full at the standard's limit.
import { CATEGORIES, MAX_PROJECTS_PER_CATEGORY } from '../../../cloud/contract/rules';
import { groupByCategory } from '../../../src/projects/groups';
import { summaryOf } from '../support/builders';

/** One elderly-care project, and as many volunteering ones as a category may hold. */
const volunteering = Array.from({ length: MAX_PROJECTS_PER_CATEGORY }, (_, i) => summaryOf({ id: `v${i}`, category: 'volunteering' }));
const PROJECTS = [volunteering[0], summaryOf({ id: 'e', category: 'elderly_care' }), ...volunteering.slice(1)];

test("residents see only the categories that have projects, in the standard's order", () => {
  expect(groupByCategory(PROJECTS).map((g) => [g.name, g.projects.map((p) => p.id)])).toEqual([
    ['养老服务', ['e']],
    ['志愿服务', volunteering.map((p) => p.id)],
  ]);
  expect(groupByCategory([])).toEqual([]);
});

test("staff see every category; one holding the limit's number of projects is full", () => {
  const groups = groupByCategory(PROJECTS, { withEmpty: true });
  expect(groups.map((g) => g.category)).toEqual(CATEGORIES.map((c) => c.id));
  expect(groups.filter((g) => g.full).map((g) => g.category)).toEqual(['volunteering']);
  expect(groups.find((g) => g.category === 'social_affairs')).toMatchObject({ projects: [], full: false });
});
