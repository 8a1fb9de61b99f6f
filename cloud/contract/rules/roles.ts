// The roles a caller can hold. Every caller is a resident; staff roles come from an admin's assignment or ADMIN_OPENIDS.
export const ROLES = ['resident', 'worker', 'official', 'evaluator', 'admin'] as const;
export type TRole = (typeof ROLES)[number];
/** evaluator: the third-party evaluator (第三方) of the doorstep projects. */
export const ASSIGNABLE_ROLES = ['worker', 'official', 'evaluator'] as const;
export type TAssignableRole = (typeof ASSIGNABLE_ROLES)[number];
