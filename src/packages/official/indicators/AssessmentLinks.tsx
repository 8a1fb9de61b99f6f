// The way from the indicators to the assessment pages, for officials and admins (who may score), and to the
// project evaluation page for third-party evaluators and admins.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/BigButton';
import { useCall } from '../../../hooks/useCall';
import { evaluationUrl, overviewUrl, STANDARD_URL } from '../../../official/links';
import { canAssess, canEvaluate } from '../../../roles';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { EVALUATION_TEXT } from '../../../text/evaluation';

export function AssessmentLinks({ year }: { year: number }) {
  const { state } = useCall('whoami', {});
  if (state.status !== 'ready') return null;
  const assess = canAssess(state.data.roles);
  const evaluate = canEvaluate(state.data.roles);
  if (!assess && !evaluate) return null;
  return (
    <View className='assessment-links'>
      {assess ? (
        <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: overviewUrl(year) })}>
          {ASSESSMENT_TEXT.overviewLink}
        </BigButton>
      ) : null}
      {evaluate ? (
        <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: evaluationUrl(year) })}>
          {EVALUATION_TEXT.link}
        </BigButton>
      ) : null}
      {assess ? (
        <BigButton variant='link' onClick={() => Taro.navigateTo({ url: STANDARD_URL })}>
          {ASSESSMENT_TEXT.standardLink}
        </BigButton>
      ) : null}
    </View>
  );
}
