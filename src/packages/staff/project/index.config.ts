// Page settings of one doorstep project as its workers run it.
import { WORKER_TEXT } from '../../../text/worker';

export default definePageConfig({ navigationBarTitleText: WORKER_TEXT.projectNavTitle });
