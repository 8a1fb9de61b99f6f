// Page settings of the officials' console.
import { DASHBOARD_TEXT } from '../../../text/dashboard';

export default definePageConfig({ navigationBarTitleText: DASHBOARD_TEXT.navTitle });
