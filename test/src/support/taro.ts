// Test stand-in for '@tarojs/taro': Taro's H5 APIs, with lifecycle hooks and navigation that work
// outside a running Taro app (the real ones need the app's router and page instances).
import { useEffect } from 'react';
import * as TaroH5 from '@tarojs/taro-h5';

export * from '@tarojs/taro-h5';

let routerParams: Record<string, string> = {};

/** Sets the query the page under test was opened with. */
export function setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}

export const useRouter = () => ({ params: routerParams, path: '' });

/** Runs `fn` once, when the component mounts: what the page lifecycle hooks do for a page opened once. */
function useOnMount(fn: (...args: never[]) => unknown, ...args: unknown[]) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once per mount, with the arguments of that moment
  useEffect(() => void (fn as (...a: unknown[]) => unknown)(...args), []);
}

export const useLoad = (fn: (params: Record<string, string>) => void) => useOnMount(fn, routerParams);
export const useLaunch = (fn: () => void) => useOnMount(fn);
export const useReady = (fn: () => void) => useOnMount(fn);
export const useDidShow = (fn: () => void) => useOnMount(fn);
export const useDidHide = () => undefined;
export const useUnload = () => undefined;
export const usePullDownRefresh = () => undefined;
export const useReachBottom = () => undefined;
type ShareHandler = (options: { from: string }) => { title?: string; path?: string };
let shareHandler: ShareHandler | null = null;
/** Keeps the page's share handler, as WeChat does, for `sharedPayload` to call. */
export const useShareAppMessage = (fn: ShareHandler) => {
  shareHandler = fn;
};
/** What WeChat would forward if the resident chose 转发 in the menu now; null when the page registered nothing. */
export function sharedPayload(): { title?: string; path?: string } | null {
  return shareHandler ? shareHandler({ from: 'menu' }) : null;
}
/** Forgets the share handler (each test renders its page afresh). */
export function resetShare(): void {
  shareHandler = null;
}

export const navigateTo = jest.fn(async (_: { url: string }) => ({ errMsg: 'navigateTo:ok' }));
export const redirectTo = jest.fn(async (_: { url: string }) => ({ errMsg: 'redirectTo:ok' }));
export const reLaunch = jest.fn(async (_: { url: string }) => ({ errMsg: 'reLaunch:ok' }));
export const navigateBack = jest.fn(async () => ({ errMsg: 'navigateBack:ok' }));

// In the H5 build Taro.x is rewritten to the named export x; here the default object gathers them.
const Taro = {
  ...TaroH5.default,
  ...TaroH5,
  useRouter,
  useLoad,
  useLaunch,
  useReady,
  useDidShow,
  useDidHide,
  useUnload,
  navigateTo,
  redirectTo,
  reLaunch,
  navigateBack,
};
export default Taro;
