// What the caller's roles (from whoami) open besides the survey, and where those pages live.
import type { TRole } from '../cloud/contract';

type Roles = readonly TRole[];
const hasAny = (roles: Roles, ...wanted: TRole[]) => roles.some((r) => wanted.includes(r));

export const canSeeIndicators = (roles: Roles) => hasAny(roles, 'worker', 'official', 'admin');
/** Officials and admins score communities (saveAssessment); workers only read their own. */
export const canAssess = (roles: Roles) => hasAny(roles, 'official', 'admin');
/** Third-party evaluators and admins save project evaluations. */
export const canEvaluate = (roles: Roles) => hasAny(roles, 'evaluator', 'admin');
/** Evaluators have no other staff page: the home page is their way to the evaluation page. */
export const canEvaluateProjects = (roles: Roles) => hasAny(roles, 'evaluator');
/** Workers of a community, officials and admins run doorstep projects and read residents' needs. */
export const canManageProjects = (roles: Roles) => hasAny(roles, 'worker', 'official', 'admin');
export const canAssignRoles = (roles: Roles) => hasAny(roles, 'admin');

export const INDICATORS_URL = '/packages/official/indicators/index';
export const ADMIN_URL = '/packages/official/admin/index';
export const EVALUATION_URL = '/packages/official/evaluation/index';
export const MANAGE_PROJECTS_URL = '/packages/official/projects/index';
export const PROJECTS_URL = '/pages/projects/index';
export const NEEDS_URL = '/pages/needs/index';
