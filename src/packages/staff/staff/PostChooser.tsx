// Where the invited post sits, chosen district first (a city holds hundreds of communities): a worker's community,
// or an official's scope (全市, a district, or one of its streets), offering only what the caller may invite to.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TCommunity } from '../../../../cloud/contract';
import type { Scope, TAssignableRole } from '../../../../cloud/contract/rules';
import { BigButton } from '../../../common/components/BigButton';
import type { InviteOptions } from '../../../staffing/invite-options';
import { STAFFING_TEXT } from '../../../text/staffing';

interface Props {
  role: TAssignableRole;
  options: InviteOptions;
  communityId: string | null;
  scope: Scope | null;
  choose: (patch: { communityId?: string; scope?: Scope }) => void;
}

const distinct = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];

function Chip({ text, selected, onClick }: { text: string; selected: boolean; onClick: () => void }) {
  return (
    <BigButton variant='option' className='chip' selected={selected} onClick={onClick}>
      {text}
    </BigButton>
  );
}

export function PostChooser({ role, options, communityId, scope, choose }: Props) {
  const districts =
    role === 'worker' ? distinct(options.communities.map((c) => c.district)) : distinct(options.scopes.map((s) => s.district));
  const [picked, setPicked] = useState<string | null>(districts.length === 1 ? districts[0] : null);
  if (role === 'evaluator') return null;
  const city = options.scopes.find((s) => s.district === null);
  const district = role === 'official' && scope ? (scope.district ?? null) : picked;
  const pick = (d: string) => {
    setPicked(d);
    const whole = options.scopes.find((s) => s.district === d && s.street === null);
    if (role === 'official' && whole) choose({ scope: whole });
  };
  const here: TCommunity[] = options.communities.filter((c) => c.district === picked);
  const streets = options.scopes.filter((s) => s.district !== null && s.district === (district ?? picked) && s.street !== null);
  const whole = options.scopes.find((s) => s.district !== null && s.district === (district ?? picked) && s.street === null);
  return (
    <>
      <Text className='field-label'>{role === 'worker' ? STAFFING_TEXT.communityChoose : STAFFING_TEXT.scopeChoose}</Text>
      <View className='chips'>
        {role === 'official' && city ? (
          <Chip
            text={STAFFING_TEXT.wholeCity}
            selected={scope?.district === null}
            onClick={() => (setPicked(null), choose({ scope: city }))}
          />
        ) : null}
        {districts.map((d) => (
          <Chip key={d} text={d} selected={(district ?? picked) === d} onClick={() => pick(d)} />
        ))}
      </View>
      {role === 'worker' && picked ? (
        <View className='chips chips--inner'>
          {here.map((c) => (
            <Chip key={c.id} text={c.name} selected={communityId === c.id} onClick={() => choose({ communityId: c.id })} />
          ))}
        </View>
      ) : null}
      {role === 'official' && (district ?? picked) && streets.length ? (
        <View className='chips chips--inner'>
          {whole ? (
            <Chip
              text={STAFFING_TEXT.wholeDistrict}
              selected={scope?.district === whole.district && scope.street === null}
              onClick={() => choose({ scope: whole })}
            />
          ) : null}
          {streets.map((s) => (
            <Chip key={s.street!} text={s.street!} selected={scope?.street === s.street} onClick={() => choose({ scope: s })} />
          ))}
        </View>
      ) : null}
    </>
  );
}
