// Page settings of the indicators.
import { OFFICIAL_TEXT } from '../../../text/official';

export default definePageConfig({ navigationBarTitleText: OFFICIAL_TEXT.indicatorsNavTitle });
