// Asking once for WeChat subscribe-message consent when a resident sends a need or a comment or joins a project.
// The template ids come from getNotificationSettings (the server's one configuration), read when the page opens,
// since WeChat shows the consent dialog only from a tap. The device remembers that it asked; H5 has no such dialog.
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { MESSAGE_KINDS, type TMessageKind } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';

const ASKED_KEY = 'notify-consent-asked';
const SUPPORTED = process.env.TARO_ENV === 'weapp';

function alreadyAsked(): boolean {
  try {
    return Taro.getStorageSync(ASKED_KEY) === '1';
  } catch {
    return true;
  }
}

/** Answers `ask`, to call first thing in a tap handler: it shows WeChat's dialog once per device, then tells the server what was allowed. */
export function useConsent(): () => void {
  const templates = useRef<Partial<Record<TMessageKind, string | null>> | null>(null);
  useEffect(() => {
    if (!SUPPORTED || alreadyAsked()) return;
    callCloud('getNotificationSettings', {}).then(
      (s) => void (templates.current = s.templates),
      () => undefined,
    );
  }, []);

  return () => {
    const known = templates.current;
    if (!SUPPORTED || !known || alreadyAsked()) return;
    const pairs = MESSAGE_KINDS.flatMap((k) => (known[k] ? [[k, known[k]!] as const] : []));
    if (pairs.length === 0) return;
    Taro.setStorageSync(ASKED_KEY, '1');
    Taro.requestSubscribeMessage({ tmplIds: pairs.map(([, id]) => id) } as Parameters<typeof Taro.requestSubscribeMessage>[0]).then(
      (res) => {
        const answers = res as unknown as Record<string, string>;
        const kinds = pairs.filter(([, id]) => answers[id] === 'accept').map(([k]) => k);
        if (kinds.length > 0) void callCloud('allowNotifications', { kinds }).catch(() => undefined);
      },
      () => undefined, // refused or unavailable: the outbox (消息) still has every message
    );
  };
}
