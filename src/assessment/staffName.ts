// A staff member as the app shows them: by role and display name (第三方评估 李评估), the role alone when unnamed.
export { staffLabel as staffName } from '../../cloud/contract/rules';
