// Page settings of a community's one-page report.
import { DASHBOARD_TEXT } from '../../../text/dashboard';

export default definePageConfig({ navigationBarTitleText: DASHBOARD_TEXT.reportNavTitle });
