// Who is calling: roles come from the store and ADMIN_OPENIDS, never from the client.
import type { TRole } from '../contract';
import type { Deps } from './deps';
import { forbidden } from './errors';

export interface Caller {
  openid: string;
  roles: TRole[];
  /** The community a worker belongs to; null for everyone else. */
  communityId: string | null;
}

export async function resolveCaller(openid: string, deps: Deps): Promise<Caller> {
  const roles: TRole[] = ['resident'];
  const assignment = await deps.store.getRole(openid);
  if (assignment) roles.push(assignment.role);
  if (deps.config.adminOpenids.has(openid)) roles.push('admin');
  return { openid, roles, communityId: assignment?.role === 'worker' ? assignment.communityId : null };
}

export const isAdmin = (c: Caller) => c.roles.includes('admin');
/** Officials and admins see every community. */
export const seesAllCommunities = (c: Caller) => isAdmin(c) || c.roles.includes('official');

export function requireAdmin(c: Caller): void {
  if (!isAdmin(c)) throw forbidden('只有管理员可以进行此操作');
}

/** The communities whose indicators the caller may read: all, one (a worker's own), or none. */
export function readableCommunities(c: Caller): 'all' | string[] {
  if (seesAllCommunities(c)) return 'all';
  if (c.roles.includes('worker') && c.communityId) return [c.communityId];
  throw forbidden('只有社区工作者和民政部门可以查看指标');
}
