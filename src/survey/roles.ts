// What the caller's roles (from whoami) let them open besides the survey.
import type { TRole } from '../../cloud/contract';

export function canSeeIndicators(roles: readonly TRole[]): boolean {
  return roles.some((r) => r === 'worker' || r === 'official' || r === 'admin');
}

export function canAssignRoles(roles: readonly TRole[]): boolean {
  return roles.includes('admin');
}

export const INDICATORS_URL = '/packages/official/indicators/index';
export const ADMIN_URL = '/packages/official/admin/index';
