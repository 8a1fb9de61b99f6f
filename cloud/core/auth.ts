// Who is calling: identity from the WeChat context (or the local header), roles from the store and ADMIN_OPENIDS.
// What each role may do is written once, in contract/rules/permissions.ts; here a rule that fails becomes a 403.
import { canReadIndicators, canReadNeeds, canRunProjects, type Actor, type TRole } from '../contract';
import type { Deps } from './deps';
import { forbidden } from './errors';
import { respondentKey } from './respondent';

/** Who the caller is, without reading their roles: what calls that check none are given. */
export interface Identity {
  openid: string;
  /** Keyed hash of the openid: what answers, feedback and participation are stored under. */
  respondent: string;
}

/** The caller with their roles; `communityId` is a worker's community, null for everyone else. */
export type Caller = Identity & Actor & { roles: TRole[] };

export function identify(openid: string, deps: Deps): Identity {
  return { openid, respondent: respondentKey(deps.config.respondentSecret, openid) };
}

/** Reads the caller's assigned role: one store read. */
export async function withRoles(identity: Identity, deps: Deps): Promise<Caller> {
  const roles: TRole[] = ['resident'];
  const assignment = await deps.store.getRole(identity.openid);
  if (assignment) roles.push(assignment.role);
  if (deps.config.adminOpenids.has(identity.openid)) roles.push('admin');
  return { ...identity, roles, communityId: assignment?.role === 'worker' ? assignment.communityId : null };
}

/** Refuses with 403 and `message` unless the rule allows the caller. */
export function requireThat(allowed: boolean, message: string): void {
  if (!allowed) throw forbidden(message);
}

export function requireReadsIndicators(c: Caller, communityId?: string): void {
  const message = c.roles.includes('worker') ? '社区工作者只能查看本社区' : '只有社区工作者和民政部门可以查看指标';
  requireThat(canReadIndicators(c, communityId), message);
}
export const requireRunsProjects = (c: Caller, communityId: string) =>
  requireThat(canRunProjects(c, communityId), '家门口项目由本社区的社区工作者管理，民政部门和评估人员只能查看');
export const requireReadsNeeds = (c: Caller, communityId: string) =>
  requireThat(canReadNeeds(c, communityId), '只有本社区的社区工作者和民政部门可以查看居民需求');
