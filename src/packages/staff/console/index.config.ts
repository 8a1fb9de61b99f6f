// Page settings of the officials' console.
import { CONSOLE_TEXT } from '../../../text/console';

export default definePageConfig({ navigationBarTitleText: CONSOLE_TEXT.navTitle });
