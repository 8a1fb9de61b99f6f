// Home page: residents choose their community (or arrive with it from a link or QR code); staff find their way in.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useMemo } from 'react';
import {
  canAssignRoles,
  canEditRegistry,
  canEvaluateProjects,
  canInviteStaff,
  canListStaff,
  canReadIndicators,
} from '../../../cloud/contract/rules';
import { adminUrl, evaluationUrl, homeUrl, indicatorsUrl, meUrl, privacyUrl, registryUrl, staffManageUrl, surveyUrl } from '../../routes';
import { Screen } from '../../common/components/Screen';
import { BigButton } from '../../common/components/BigButton';
import { CareSwitch } from '../../common/components/CareSwitch';
import { namesCommunity } from '../../common/components/DeadEnd';
import { ErrorNote, Loading } from '../../common/components/StatusView';
import { useCall } from '../../common/hooks/useCall';
import { useMe } from '../../common/hooks/useMe';
import { usePageQuery } from '../../common/hooks/usePageQuery';
import { useShare } from '../../common/hooks/useShare';
import { communityIdFromEntry } from '../../survey/entry';
import { groupByDistrict } from '../../survey/communities';
import { CARE_TEXT } from '../../text/care';
import { PRIVACY_TEXT } from '../../text/privacy';
import { STAFFING_TEXT } from '../../text/staffing';
import { SURVEY_TEXT } from '../../text/survey';
import './index.scss';

function StaffEntry() {
  const { actor } = useMe();
  if (!actor) return null;
  const links = [
    { show: canReadIndicators(actor), url: indicatorsUrl(), text: SURVEY_TEXT.indicatorsLink, variant: 'secondary' },
    { show: canEvaluateProjects(actor), url: evaluationUrl(), text: SURVEY_TEXT.evaluationLink, variant: 'secondary' },
    { show: canListStaff(actor) || canInviteStaff(actor), url: staffManageUrl(), text: STAFFING_TEXT.staffLink, variant: 'secondary' },
    { show: canEditRegistry(actor), url: registryUrl(), text: STAFFING_TEXT.registryLink, variant: 'secondary' },
    { show: canAssignRoles(actor), url: adminUrl(), text: SURVEY_TEXT.adminLink, variant: 'link' },
  ] as const;
  if (!links.some((l) => l.show)) return null;
  return (
    <View className='card staff-entry'>
      <Text className='staff-entry__title'>{SURVEY_TEXT.staffEntry}</Text>
      {links.map((l) =>
        l.show ? (
          <BigButton key={l.url} variant={l.variant} onClick={() => Taro.navigateTo({ url: l.url })}>
            {l.text}
          </BigButton>
        ) : null,
      )}
    </View>
  );
}

export default function IndexPage() {
  const query = usePageQuery();
  const arrivingFor = communityIdFromEntry(query);
  // A link whose community is malformed lands here with the list and a plain note, not on a survey that cannot load.
  const badLink = !arrivingFor && namesCommunity(query);
  useEffect(() => {
    if (arrivingFor) Taro.redirectTo({ url: surveyUrl(arrivingFor) });
  }, [arrivingFor]);
  useShare(CARE_TEXT.shareHome, arrivingFor ? surveyUrl(arrivingFor) : homeUrl());

  const { state, data, reload } = useCall('listCommunities', {}, { enabled: !arrivingFor });
  const groups = useMemo(() => (data ? groupByDistrict(data.communities) : []), [data]);

  return (
    <Screen className='index-page'>
      {arrivingFor ? null : <CareSwitch />}
      <Text className='title'>{SURVEY_TEXT.chooseTitle}</Text>
      <Text className='subtitle'>{SURVEY_TEXT.chooseHint}</Text>
      {badLink ? (
        <View className='bad-link' id='bad-link' ariaRole='alert'>
          <Text>{CARE_TEXT.badLinkNote}</Text>
        </View>
      ) : null}
      {arrivingFor ? null : (
        <BigButton variant='link' className='privacy-link' onClick={() => Taro.navigateTo({ url: privacyUrl() })}>
          {PRIVACY_TEXT.link}
        </BigButton>
      )}
      {arrivingFor ? null : <StaffEntry />}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorNote message={state.error.message} onRetry={reload} /> : null}
      {state.status === 'ready' && groups.length === 0 ? <Text className='subtitle'>{SURVEY_TEXT.noCommunities}</Text> : null}
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
      {arrivingFor ? null : (
        <BigButton variant='link' onClick={() => Taro.navigateTo({ url: meUrl() })}>
          {STAFFING_TEXT.meLink}
        </BigButton>
      )}
    </Screen>
  );
}
