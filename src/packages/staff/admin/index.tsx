// Admin page: make someone a community worker (of one community) or an official.
import { Input, Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { BigButton } from '../../../components/BigButton';
import { ErrorNote, Loading } from '../../../components/StatusView';
import { useCall } from '../../../hooks/useCall';
import { useAssignRole } from '../../../official/useAssignRole';
import { canAssignRoles } from '../../../roles';
import { OFFICIAL_TEXT } from '../../../text/official';
import './index.scss';

const ROLES = ['worker', 'official', 'evaluator'] as const;

export default function AdminPage() {
  const me = useCall('whoami', {});
  const isAdmin = me.state.status === 'ready' && canAssignRoles(me.state.data.roles);
  const communities = useCall('listCommunities', {}, isAdmin);
  const { form, update, busy, result, assign } = useAssignRole();

  if (me.state.status === 'loading') return <Screen><Loading /></Screen>;
  if (me.state.status === 'error') {
    return <Screen><ErrorNote message={me.state.error.message} onRetry={me.reload} /></Screen>;
  }
  if (!isAdmin) return <Screen><ErrorNote message={OFFICIAL_TEXT.adminOnly} /></Screen>;

  return (
    <Screen className='admin-page'>
      <Text className='title'>{OFFICIAL_TEXT.adminTitle}</Text>
      <Text className='field-label'>{OFFICIAL_TEXT.openidLabel}</Text>
      <Input
        className='field-input'
        value={form.openid}
        placeholder={OFFICIAL_TEXT.openidPlaceholder}
        onInput={(e) => update({ openid: e.detail.value })}
      />
      <Text className='field-label'>{OFFICIAL_TEXT.roleLabel}</Text>
      <View>
        {ROLES.map((role) => (
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
          {communities.state.status === 'ready'
            ? communities.state.data.communities.map((c) => (
                <BigButton
                  key={c.id}
                  variant='option'
                  selected={form.communityId === c.id}
                  onClick={() => update({ communityId: c.id })}
                >
                  {`${c.district} · ${c.name}`}
                </BigButton>
              ))
            : null}
        </>
      ) : null}
      {result ? (
        <Text className={`admin-result admin-result--${result.ok ? 'ok' : 'error'}`}>{result.message}</Text>
      ) : null}
      <BigButton disabled={busy} onClick={assign}>
        {busy ? OFFICIAL_TEXT.assigning : OFFICIAL_TEXT.assign}
      </BigButton>
    </Screen>
  );
}
