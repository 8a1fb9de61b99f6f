// Page settings of 消息.
import { NOTIFY_TEXT } from '../../text/notify';

export default definePageConfig({ navigationBarTitleText: NOTIFY_TEXT.messagesNavTitle });
