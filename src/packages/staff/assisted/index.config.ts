// Page settings of 入户代填 (a worker records a household's answer on their phone).
import { FIELDWORK_TEXT } from '../../../text/fieldwork';

export default definePageConfig({ navigationBarTitleText: FIELDWORK_TEXT.assistedNavTitle });
