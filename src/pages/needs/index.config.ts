// Page settings of telling the community a need.
import { RESIDENTS_TEXT } from '../../text/residents';

export default definePageConfig({ navigationBarTitleText: RESIDENTS_TEXT.needsNavTitle });
