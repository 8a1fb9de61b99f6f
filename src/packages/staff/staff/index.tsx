// 工作人员管理: invite staff (as canInviteStaff/canInvite allow) and list and revoke them (canListStaff).
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { canAssignRoles, canInviteStaff, canListStaff } from '../../../../cloud/contract/rules';
import { adminUrl } from '../../../routes';
import { BigButton } from '../../../common/components/BigButton';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { useCall } from '../../../common/hooks/useCall';
import { useMe } from '../../../common/hooks/useMe';
import { STAFFING_TEXT } from '../../../text/staffing';
import { InviteForm } from './InviteForm';
import { StaffList } from './StaffList';
import './index.scss';

export default function StaffPage() {
  const me = useMe();
  const allowed = me.actor ? canListStaff(me.actor) || canInviteStaff(me.actor) : false;
  const communities = useCall('listCommunities', {}, { enabled: allowed });
  let body;
  if (me.state.status === 'loading') body = <Loading />;
  else if (me.state.status === 'error') body = <ErrorNote message={me.state.error.message} onRetry={me.reload} />;
  else if (!me.actor || !allowed) body = <ErrorNote message={STAFFING_TEXT.forbidden} />;
  else if (communities.state.status === 'error')
    body = <ErrorNote message={communities.state.error.message} onRetry={communities.reload} />;
  else if (!communities.data) body = <Loading />;
  else {
    const list = communities.data.communities;
    body = (
      <>
        <InviteForm actor={me.actor} communities={list} />
        {canListStaff(me.actor) ? <StaffList actor={me.actor} communities={list} /> : null}
        {canAssignRoles(me.actor) ? (
          <BigButton variant='link' onClick={() => Taro.navigateTo({ url: adminUrl() })}>
            {STAFFING_TEXT.repairTitle}
          </BigButton>
        ) : null}
      </>
    );
  }
  return (
    <ConsoleShell>
      <Screen className='staff-page'>
        <Text className='title'>{STAFFING_TEXT.staffNavTitle}</Text>
        {body}
      </Screen>
    </ConsoleShell>
  );
}
