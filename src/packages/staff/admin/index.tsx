// Admin page: make someone a community worker (of one community), an official or a third-party evaluator.
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { ASSIGNABLE_ROLES, canAssignRoles } from '../../../../cloud/contract/rules';
import { useAssignRole } from '../../../admin/useAssignRole';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { useCall } from '../../../common/hooks/useCall';
import { useMe } from '../../../common/hooks/useMe';
import { OFFICIAL_TEXT } from '../../../text/official';
import { STAFFING_TEXT } from '../../../text/staffing';
import { staffManageUrl } from '../../../routes';
import './index.scss';

function AssignForm() {
  const communities = useCall('listCommunities', {});
  const { form, update, busy, result, assign } = useAssignRole();
  return (
    <>
      <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: staffManageUrl() })}>
        {STAFFING_TEXT.staffLink}
      </BigButton>
      <Text className='title'>{STAFFING_TEXT.repairTitle}</Text>
      <Text className='field-label'>{OFFICIAL_TEXT.openidLabel}</Text>
      <Input
        className='field-input'
        value={form.openid}
        placeholder={OFFICIAL_TEXT.openidPlaceholder}
        onInput={(e) => update({ openid: e.detail.value })}
      />
      <Text className='field-label'>{OFFICIAL_TEXT.roleLabel}</Text>
      <View>
        {ASSIGNABLE_ROLES.map((role) => (
          <BigButton
            key={role}
            variant='option'
            selected={form.role === role}
            onClick={() => update({ role, communityId: role === 'worker' ? form.communityId : null })}
          >
            {OFFICIAL_TEXT.roles[role]}
          </BigButton>
        ))}
      </View>
      {form.role === 'worker' ? (
        <>
          <Text className='field-label'>{OFFICIAL_TEXT.communityLabel}</Text>
          {communities.state.status === 'loading' ? <Loading /> : null}
          {communities.state.status === 'error' ? (
            <ErrorNote message={communities.state.error.message} onRetry={communities.reload} />
          ) : null}
          {communities.data?.communities.map((c) => (
            <BigButton key={c.id} variant='option' selected={form.communityId === c.id} onClick={() => update({ communityId: c.id })}>
              {`${c.district} · ${c.name}`}
            </BigButton>
          ))}
        </>
      ) : null}
      <ActionResult result={result} />
      <BigButton disabled={busy} onClick={assign}>
        {busy ? OFFICIAL_TEXT.assigning : OFFICIAL_TEXT.assign}
      </BigButton>
    </>
  );
}

export default function AdminPage() {
  const me = useMe();
  let body;
  if (me.state.status === 'loading') body = <Loading />;
  else if (me.state.status === 'error') body = <ErrorNote message={me.state.error.message} onRetry={me.reload} />;
  else if (!me.actor || !canAssignRoles(me.actor)) body = <ErrorNote message={OFFICIAL_TEXT.adminOnly} />;
  else body = <AssignForm />;
  return (
    <ConsoleShell>
      <Screen className='admin-page'>{body}</Screen>
    </ConsoleShell>
  );
}
