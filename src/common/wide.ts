// Whether the window is a desk's (the console's navigation column and two-column layouts, from 1024 CSS px) or a
// phone's. In a browser it asks the same media query the stylesheets use, so script and styles always agree.
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

export const WIDE_FROM = 1024;
const QUERY = `(min-width: ${WIDE_FROM}px)`;

export function isWideScreen(): boolean {
  try {
    if (process.env.TARO_ENV === 'weapp') return Taro.getWindowInfo().windowWidth >= WIDE_FROM;
    return typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;
  } catch {
    return false;
  }
}

/** isWideScreen, kept current as the window is resized (a desktop window narrowed to a phone's width and back). */
export function useWideScreen(): boolean {
  const [wide, setWide] = useState(isWideScreen);
  useEffect(() => {
    const update = () => setWide(isWideScreen());
    if (process.env.TARO_ENV === 'weapp') {
      Taro.onWindowResize(update);
      return () => Taro.offWindowResize(update);
    }
    if (typeof window.matchMedia !== 'function') return undefined;
    const query = window.matchMedia(QUERY);
    query.addEventListener?.('change', update);
    return () => query.removeEventListener?.('change', update);
  }, []);
  return wide;
}
