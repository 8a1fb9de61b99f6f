// Page settings of the community's doorstep projects.
import { RESIDENTS_TEXT } from '../../text/residents';

export default definePageConfig({ navigationBarTitleText: RESIDENTS_TEXT.projectsNavTitle, enableShareAppMessage: true });
