// Page settings of the city overview.
import { ASSESSMENT_TEXT } from '../../../text/assessment';

export default definePageConfig({ navigationBarTitleText: ASSESSMENT_TEXT.overviewNavTitle });
