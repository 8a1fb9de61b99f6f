// Page settings of a community's assessment.
import { ASSESSMENT_TEXT } from '../../../text/assessment';

export default definePageConfig({ navigationBarTitleText: ASSESSMENT_TEXT.assessmentNavTitle });
