// Claiming a staff invitation (the server's invitation link, or its 小程序码's scene i=<code>): name, then accept.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { homeUrl } from '../../routes';
import { ActionResult } from '../../common/components/ActionResult';
import { BigButton } from '../../common/components/BigButton';
import { FormField } from '../../common/components/FormField';
import { Screen } from '../../common/components/Screen';
import { usePageQuery } from '../../common/hooks/usePageQuery';
import { postPlace, roleName } from '../../staffing/describe';
import { codeFromEntry } from '../../staffing/invite-entry';
import { useClaim } from '../../staffing/useClaim';
import { STAFFING_TEXT } from '../../text/staffing';
import './index.scss';

export default function InvitePage() {
  const claim = useClaim(codeFromEntry(usePageQuery()));
  if (claim.joined) {
    const { role, communityId, scope, displayName } = claim.joined;
    const place = postPlace(role, communityId, scope);
    return (
      <Screen className='invite-page'>
        <View className='card'>
          <Text className='title'>{STAFFING_TEXT.joined(roleName(role), displayName ?? '')}</Text>
          {place ? <Text className='subtitle'>{place}</Text> : null}
        </View>
        <BigButton onClick={() => Taro.reLaunch({ url: homeUrl() })}>{STAFFING_TEXT.goHome}</BigButton>
      </Screen>
    );
  }
  return (
    <Screen className='invite-page'>
      <Text className='title'>{STAFFING_TEXT.inviteTitle}</Text>
      <Text className='subtitle'>{STAFFING_TEXT.inviteHint}</Text>
      <FormField
        id='invite-code'
        label={STAFFING_TEXT.codeLabel}
        value={claim.code}
        placeholder={STAFFING_TEXT.codePlaceholder}
        onInput={claim.setCode}
      />
      <FormField
        id='invite-name'
        label={STAFFING_TEXT.displayNameLabel}
        value={claim.displayName}
        placeholder={STAFFING_TEXT.displayNamePlaceholder}
        maxlength={20}
        onInput={claim.setDisplayName}
      />
      <ActionResult result={claim.result} />
      <BigButton disabled={claim.busy} onClick={claim.claim}>
        {claim.busy ? STAFFING_TEXT.accepting : STAFFING_TEXT.accept}
      </BigButton>
    </Screen>
  );
}
