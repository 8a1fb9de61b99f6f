// Staff as records keep them (openid, role, name) and as answers show them: by role and display name, never by openid.
import { createHmac } from 'node:crypto';
import type { TRole, TStaff } from '../contract';
import type { AuditActor } from '../store/types';
import type { Caller } from './auth';
import type { Deps } from './deps';

/** The role a change is made in: the widest the caller holds. */
const BY_REACH: readonly TRole[] = ['admin', 'official', 'evaluator', 'worker', 'resident'];

export function actorOf(caller: Caller): AuditActor {
  const role = BY_REACH.find((r) => caller.roles.includes(r)) ?? 'resident';
  return { openid: caller.openid, role, name: caller.displayName };
}

export const staffView = ({ role, name }: Pick<AuditActor, 'role' | 'name'>): TStaff => ({ role, name });

/**
 * A stable stand-in for a staff member's openid where an answer must tell people apart (whose role
 * changed): keyed with the respondent secret, so it cannot be matched to an openid outside the service.
 */
export function staffRef(openid: string, deps: Deps): string {
  return `staff-${createHmac('sha256', deps.config.respondentSecret).update(`staff\n${openid}`).digest('hex').slice(0, 12)}`;
}
