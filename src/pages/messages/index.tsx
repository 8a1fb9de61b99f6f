// 消息: what the community did with the resident's needs, comments and projects, each linking to its project.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { shanghaiDay } from '../../../cloud/contract/rules';
import { BigButton } from '../../common/components/BigButton';
import { Screen } from '../../common/components/Screen';
import { ErrorNote, Loading } from '../../common/components/StatusView';
import { useMessages } from '../../notify/useMessages';
import { residentProjectUrl } from '../../routes';
import { NOTIFY_TEXT } from '../../text/notify';
import './index.scss';

export default function MessagesPage() {
  const m = useMessages();
  let body;
  if (m.state.status === 'loading') body = <Loading />;
  else if (m.state.status === 'error') body = <ErrorNote message={m.state.error.message} onRetry={m.reload} />;
  else if (m.messages.length === 0) body = <Text className='paragraph'>{NOTIFY_TEXT.noMessages}</Text>;
  else
    body = (
      <>
        {m.messages.map((msg) => (
          <View key={msg.id} className={`card message${msg.read ? '' : ' message--unread'}`}>
            <View className='message__head'>
              <Text className='message__title'>{msg.title}</Text>
              {msg.read ? null : <Text className='message__badge'>{NOTIFY_TEXT.unread}</Text>}
            </View>
            <Text className='message__body'>{msg.body}</Text>
            <Text className='message__time'>{shanghaiDay(msg.at)}</Text>
            <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: residentProjectUrl(msg.projectId) })}>
              {NOTIFY_TEXT.openProject}
            </BigButton>
          </View>
        ))}
        {m.hasMore ? (
          <BigButton variant='link' disabled={m.loadingMore} onClick={m.loadMore}>
            {NOTIFY_TEXT.more}
          </BigButton>
        ) : null}
      </>
    );
  return (
    <Screen className='messages-page'>
      <Text className='title'>{NOTIFY_TEXT.messagesTitle}</Text>
      <Text className='subtitle'>{NOTIFY_TEXT.messagesIntro}</Text>
      {body}
    </Screen>
  );
}
