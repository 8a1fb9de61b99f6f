// Staff within the caller's scope: name, role, where, since; 撤销身份 with a reason where the caller could have invited them.
import { Text, View } from '@tarojs/components';
import type { TCommunity } from '../../../../cloud/contract';
import { canRevoke, type Actor } from '../../../../cloud/contract/rules';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { FormField } from '../../../common/components/FormField';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { postPlace, roleName, shortTime } from '../../../staffing/describe';
import { postOf } from '../../../staffing/invite-options';
import { useStaffList } from '../../../staffing/useStaffList';
import { STAFFING_TEXT } from '../../../text/staffing';

export function StaffList({ actor, communities }: { actor: Actor; communities: TCommunity[] }) {
  const s = useStaffList(true);
  const names = Object.fromEntries(communities.map((c) => [c.id, c.name]));
  if (s.list.state.status === 'loading') return <Loading />;
  if (s.list.state.status === 'error') return <ErrorNote message={s.list.state.error.message} onRetry={s.list.reload} />;
  const staff = s.list.state.data.staff;
  return (
    <View className='staff-list'>
      <Text className='section-title'>{STAFFING_TEXT.staffTitle}</Text>
      {s.revoking === null ? <ActionResult result={s.result} /> : null}
      {staff.length === 0 ? <Text className='subtitle'>{STAFFING_TEXT.staffEmpty}</Text> : null}
      {staff.map((m) => {
        const post = postOf(m, communities);
        const may = post !== null && canRevoke(actor, post);
        return (
          <View key={m.staffId} className='card staff-member'>
            <Text className='staff-member__name'>{m.displayName ?? STAFFING_TEXT.noName2}</Text>
            <Text className='staff-member__post'>{`${roleName(m.role)} · ${postPlace(m.role, m.communityId, m.scope, names)}`}</Text>
            <Text className='staff-member__since'>{STAFFING_TEXT.since(shortTime(m.since))}</Text>
            {may && s.revoking !== m.staffId ? (
              <BigButton variant='link' onClick={() => s.start(m.staffId)}>
                {STAFFING_TEXT.revoke}
              </BigButton>
            ) : null}
            {s.revoking === m.staffId ? (
              <View className='revoke-form'>
                <FormField
                  id='revoke-reason'
                  label={STAFFING_TEXT.revokeReasonLabel}
                  value={s.reason}
                  placeholder={STAFFING_TEXT.revokeReasonPlaceholder}
                  onInput={s.setReason}
                />
                <ActionResult result={s.result} />
                <BigButton disabled={s.busy} onClick={() => s.revoke(m)}>
                  {STAFFING_TEXT.confirmRevoke}
                </BigButton>
                <BigButton variant='link' onClick={() => s.start(null)}>
                  {STAFFING_TEXT.cancel}
                </BigButton>
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
