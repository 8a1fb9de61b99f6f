// Page settings of the third-party evaluator's page.
import { EVALUATION_TEXT } from '../../../text/evaluation';

export default definePageConfig({ navigationBarTitleText: EVALUATION_TEXT.navTitle });
