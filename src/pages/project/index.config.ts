// Page settings of one doorstep project.
import { RESIDENTS_TEXT } from '../../text/residents';

export default definePageConfig({ navigationBarTitleText: RESIDENTS_TEXT.projectNavTitle, enableShareAppMessage: true });
