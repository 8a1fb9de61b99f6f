// Page settings of 我的.
import { STAFFING_TEXT } from '../../text/staffing';

export default definePageConfig({ navigationBarTitleText: STAFFING_TEXT.meNavTitle });
