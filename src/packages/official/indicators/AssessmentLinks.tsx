// The way from the indicators to the assessment pages, for officials and admins (who may score).
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/BigButton';
import { useCall } from '../../../hooks/useCall';
import { canAssess, overviewUrl, STANDARD_URL } from '../../../official/links';
import { ASSESSMENT_TEXT } from '../../../text/assessment';

export function AssessmentLinks({ year }: { year: number }) {
  const { state } = useCall('whoami', {});
  if (state.status !== 'ready' || !canAssess(state.data.roles)) return null;
  return (
    <View className='assessment-links'>
      <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: overviewUrl(year) })}>
        {ASSESSMENT_TEXT.overviewLink}
      </BigButton>
      <BigButton variant='link' onClick={() => Taro.navigateTo({ url: STANDARD_URL })}>
        {ASSESSMENT_TEXT.standardLink}
      </BigButton>
    </View>
  );
}
