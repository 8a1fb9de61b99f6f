// The identity the H5 build acts as in local mode (sent as X-OpenId), kept in Taro storage.
import Taro from '@tarojs/taro';

const STORAGE_KEY = 'dev-openid';
export const RESIDENT_PRESETS = ['resident-1', 'resident-2', 'resident-3', 'resident-4'];
export const ADMIN_PRESET = 'dev-admin';
const DEFAULT_OPENID = RESIDENT_PRESETS[0];

export function currentOpenId(): string {
  try {
    const stored = Taro.getStorageSync(STORAGE_KEY);
    return typeof stored === 'string' && stored ? stored : DEFAULT_OPENID;
  } catch {
    return DEFAULT_OPENID;
  }
}

export function chooseOpenId(openid: string): void {
  Taro.setStorageSync(STORAGE_KEY, openid.trim());
}
