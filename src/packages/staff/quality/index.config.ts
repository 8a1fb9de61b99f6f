// Page settings of 数据质量 (how a community's answers arrived, the flags, the volunteers against 20).
import { FIELDWORK_TEXT } from '../../../text/fieldwork';

export default definePageConfig({ navigationBarTitleText: FIELDWORK_TEXT.qualityNavTitle });
