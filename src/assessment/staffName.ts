// A staff member as the app shows them: by role and display name (第三方评估 李评估), the role alone when unnamed.
import type { TStaff } from '../../cloud/contract/audit';
import { ROLE_NAMES } from '../../cloud/contract/rules';

export const staffName = ({ role, name }: TStaff): string =>
  name === null || name === '' || name === ROLE_NAMES[role] ? ROLE_NAMES[role] : `${ROLE_NAMES[role]} ${name}`;
