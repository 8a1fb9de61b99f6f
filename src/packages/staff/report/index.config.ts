// Page settings of a community's one-page report.
import { CONSOLE_TEXT } from '../../../text/console';

export default definePageConfig({ navigationBarTitleText: CONSOLE_TEXT.reportNavTitle });
