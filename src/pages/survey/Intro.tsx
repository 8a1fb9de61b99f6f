// The survey's first screen: what is collected, why, and how it is kept.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { privacyUrl } from '../../routes';
import { BigButton } from '../../common/components/BigButton';
import { PRIVACY_TEXT } from '../../text/privacy';
import { SURVEY_TEXT } from '../../text/survey';

export function Intro({ community, year, onStart }: { community: string; year: number; onStart: () => void }) {
  return (
    <View className='survey-intro'>
      <Text className='title'>{SURVEY_TEXT.introTitle}</Text>
      <Text className='subtitle'>{SURVEY_TEXT.introLead(community, year)}</Text>
      <View className='card'>
        {SURVEY_TEXT.introPoints.map((point) => (
          <Text key={point} className='paragraph survey-intro__point'>
            {point}
          </Text>
        ))}
        <BigButton variant='link' className='privacy-link' onClick={() => Taro.navigateTo({ url: privacyUrl() })}>
          {PRIVACY_TEXT.link}
        </BigButton>
      </View>
      <BigButton onClick={onStart}>{SURVEY_TEXT.introStart}</BigButton>
    </View>
  );
}
