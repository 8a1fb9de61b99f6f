// Making an invitation: the roles, communities and scopes the caller may invite to, the expiry, then the code, link and QR image.
import { Image, Text, View } from '@tarojs/components';
import type { TCommunity } from '../../../../cloud/contract';
import type { Actor } from '../../../../cloud/contract/rules';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { FormField } from '../../../common/components/FormField';
import { postPlace, roleName, shortTime } from '../../../staffing/describe';
import { inviteOptions } from '../../../staffing/invite-options';
import { useInvite } from '../../../staffing/useInvite';
import { STAFFING_TEXT } from '../../../text/staffing';
import { PostChooser } from './PostChooser';

export function InviteForm({ actor, communities }: { actor: Actor; communities: TCommunity[] }) {
  const options = inviteOptions(actor, communities);
  const { form, update, create, made, busy, result } = useInvite(options.roles[0] ?? 'worker');
  if (options.roles.length === 0) return null;
  const names = Object.fromEntries(communities.map((c) => [c.id, c.name]));
  return (
    <View className='card invite-form' id='invite-form'>
      <Text className='section-title'>{STAFFING_TEXT.inviteFormTitle}</Text>
      <Text className='field-label'>{STAFFING_TEXT.roleLabel}</Text>
      <View className='chips'>
        {options.roles.map((role) => (
          <BigButton
            key={role}
            variant='option'
            className='chip'
            selected={form.role === role}
            onClick={() => update({ role, communityId: null, scope: null })}
          >
            {roleName(role)}
          </BigButton>
        ))}
      </View>
      <PostChooser key={form.role} role={form.role} options={options} communityId={form.communityId} scope={form.scope} choose={update} />
      <FormField
        id='invite-hours'
        label={STAFFING_TEXT.expiryLabel}
        type='number'
        value={form.hours}
        onInput={(hours) => update({ hours })}
      />
      <ActionResult result={result} />
      <BigButton
        disabled={busy || (form.role === 'official' && !form.scope) || (form.role === 'worker' && !form.communityId)}
        onClick={create}
      >
        {busy ? STAFFING_TEXT.creating : STAFFING_TEXT.create}
      </BigButton>
      {made ? (
        <View className='invitation' id='invitation'>
          <Text className='invitation__note'>{STAFFING_TEXT.created}</Text>
          <Text className='invitation__who'>{`${roleName(made.role)} · ${postPlace(made.role, made.communityId, made.scope, names)}`}</Text>
          <Text className='invitation__code' userSelect>
            {made.code}
          </Text>
          <Text className='field-label'>{STAFFING_TEXT.linkLabel}</Text>
          <Text className='invitation__link' userSelect>
            {made.link}
          </Text>
          <Text className='invitation__expiry'>{STAFFING_TEXT.expiresAt(shortTime(made.expiresAt))}</Text>
          {made.image ? <Image className='invitation__qr' src={made.image.url} mode='aspectFit' /> : <Text>{STAFFING_TEXT.noImage}</Text>}
        </View>
      ) : null}
    </View>
  );
}
