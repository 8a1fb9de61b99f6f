// The roles a caller can hold. Every caller is a resident; staff roles come from an invitation, an admin's assignment or ADMIN_OPENIDS.
export const ROLES = ['resident', 'worker', 'official', 'evaluator', 'admin'] as const;
export type TRole = (typeof ROLES)[number];
/** evaluator: the third-party evaluator (第三方) of the doorstep projects. */
export const ASSIGNABLE_ROLES = ['worker', 'official', 'evaluator'] as const;
export type TAssignableRole = (typeof ASSIGNABLE_ROLES)[number];
/** The roles staff act in, as residents see them next to a display name. */
export const STAFF_ROLES = ['worker', 'official', 'evaluator', 'admin'] as const;
export type TStaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_NAMES: Record<TRole, string> = {
  resident: '居民',
  worker: '社区工作者',
  official: '民政部门',
  evaluator: '第三方评估',
  admin: '管理员',
};

/** A staff member as the app and the workbook show them: 民政部门 张科长, or the role alone when unnamed. Never an openid. */
export const staffLabel = ({ role, name }: { role: TRole; name: string | null }): string =>
  name === null || name === '' || name === ROLE_NAMES[role] ? ROLE_NAMES[role] : `${ROLE_NAMES[role]} ${name}`;
