// Who is calling: identity from the WeChat context (or the local header), roles from the store and ADMIN_OPENIDS.
// What each role may do is written once, in contract/rules/permissions.ts; here a rule that fails becomes a 403.
import { canReadIndicators, canReadNeeds, canRunProjects, type Actor, type CommunityRef, type TRole } from '../contract';
import type { RoleAssignment } from '../store/types';
import type { Deps } from './deps';
import { forbidden } from './errors';
import { respondentKey } from './respondent';

/** Who the caller is, without reading their roles: what calls that check none are given. */
export interface Identity {
  openid: string;
  /** Keyed hash of the openid: what answers, feedback and participation are stored under. */
  respondent: string;
}

/** The caller with their roles, a worker's community, an official's scope and their display name. */
export type Caller = Identity & Actor & { roles: TRole[]; displayName: string | null };

export function identify(openid: string, deps: Deps): Identity {
  return { openid, respondent: respondentKey(deps.config.respondentSecret, openid) };
}

export function callerOf(identity: Identity, assignment: RoleAssignment | null, deps: Deps): Caller {
  const roles: TRole[] = ['resident'];
  if (assignment) roles.push(assignment.role);
  if (deps.config.adminOpenids.has(identity.openid)) roles.push('admin');
  const role = assignment?.role;
  return {
    ...identity,
    roles,
    communityId: role === 'worker' ? assignment!.communityId : null,
    scope: role === 'official' ? { district: assignment!.district, street: assignment!.street } : null,
    displayName: assignment?.displayName ?? null,
  };
}

/** Reads the caller's assigned role: one store read. */
export async function withRoles(identity: Identity, deps: Deps): Promise<Caller> {
  return callerOf(identity, await deps.store.getRole(identity.openid), deps);
}

/** Refuses with 403 and `message` unless the rule allows the caller. */
export function requireThat(allowed: boolean, message: string): void {
  if (!allowed) throw forbidden(message);
}

const OUT_OF_SCOPE = '这个社区不在您的工作范围内';

/** Without a community: whether the caller reads indicators at all; with one: that one. */
export function requireReadsIndicators(c: Caller, community?: CommunityRef): void {
  if (!canReadIndicators(c)) return requireThat(false, '只有社区工作者和民政部门可以查看指标');
  if (community) requireThat(canReadIndicators(c, community), c.roles.includes('worker') ? '社区工作者只能查看本社区' : OUT_OF_SCOPE);
}
export const requireRunsProjects = (c: Caller, community: CommunityRef) =>
  requireThat(canRunProjects(c, community), '家门口项目由本社区的社区工作者管理，民政部门和评估人员只能查看');
export const requireReadsNeeds = (c: Caller, community: CommunityRef) =>
  requireThat(canReadNeeds(c, community), '只有本社区的社区工作者和工作范围内的民政部门可以查看居民需求');
export const requireInScope = (allowed: boolean) => requireThat(allowed, OUT_OF_SCOPE);
