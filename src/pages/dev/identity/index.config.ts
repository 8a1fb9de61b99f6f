// Page settings of the local-mode identity switcher (H5 only).
import { DEV_TEXT } from '../../../text/dev';

export default definePageConfig({ navigationBarTitleText: DEV_TEXT.navTitle });
