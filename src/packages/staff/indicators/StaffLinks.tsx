// The way from the indicators to the assessment pages, for officials and admins (who may score), to the
// project evaluation page for third-party evaluators and admins, and to the doorstep projects for staff.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/BigButton';
import { useCall } from '../../../hooks/useCall';
import { evaluationUrl, overviewUrl, STANDARD_URL } from '../../../official/links';
import { canAssess, canEvaluate, canManageProjects, MANAGE_PROJECTS_URL } from '../../../roles';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { EVALUATION_TEXT } from '../../../text/evaluation';
import { WORKER_TEXT } from '../../../text/worker';

export function AssessmentLinks({ year }: { year: number }) {
  const { state } = useCall('whoami', {});
  if (state.status !== 'ready') return null;
  const assess = canAssess(state.data.roles);
  const evaluate = canEvaluate(state.data.roles);
  const projects = canManageProjects(state.data.roles);
  if (!assess && !evaluate && !projects) return null;
  return (
    <View className='assessment-links'>
      {projects ? (
        <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: `${MANAGE_PROJECTS_URL}?year=${year}` })}>
          {WORKER_TEXT.projectsLink}
        </BigButton>
      ) : null}
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
