// Page settings of 我的数据.
import { NOTIFY_TEXT } from '../../text/notify';

export default definePageConfig({ navigationBarTitleText: NOTIFY_TEXT.myDataNavTitle });
