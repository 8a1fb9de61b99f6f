// Grouping communities by 区/县 for the chooser.
import { groupByDistrict } from '../../../src/survey/communities';
import { COMMUNITIES } from '../support/builders';

test('groups by district in the order given', () => {
  const groups = groupByDistrict(COMMUNITIES);
  expect(groups.map((g) => g.district)).toEqual(['定海区', '普陀区']);
  expect(groups[0].communities.map((c) => c.name)).toEqual(['北园社区', '桔南社区']);
  expect(groupByDistrict([])).toEqual([]);
});
