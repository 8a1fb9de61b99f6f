// Page settings of the survey.
import { SURVEY_TEXT } from '../../text/survey';

export default definePageConfig({ navigationBarTitleText: SURVEY_TEXT.surveyNavTitle, enableShareAppMessage: true });
