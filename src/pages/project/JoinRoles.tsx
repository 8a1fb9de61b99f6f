// Joining the project as 志愿者, 监督者 or 评价者: one large button per role, showing which ones I joined.
import { Text, View } from '@tarojs/components';
import type { TJoinRole } from '../../../cloud/contract';
import { JOIN_ROLES } from '../../residents/projects';
import { BigButton } from '../../components/BigButton';
import { NoteLine } from './NoteLine';
import type { useProject } from '../../residents/useProject';
import { JOIN_ROLE_NAMES } from '../../text/projects';
import { RESIDENTS_TEXT } from '../../text/residents';

type Props = Pick<ReturnType<typeof useProject>, 'busyRole' | 'joinNote' | 'toggleRole'> & { joined: readonly TJoinRole[] };

export function JoinRoles({ joined, busyRole, joinNote, toggleRole }: Props) {
  return (
    <View className='card' id='join-roles'>
      <Text className='section-title'>{RESIDENTS_TEXT.joinTitle}</Text>
      <Text className='hint'>{RESIDENTS_TEXT.joinHint}</Text>
      {JOIN_ROLES.map((role) => {
        const mine = joined.includes(role);
        const name = JOIN_ROLE_NAMES[role];
        return (
          <View key={role} className='join-role'>
            <BigButton variant={mine ? 'option' : 'secondary'} selected={mine} disabled={busyRole !== null} onClick={() => toggleRole(role)}>
              {busyRole === role ? RESIDENTS_TEXT.working : mine ? RESIDENTS_TEXT.joinedAs(name) : RESIDENTS_TEXT.joinAs(name)}
            </BigButton>
            <Text className='join-role__help'>{RESIDENTS_TEXT.roleHelp[role]}</Text>
          </View>
        );
      })}
      <NoteLine note={joinNote} />
    </View>
  );
}
