// 我的: who the caller is (whoami): their own openid (which the first admin copies), roles, scope, community and name.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { canEditRegistry, canListStaff, canMakePoster } from '../../../cloud/contract/rules';
import { messagesUrl, myDataUrl, posterUrl, registryUrl, staffManageUrl } from '../../routes';
import { BigButton } from '../../common/components/BigButton';
import { CareSwitch } from '../../common/components/CareSwitch';
import { Screen } from '../../common/components/Screen';
import { ErrorNote, Loading } from '../../common/components/StatusView';
import { useMe } from '../../common/hooks/useMe';
import { roleName, scopeName } from '../../staffing/describe';
import { STAFFING_TEXT } from '../../text/staffing';
import { useUnreadCount } from '../../notify/useMessages';
import { NOTIFY_TEXT } from '../../text/notify';
import './index.scss';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='me-row'>
      <Text className='me-row__label'>{label}</Text>
      <Text className='me-row__value' userSelect>
        {value}
      </Text>
    </View>
  );
}

/** 消息 with its unread count, and 我的数据: what every resident has here. */
function ResidentLinks() {
  const unread = useUnreadCount();
  return (
    <View className='me-links'>
      <BigButton onClick={() => Taro.navigateTo({ url: messagesUrl() })}>{NOTIFY_TEXT.meMessages(unread ?? 0)}</BigButton>
      <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: myDataUrl() })}>
        {NOTIFY_TEXT.meMyData}
      </BigButton>
    </View>
  );
}

export default function MePage() {
  const me = useMe();
  const { data, actor } = me;
  let body;
  if (me.state.status === 'loading') body = <Loading />;
  else if (me.state.status === 'error') body = <ErrorNote message={me.state.error.message} onRetry={me.reload} />;
  else if (data && actor) {
    const staffRoles = data.roles.filter((r) => r !== 'resident');
    body = (
      <>
        <View className='card'>
          <Row label={STAFFING_TEXT.openidLabel} value={data.openid} />
          <Text className='me-hint'>{STAFFING_TEXT.openidHint}</Text>
          <BigButton variant='link' onClick={() => Taro.setClipboardData({ data: data.openid })}>
            {STAFFING_TEXT.copy}
          </BigButton>
        </View>
        <View className='card'>
          <Row label={STAFFING_TEXT.rolesLabel} value={(staffRoles.length ? staffRoles : data.roles).map(roleName).join('、')} />
          {data.scope ? <Row label={STAFFING_TEXT.scopeLabel} value={scopeName(data.scope)} /> : null}
          {data.community ? (
            <Row label={STAFFING_TEXT.communityLabel} value={`${data.community.district} · ${data.community.name}`} />
          ) : null}
          {staffRoles.length ? <Row label={STAFFING_TEXT.nameLabel} value={data.displayName ?? STAFFING_TEXT.noName} /> : null}
        </View>
        {canListStaff(actor) ? (
          <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: staffManageUrl() })}>
            {STAFFING_TEXT.staffLink}
          </BigButton>
        ) : null}
        {data.community && canMakePoster(actor, data.community) ? (
          <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: posterUrl(data.community!.id) })}>
            {STAFFING_TEXT.poster}
          </BigButton>
        ) : null}
        {canEditRegistry(actor) ? (
          <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: registryUrl() })}>
            {STAFFING_TEXT.registryLink}
          </BigButton>
        ) : null}
      </>
    );
  }
  return (
    <Screen className='me-page'>
      <Text className='title'>{STAFFING_TEXT.meTitle}</Text>
      <ResidentLinks />
      <CareSwitch />
      {body}
    </Screen>
  );
}
