// After answering (now or earlier this year): thanks, and only then what the programme is.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { BigButton } from '../../components/BigButton';
import { SURVEY_TEXT } from '../../text/survey';

export function Done({ justAnswered }: { justAnswered: boolean }) {
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
      <BigButton variant='secondary' onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}>
        {SURVEY_TEXT.otherCommunity}
      </BigButton>
    </View>
  );
}
