// Making an invitation: the roles, communities and scopes the caller may invite to, the expiry, then the code, link and QR image.
import { Image, Text, View } from '@tarojs/components';
import type { TCommunity } from '../../../../cloud/contract';
import type { Actor } from '../../../../cloud/contract/rules';
import { ActionResult } from '../../../shared/components/ActionResult';
import { BigButton } from '../../../shared/components/BigButton';
import { FormField } from '../../../shared/components/FormField';
import { postPlace, roleName, scopeName, shortTime } from '../../../staffing/describe';
import { inviteOptions } from '../../../staffing/invite-options';
import { useInvite } from '../../../staffing/useInvite';
import { STAFFING_TEXT } from '../../../text/staffing';

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
      {form.role === 'worker' ? (
        <>
          <Text className='field-label'>{STAFFING_TEXT.communityChoose}</Text>
          <View className='chips'>
            {options.communities.map((c) => (
              <BigButton
                key={c.id}
                variant='option'
                className='chip'
                selected={form.communityId === c.id}
                onClick={() => update({ communityId: c.id })}
              >
                {`${c.district} · ${c.name}`}
              </BigButton>
            ))}
          </View>
        </>
      ) : null}
      {form.role === 'official' ? (
        <>
          <Text className='field-label'>{STAFFING_TEXT.scopeChoose}</Text>
          <View className='chips'>
            {options.scopes.map((s) => {
              const key = scopeName(s);
              const chosen = form.scope ? scopeName(form.scope) === key : false;
              return (
                <BigButton key={key} variant='option' className='chip' selected={chosen} onClick={() => update({ scope: s })}>
                  {key}
                </BigButton>
              );
            })}
          </View>
        </>
      ) : null}
      <FormField
        id='invite-hours'
        label={STAFFING_TEXT.expiryLabel}
        type='number'
        value={form.hours}
        onInput={(hours) => update({ hours })}
      />
      <ActionResult result={result} />
      <BigButton disabled={busy || (form.role === 'official' && !form.scope)} onClick={create}>
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
