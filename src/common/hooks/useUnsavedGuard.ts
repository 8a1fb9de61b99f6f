// Unsaved work is not lost: while a page holds changes not yet saved, leaving it asks first.
// - H5: the browser asks before a reload, a close or another address (beforeunload); every in-app navigation
//   (Taro.navigateTo/redirectTo/navigateBack, the browser's back button) goes through the router's history, which
//   is blocked and asks with Taro.showModal; only 离开 lets it through.
// - weapp: wx.enableAlertBeforeUnload (base library 2.12.0+) asks on the navigation bar's back and Android's back
//   key; links the app itself follows (the console's navigation) ask through leaveTo.
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { CONSOLE_TEXT } from '../../text/console';

/** The part of the `history` package's History the guard uses (Taro's H5 router holds one: @tarojs/router's `history`). */
interface Transition {
  retry(): void;
}
export interface BlockableHistory {
  block(blocker: (tx: Transition) => void): () => void;
}

/** Pages holding unsaved work right now (shown ones only). */
let unsaved = 0;
export const hasUnsavedWork = () => unsaved > 0;

/** Asks whether to leave and lose the changes: true for 离开. */
export async function confirmLeave(): Promise<boolean> {
  const answer = await Taro.showModal({
    title: CONSOLE_TEXT.leaveTitle,
    content: CONSOLE_TEXT.leaveContent,
    confirmText: CONSOLE_TEXT.leaveConfirm,
    cancelText: CONSOLE_TEXT.leaveCancel,
  });
  return Boolean(answer.confirm);
}

/**
 * The H5 router's history; null in the weapp build. Required inside the build-time condition (as Screen.tsx loads
 * the H5-only banner), so the weapp bundle never resolves @tarojs/router.
 */
function routerHistory(): BlockableHistory | null {
  const router = process.env.TARO_ENV === 'h5' ? (require('@tarojs/router') as { history?: BlockableHistory }) : null;
  return router?.history ?? null;
}

function guardH5(): () => void {
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    e.preventDefault();
    e.returnValue = CONSOLE_TEXT.leaveAlert;
    return CONSOLE_TEXT.leaveAlert;
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  const history = routerHistory();
  let unblock: (() => void) | null = null;
  if (history) {
    unblock = history.block((tx) => {
      void confirmLeave().then((leave) => {
        if (!leave || !unblock) return;
        unblock();
        unblock = null;
        tx.retry();
      });
    });
  }
  return () => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    unblock?.();
    unblock = null;
  };
}

function guardWeapp(): () => void {
  // Base library 2.12.0+; older clients simply go back without asking.
  if (typeof Taro.enableAlertBeforeUnload !== 'function') return () => undefined;
  Taro.enableAlertBeforeUnload({ message: CONSOLE_TEXT.leaveAlert, fail: () => undefined });
  return () => void Taro.disableAlertBeforeUnload?.({ fail: () => undefined });
}

/** Guards the page while `dirty`: asks before leaving, in H5 and in WeChat. Only while the page is the one shown. */
export function useUnsavedGuard(dirty: boolean): void {
  const [shown, setShown] = useState(true);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));
  const armed = dirty && shown;
  useEffect(() => {
    if (!armed) return undefined;
    unsaved += 1;
    const release = process.env.TARO_ENV === 'h5' ? guardH5() : guardWeapp();
    return () => {
      unsaved -= 1;
      release();
    };
  }, [armed]);
}

/**
 * Follows one of the app's own links, asking first where nothing else would: in H5 the blocked history asks, so this
 * only navigates; in WeChat a redirect does not raise the back alert, so it asks itself while work is unsaved.
 */
export async function leaveTo(url: string): Promise<void> {
  if (process.env.TARO_ENV !== 'h5' && hasUnsavedWork() && !(await confirmLeave())) return;
  await Taro.redirectTo({ url });
}
