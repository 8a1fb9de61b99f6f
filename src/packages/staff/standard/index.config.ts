// Page settings of the standard viewer.
import { ASSESSMENT_TEXT } from '../../../text/assessment';

export default definePageConfig({ navigationBarTitleText: ASSESSMENT_TEXT.standardNavTitle });
