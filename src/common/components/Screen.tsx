// The frame of every page: carries 长辈模式 (the `care` class raises the type and tap-target tokens of everything
// inside); in H5 local mode it also shows which identity the app acts as.
import type { ComponentType, ReactNode } from 'react';
import { View } from '@tarojs/components';
import { useCare } from '../hooks/useCare';

// Required only in the H5 build: the weapp bundle never sees the local-mode identity code.
const DevBanner: ComponentType | null =
  process.env.TARO_ENV === 'h5' ? (require('../../dev/IdentityBanner') as typeof import('../../dev/IdentityBanner')).IdentityBanner : null;

export function Screen({ children, className = '' }: { children: ReactNode; className?: string }) {
  const { care } = useCare();
  return (
    <View className={`screen ${care ? 'care ' : ''}${className}`}>
      {DevBanner ? <DevBanner /> : null}
      {children}
    </View>
  );
}
