// Page settings of the community chooser.
import { SURVEY_TEXT } from '../../text/survey';

export default definePageConfig({ navigationBarTitleText: SURVEY_TEXT.chooseNavTitle });
