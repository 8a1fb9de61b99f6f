// Page settings of the residents' needs of a community, as its workers read and link them.
import { WORKER_TEXT } from '../../../text/worker';

export default definePageConfig({ navigationBarTitleText: WORKER_TEXT.needsNavTitle });
