// A link that leads nowhere (an unknown or malformed community, a project that is gone): say so in plain words
// and offer 选择社区, never a retry that cannot work.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { homeUrl } from '../../routes';
import { CARE_TEXT } from '../../text/care';
import { BigButton } from './BigButton';

const TEXTS = {
  community: [CARE_TEXT.unknownCommunityTitle, CARE_TEXT.unknownCommunity],
  none: [CARE_TEXT.noCommunityTitle, CARE_TEXT.noCommunity],
  project: [CARE_TEXT.unknownProjectTitle, CARE_TEXT.unknownProject],
} as const;

export type DeadEndKind = keyof typeof TEXTS;

export function DeadEnd({ kind }: { kind: DeadEndKind }) {
  const [title, body] = TEXTS[kind];
  return (
    <View className='dead-end' id='dead-end' ariaRole='alert'>
      <Text className='title'>{title}</Text>
      <Text className='paragraph'>{body}</Text>
      <BigButton onClick={() => Taro.reLaunch({ url: homeUrl() })}>{CARE_TEXT.chooseCommunity}</BigButton>
    </View>
  );
}

/** Whether the page's query named a community at all (then a null id means a malformed one, not a missing one). */
export const namesCommunity = (query: Record<string, string | undefined>): boolean => Boolean(query.communityId || query.scene);
