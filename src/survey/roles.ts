// What the caller's roles (from whoami) let them open besides the survey.
import type { TRole } from '../../cloud/contract';

export function canSeeIndicators(roles: readonly TRole[]): boolean {
  return roles.some((r) => r === 'worker' || r === 'official' || r === 'admin');
}

/** Third-party evaluators have no other staff page: the home page is their way to the evaluation page. */
export function canEvaluateProjects(roles: readonly TRole[]): boolean {
  return roles.includes('evaluator');
}

export function canAssignRoles(roles: readonly TRole[]): boolean {
  return roles.includes('admin');
}

export const INDICATORS_URL = '/packages/official/indicators/index';
export const ADMIN_URL = '/packages/official/admin/index';
export const EVALUATION_URL = '/packages/official/evaluation/index';
