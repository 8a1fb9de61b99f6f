// Who opens the staff's project pages, from the contract's rules: a community's workers run its projects; officials
// in scope and admins read them (with its residents' needs) as the evidence of Ⅱ-11/Ⅱ-12.
import { canReadIndicators, worksWith, type Actor } from '../../cloud/contract/rules';

export const readsStaffProjects = worksWith;

/** Whether the caller has some community's staff projects page to open (the link on the indicators page). */
export const hasStaffProjects = (a: Actor) => canReadIndicators(a);
