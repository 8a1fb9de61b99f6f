// Page settings of staff management.
import { STAFFING_TEXT } from '../../../text/staffing';

export default definePageConfig({ navigationBarTitleText: STAFFING_TEXT.staffNavTitle });
