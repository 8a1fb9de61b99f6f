// Page settings of the community registry.
import { STAFFING_TEXT } from '../../../text/staffing';

export default definePageConfig({ navigationBarTitleText: STAFFING_TEXT.registryNavTitle });
