// Page settings of 纸质问卷录入 (a worker enters collected paper questionnaires).
import { FIELDWORK_TEXT } from '../../../text/fieldwork';

export default definePageConfig({ navigationBarTitleText: FIELDWORK_TEXT.paperNavTitle });
