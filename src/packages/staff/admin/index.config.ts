// Page settings of role assignment.
import { OFFICIAL_TEXT } from '../../../text/official';

export default definePageConfig({ navigationBarTitleText: OFFICIAL_TEXT.adminNavTitle });
