// Staff as records keep them (openid, role, name) and as answers show them: by role and display name, never by openid.
import type { TRole, TStaff } from '../contract';
import type { AuditActor } from '../store/types';
import type { Caller } from './auth';

/** The role a change is made in: the widest the caller holds. */
const BY_REACH: readonly TRole[] = ['admin', 'official', 'evaluator', 'worker', 'resident'];

export function actorOf(caller: Caller): AuditActor {
  const role = BY_REACH.find((r) => caller.roles.includes(r)) ?? 'resident';
  return { openid: caller.openid, role, name: caller.displayName };
}

export const staffView = ({ role, name }: Pick<AuditActor, 'role' | 'name'>): TStaff => ({ role, name });
