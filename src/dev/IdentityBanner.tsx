// H5 local mode only: a small badge at the top of each page showing the current identity, leading to the switcher.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { identityUrl } from '../routes';
import { DEV_TEXT } from '../text/dev';
import { currentOpenId } from './identity';
import './IdentityBanner.scss';

export function IdentityBanner() {
  return (
    <View className='identity-banner' onClick={() => Taro.navigateTo({ url: identityUrl() })}>
      {DEV_TEXT.banner(currentOpenId())}
    </View>
  );
}
