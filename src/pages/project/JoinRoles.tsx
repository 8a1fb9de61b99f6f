// Joining the project as 志愿者, 监督者 or 评价者: one large button per role, showing which ones I joined.
import { Text, View } from '@tarojs/components';
import { JOIN_ROLES, type TJoinRole } from '../../../cloud/contract/rules';
import type { useJoin } from '../../projects/useJoin';
import { ActionResult } from '../../common/components/ActionResult';
import { BigButton } from '../../common/components/BigButton';
import { RESIDENTS_TEXT } from '../../text/residents';

export function JoinRoles({ joined, join }: { joined: readonly TJoinRole[]; join: ReturnType<typeof useJoin> }) {
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
              onClick={() => join.toggle(id)}
            >
              {join.busyRole === id ? RESIDENTS_TEXT.working : mine ? RESIDENTS_TEXT.joinedAs(name) : RESIDENTS_TEXT.joinAs(name)}
            </BigButton>
            <Text className='join-role__help'>{RESIDENTS_TEXT.roleHelp[id]}</Text>
          </View>
        );
      })}
      <ActionResult result={join.result} />
    </View>
  );
}
