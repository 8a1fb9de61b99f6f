// After answering (now or earlier this year): thanks, and only then what the programme is and its doorstep projects.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { homeUrl, residentNeedsUrl, residentProjectsUrl } from '../../routes';
import { BigButton } from '../../common/components/BigButton';
import { RESIDENTS_TEXT } from '../../text/residents';
import { SURVEY_TEXT } from '../../text/survey';

export function Done({ justAnswered, communityId }: { justAnswered: boolean; communityId: string }) {
  return (
    <View className='survey-done'>
      <Text className='title'>{justAnswered ? SURVEY_TEXT.thanksTitle : SURVEY_TEXT.answeredTitle}</Text>
      <Text className='paragraph'>{justAnswered ? SURVEY_TEXT.thanksBody : SURVEY_TEXT.answeredBody}</Text>
      <View className='card'>
        <Text className='survey-done__about'>{SURVEY_TEXT.aboutTitle}</Text>
        {SURVEY_TEXT.aboutBody.map((line) => (
          <Text key={line} className='paragraph'>
            {line}
          </Text>
        ))}
      </View>
      <BigButton onClick={() => Taro.navigateTo({ url: residentProjectsUrl(communityId) })}>{RESIDENTS_TEXT.toProjects}</BigButton>
      <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: residentNeedsUrl(communityId) })}>
        {RESIDENTS_TEXT.tellNeed}
      </BigButton>
      <BigButton variant='link' onClick={() => Taro.reLaunch({ url: homeUrl() })}>
        {SURVEY_TEXT.otherCommunity}
      </BigButton>
    </View>
  );
}
