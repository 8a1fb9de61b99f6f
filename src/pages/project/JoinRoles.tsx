// Joining the project as 志愿者, 监督者 or 评价者: one large button per role, showing which ones I joined.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { JOIN_ROLES, type TJoinRole } from '../../../cloud/contract/rules';
import type { useJoin } from '../../projects/useJoin';
import { ActionResult } from '../../common/components/ActionResult';
import { CheckRow } from '../../common/components/CheckRow';
import { BigButton } from '../../common/components/BigButton';
import { RESIDENTS_TEXT } from '../../text/residents';

/** Under 报名当志愿者: an optional phone number, sent only with the volunteer's consent. */
function VolunteerContact({
  phone,
  consent,
  onPhone,
  onConsent,
}: {
  phone: string;
  consent: boolean;
  onPhone: (v: string) => void;
  onConsent: () => void;
}) {
  return (
    <View className='join-contact' id='volunteer-contact'>
      <Text className='field-label'>{RESIDENTS_TEXT.phoneLabel}</Text>
      <Input
        id='volunteer-phone'
        className='text-box join-contact__phone'
        type='number'
        maxlength={20}
        value={phone}
        placeholder={RESIDENTS_TEXT.phonePlaceholder}
        onInput={(e) => onPhone(e.detail.value)}
      />
      <CheckRow id='volunteer-phone-consent' checked={consent} label={RESIDENTS_TEXT.phoneConsent} onToggle={onConsent} />
    </View>
  );
}

export function JoinRoles({ joined, join }: { joined: readonly TJoinRole[]; join: ReturnType<typeof useJoin> }) {
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  return (
    <View className='card' id='join-roles'>
      <Text className='section-title'>{RESIDENTS_TEXT.joinTitle}</Text>
      <Text className='hint'>{RESIDENTS_TEXT.joinHint}</Text>
      {JOIN_ROLES.map(({ id, name }) => {
        const mine = joined.includes(id);
        return (
          <View key={id} className='join-role'>
            <BigButton
              variant={mine ? 'option' : 'secondary'}
              selected={mine}
              disabled={join.busyRole !== null}
              onClick={() => join.toggle(id, id === 'volunteer' ? { phone, consent } : undefined)}
            >
              {join.busyRole === id ? RESIDENTS_TEXT.working : mine ? RESIDENTS_TEXT.joinedAs(name) : RESIDENTS_TEXT.joinAs(name)}
            </BigButton>
            <Text className='join-role__help'>{RESIDENTS_TEXT.roleHelp[id]}</Text>
            {id === 'volunteer' && !mine ? (
              <VolunteerContact phone={phone} consent={consent} onPhone={setPhone} onConsent={() => setConsent((c) => !c)} />
            ) : null}
          </View>
        );
      })}
      <ActionResult result={join.result} />
    </View>
  );
}
