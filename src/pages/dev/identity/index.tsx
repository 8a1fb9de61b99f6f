// H5 local mode only: choose whose identity (X-OpenId) the app acts as, to try the whole loop in one browser.
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { homeUrl } from '../../../routes';
import { BigButton } from '../../../common/components/BigButton';
import { ADMIN_PRESET, RESIDENT_PRESETS, chooseOpenId, currentOpenId } from '../../../dev/identity';
import { DEV_TEXT } from '../../../text/dev';
import './index.scss';

function actAs(openid: string) {
  if (!openid.trim()) return;
  chooseOpenId(openid);
  Taro.reLaunch({ url: homeUrl() });
}

export default function IdentityPage() {
  const current = currentOpenId();
  const [custom, setCustom] = useState('');
  return (
    <View className='screen identity-page'>
      <Text className='title'>{DEV_TEXT.title}</Text>
      <Text className='subtitle'>{DEV_TEXT.hint}</Text>
      <Text className='identity-page__current'>{DEV_TEXT.current(current)}</Text>
      <Text className='identity-page__group'>{DEV_TEXT.residents}</Text>
      <View className='identity-page__presets'>
        {RESIDENT_PRESETS.map((id) => (
          <BigButton key={id} variant='option' selected={id === current} onClick={() => actAs(id)}>
            {id}
          </BigButton>
        ))}
      </View>
      <Text className='identity-page__group'>{DEV_TEXT.admin}</Text>
      <BigButton variant='option' selected={current === ADMIN_PRESET} onClick={() => actAs(ADMIN_PRESET)}>
        {ADMIN_PRESET}
      </BigButton>
      <Text className='identity-page__group'>{DEV_TEXT.custom}</Text>
      <Input className='field-input' value={custom} placeholder={DEV_TEXT.customPlaceholder} onInput={(e) => setCustom(e.detail.value)} />
      <BigButton disabled={!custom.trim()} onClick={() => actAs(custom)}>
        {DEV_TEXT.use}
      </BigButton>
      <BigButton variant='link' onClick={() => Taro.reLaunch({ url: homeUrl() })}>
        {DEV_TEXT.home}
      </BigButton>
    </View>
  );
}
