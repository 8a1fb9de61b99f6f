// Whether the window is a desk's (the console's two-column layout, from 1024 CSS px) or a phone's.
import Taro from '@tarojs/taro';

export const WIDE_FROM = 1024;

export function isWideScreen(): boolean {
  try {
    // In a browser the CSS width, which the stylesheets' media queries read too.
    const width = process.env.TARO_ENV === 'weapp' ? Taro.getWindowInfo().windowWidth : window.innerWidth;
    return width >= WIDE_FROM;
  } catch {
    return false;
  }
}
