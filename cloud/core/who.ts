// How staff appear in answers: by role and display name, never by openid (PRODUCT.md, Privacy).
import { ROLE_NAMES, type TStaffRef, type TStaffRole } from '../contract';
import type { Caller } from './auth';

/** The caller as they act here: in `role` when they hold it, otherwise as the admin they are. */
export function actingAs(caller: Caller, role: Exclude<TStaffRole, 'admin'>): TStaffRef {
  const acting: TStaffRole = caller.roles.includes(role) ? role : 'admin';
  return { role: acting, name: caller.displayName ?? ROLE_NAMES[acting] };
}

/** "社区工作者 王芳"; a name that is only the role's name is not said twice. */
export const labelOf = (who: TStaffRef) => (who.name === ROLE_NAMES[who.role] ? who.name : `${ROLE_NAMES[who.role]} ${who.name}`);

/**
 * What an answer carries for a stored action: its label and { role, name }. Actions stored before
 * names were kept show the role the action implies and no name.
 */
export function shownAs(who: TStaffRef | undefined, implied: TStaffRole): { by: string; who: TStaffRef } {
  const known = who ?? { role: implied, name: ROLE_NAMES[implied] };
  return { by: labelOf(known), who: known };
}
