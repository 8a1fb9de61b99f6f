// Groups the communities by 区/县 (or 功能区) for the chooser, keeping the seed's order.
import type { TCommunity } from '../../cloud/contract';

export interface DistrictGroup {
  district: string;
  communities: TCommunity[];
}

export function groupByDistrict(communities: readonly TCommunity[]): DistrictGroup[] {
  const groups: DistrictGroup[] = [];
  for (const c of communities) {
    let group = groups.find((g) => g.district === c.district);
    if (!group) {
      group = { district: c.district, communities: [] };
      groups.push(group);
    }
    group.communities.push(c);
  }
  return groups;
}
