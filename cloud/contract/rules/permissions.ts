// Who may do what, written once: the core refuses with these, the app shows or hides with these.
import type { TRole } from './roles';

/** What the rules look at: the caller's roles and, for a worker, their community. */
export interface Actor {
  roles: readonly TRole[];
  communityId: string | null;
}

const has = (a: Actor, role: TRole) => a.roles.includes(role);
export const isAdmin = (a: Actor) => has(a, 'admin');
export const isStaff = (a: Actor) => a.roles.some((r) => r !== 'resident');
const isWorkerOf = (a: Actor, communityId: string) => has(a, 'worker') && a.communityId === communityId;
/** Officials and admins work with every community. */
export const seesAllCommunities = (a: Actor) => isAdmin(a) || has(a, 'official');

/** 知晓率与满意度 and a community's assessment: officials and admins for every community, a worker for their own. */
export function canReadIndicators(a: Actor, communityId?: string): boolean {
  if (seesAllCommunities(a)) return true;
  if (!has(a, 'worker') || !a.communityId) return false;
  return communityId === undefined || a.communityId === communityId;
}

/**
 * Doorstep projects are run by their community's workers (publish, edit, stages, activities, replies,
 * hiding, linking needs); officials and evaluators read them as the evidence of Ⅱ-11/12. Admins may do all.
 */
export const canRunProjects = (a: Actor, communityId: string) => isAdmin(a) || isWorkerOf(a, communityId);
/** Residents' needs: read by whoever runs the community's projects, and by officials. */
export const canReadNeeds = (a: Actor, communityId: string) => canRunProjects(a, communityId) || seesAllCommunities(a);

/** Officials and admins judge and save assessments, see the city overview and export the scorecards. */
export const canScore = seesAllCommunities;
/** What-if scoring: anyone who works with the standard, not plain residents. */
export const canTrialScore = isStaff;
/** The third-party evaluation of a project is entered by evaluators (and admins)… */
export const canEvaluateProjects = (a: Actor) => has(a, 'evaluator') || isAdmin(a);
/** …and read by them and by officials. */
export const canSeeEvaluations = (a: Actor) => seesAllCommunities(a) || has(a, 'evaluator');
export const canAssignRoles = isAdmin;
export const canRecount = isAdmin;
/** Officials and admins record a 阶段评估 or the 终期验收 (scorers); only admins reopen a locked year. */
export const canFinalize = canScore;
export const canReopen = isAdmin;
/** The audit log of a community's year: whoever scores (officials and admins). */
export const canReadAuditLog = canScore;
