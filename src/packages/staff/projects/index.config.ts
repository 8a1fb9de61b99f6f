// Page settings of the community's doorstep projects (workers run them; officials read them as Ⅱ-11/Ⅱ-12 evidence).
import { WORKER_TEXT } from '../../../text/worker';

export default definePageConfig({ navigationBarTitleText: WORKER_TEXT.projectsNavTitle });
