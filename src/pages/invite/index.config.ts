// Page settings of claiming an invitation.
import { STAFFING_TEXT } from '../../text/staffing';

export default definePageConfig({ navigationBarTitleText: STAFFING_TEXT.inviteNavTitle });
