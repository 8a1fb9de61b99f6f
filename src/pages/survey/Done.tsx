// After answering (now or earlier this year): thanks, and only then what the programme is and its doorstep projects.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { BigButton } from '../../components/BigButton';
import { needsUrl, projectsUrl } from '../../residents/links';
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
      <BigButton onClick={() => Taro.navigateTo({ url: projectsUrl(communityId) })}>{RESIDENTS_TEXT.toProjects}</BigButton>
      <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: needsUrl(communityId) })}>
        {RESIDENTS_TEXT.tellNeed}
      </BigButton>
      <BigButton variant='link' onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}>
        {SURVEY_TEXT.otherCommunity}
      </BigButton>
    </View>
  );
}
