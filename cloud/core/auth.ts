// Who is calling: roles come from the store and ADMIN_OPENIDS, never from the client.
import type { TRole } from '../contract';
import type { Deps } from './deps';
import { forbidden } from './errors';
import { respondentKey } from './respondent';

export interface Caller {
  openid: string;
  roles: TRole[];
  /** The community a worker belongs to; null for everyone else. */
  communityId: string | null;
  /** Keyed hash of the openid: what answers, feedback and participation are stored under. */
  respondent: string;
}

export async function resolveCaller(openid: string, deps: Deps): Promise<Caller> {
  const roles: TRole[] = ['resident'];
  const assignment = await deps.store.getRole(openid);
  if (assignment) roles.push(assignment.role);
  if (deps.config.adminOpenids.has(openid)) roles.push('admin');
  return {
    openid,
    roles,
    communityId: assignment?.role === 'worker' ? assignment.communityId : null,
    respondent: respondentKey(deps.config.respondentSecret, openid),
  };
}

export const isAdmin = (c: Caller) => c.roles.includes('admin');
/** Officials and admins see every community. */
const seesAllCommunities = (c: Caller) => isAdmin(c) || c.roles.includes('official');

export function requireAdmin(c: Caller): void {
  if (!isAdmin(c)) throw forbidden('只有管理员可以进行此操作');
}

/** Officials and admins judge and save assessments and export the scorecards. */
export function requireOfficial(c: Caller): void {
  if (!seesAllCommunities(c)) throw forbidden('只有民政部门工作人员可以进行测评');
}

/** What-if scoring is open to everyone who works with the standard: not to plain residents. */
export function requireScorer(c: Caller): void {
  if (!c.roles.some((r) => r !== 'resident')) throw forbidden('只有社区工作者、民政部门和第三方评估人员可以试算得分');
}

/** The communities whose indicators the caller may read: all, one (a worker's own), or none. */
export function readableCommunities(c: Caller): 'all' | string[] {
  if (seesAllCommunities(c)) return 'all';
  if (c.roles.includes('worker') && c.communityId) return [c.communityId];
  throw forbidden('只有社区工作者和民政部门可以查看指标');
}

export function requireReadable(c: Caller, communityId: string): void {
  readableCommunities(c); // a caller who may read none hears so
  if (!managesCommunity(c, communityId)) throw forbidden('社区工作者只能查看本社区');
}

/** Workers of the community, officials and admins run its doorstep projects and read its needs. */
export function managesCommunity(c: Caller, communityId: string): boolean {
  return seesAllCommunities(c) || (c.roles.includes('worker') && c.communityId === communityId);
}
export function requireCommunityManager(c: Caller, communityId: string): void {
  if (!managesCommunity(c, communityId)) throw forbidden('只有本社区的社区工作者和民政部门可以进行此操作');
}

/** The third-party evaluation is entered by evaluators (and admins), and seen by them and officials. */
export function requireEvaluator(c: Caller): void {
  if (!c.roles.includes('evaluator') && !isAdmin(c)) throw forbidden('只有第三方评估人员可以录入项目评估');
}
export const seesEvaluations = (c: Caller) => seesAllCommunities(c) || c.roles.includes('evaluator');
