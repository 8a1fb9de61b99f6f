// Who opens the staff's project pages, from the contract's rules: a community's workers run its projects; officials
// and admins read every community's (with its residents' needs) as the evidence of Ⅱ-11/Ⅱ-12.
import { canRunProjects, seesAllCommunities, type Actor } from '../../cloud/contract/rules';

export const readsStaffProjects = (a: Actor, communityId: string) => canRunProjects(a, communityId) || seesAllCommunities(a);

/** Whether the caller has some community's staff projects page to open (the link on the indicators page). */
export const hasStaffProjects = (a: Actor) => seesAllCommunities(a) || (a.communityId !== null && canRunProjects(a, a.communityId));
