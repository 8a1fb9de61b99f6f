// Page settings of the community chooser (forwarded as the way in for a friend who has not chosen yet).
import { SURVEY_TEXT } from '../../text/survey';

export default definePageConfig({ navigationBarTitleText: SURVEY_TEXT.chooseNavTitle, enableShareAppMessage: true });
