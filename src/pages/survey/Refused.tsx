// Why this resident cannot answer this survey: answered another community this year, staff of it, or the round closed.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { homeUrl } from '../../routes';
import { BigButton } from '../../common/components/BigButton';
import type { Refusal } from '../../survey/flow';
import { SURVEY_TEXT } from '../../text/survey';
import { SURVEY_RULES_TEXT } from '../../text/survey-rules';

const TITLES: Record<Refusal['kind'], string> = {
  elsewhere: SURVEY_RULES_TEXT.elsewhereTitle,
  closed: SURVEY_RULES_TEXT.closedTitle,
  ineligible: SURVEY_RULES_TEXT.ineligibleTitle,
};

export function Refused({ refusal }: { refusal: Refusal }) {
  return (
    <View className='survey-done survey-refused' id='survey-refused'>
      <Text className='title'>{TITLES[refusal.kind]}</Text>
      <Text className='paragraph'>{refusal.message}</Text>
      <BigButton variant='link' onClick={() => Taro.reLaunch({ url: homeUrl() })}>
        {SURVEY_TEXT.otherCommunity}
      </BigButton>
    </View>
  );
}
