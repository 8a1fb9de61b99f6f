// Home page: residents choose their community (or arrive with it from a link or QR code).
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useMemo } from 'react';
import { Screen } from '../../components/Screen';
import { BigButton } from '../../components/BigButton';
import { ErrorNote, Loading } from '../../components/StatusView';
import { useCall } from '../../hooks/useCall';
import { communityIdFromEntry, surveyUrl } from '../../survey/entry';
import { groupByDistrict } from '../../survey/communities';
import {
  ADMIN_URL,
  EVALUATION_URL,
  INDICATORS_URL,
  canAssignRoles,
  canEvaluateProjects,
  canSeeIndicators,
} from '../../roles';
import { SURVEY_TEXT } from '../../text/survey';
import './index.scss';
import { usePageQuery } from '../../hooks/usePageQuery';

function StaffEntry() {
  const { state } = useCall('whoami', {});
  if (state.status !== 'ready') return null;
  const { roles } = state.data;
  if (!canSeeIndicators(roles) && !canEvaluateProjects(roles)) return null;
  return (
    <View className='card staff-entry'>
      <Text className='staff-entry__title'>{SURVEY_TEXT.staffEntry}</Text>
      {canSeeIndicators(roles) ? (
        <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: INDICATORS_URL })}>
          {SURVEY_TEXT.indicatorsLink}
        </BigButton>
      ) : null}
      {canEvaluateProjects(roles) ? (
        <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: EVALUATION_URL })}>
          {SURVEY_TEXT.evaluationLink}
        </BigButton>
      ) : null}
      {canAssignRoles(roles) ? (
        <BigButton variant='link' onClick={() => Taro.navigateTo({ url: ADMIN_URL })}>
          {SURVEY_TEXT.adminLink}
        </BigButton>
      ) : null}
    </View>
  );
}

export default function IndexPage() {
  const arrivingFor = communityIdFromEntry(usePageQuery());
  useEffect(() => {
    if (arrivingFor) Taro.redirectTo({ url: surveyUrl(arrivingFor) });
  }, [arrivingFor]);

  const { state, reload } = useCall('listCommunities', {}, !arrivingFor);
  const groups = useMemo(
    () => (state.status === 'ready' ? groupByDistrict(state.data.communities) : []),
    [state],
  );

  return (
    <Screen className='index-page'>
      <Text className='title'>{SURVEY_TEXT.chooseTitle}</Text>
      <Text className='subtitle'>{SURVEY_TEXT.chooseHint}</Text>
      {arrivingFor ? null : <StaffEntry />}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorNote message={state.error.message} onRetry={reload} /> : null}
      {state.status === 'ready' && groups.length === 0 ? (
        <Text className='subtitle'>{SURVEY_TEXT.noCommunities}</Text>
      ) : null}
      {groups.map((group) => (
        <View key={group.district} className='district'>
          <Text className='district__name'>{group.district}</Text>
          {group.communities.map((c) => (
            <BigButton key={c.id} variant='option' onClick={() => Taro.navigateTo({ url: surveyUrl(c.id) })}>
              <View className='community'>
                <Text className='community__name'>{c.name}</Text>
                <Text className='community__street'>{c.street}</Text>
              </View>
            </BigButton>
          ))}
        </View>
      ))}
    </Screen>
  );
}
