// Page settings of a community's survey poster.
import { STAFFING_TEXT } from '../../../text/staffing';

export default definePageConfig({ navigationBarTitleText: STAFFING_TEXT.posterNavTitle });
