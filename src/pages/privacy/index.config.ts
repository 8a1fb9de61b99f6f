// Page settings of the privacy policy.
import { PRIVACY_TEXT } from '../../text/privacy';

export default definePageConfig({ navigationBarTitleText: PRIVACY_TEXT.navTitle });
