// 我的数据: everything the resident gave, and withdrawing one item after a confirm step, said in words.
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { joinRoleName, type TJoinRole } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import { useCall } from '../common/hooks/useCall';
import { NOTIFY_TEXT } from '../text/notify';

/** One item that can be withdrawn; `key` tells which one the confirm step is open for. */
export type Withdrawal =
  | { kind: 'need'; key: string; needId: string }
  | { kind: 'comment'; key: string; feedbackId: string }
  | { kind: 'role'; key: string; projectId: string; role: TJoinRole; title: string }
  | { kind: 'response'; key: string; communityId: string; year: number };

async function perform(w: Withdrawal): Promise<string> {
  switch (w.kind) {
    case 'need':
      return (await callCloud('withdrawNeed', { needId: w.needId })).message;
    case 'comment':
      return (await callCloud('withdrawFeedback', { feedbackId: w.feedbackId })).message;
    case 'role':
      await callCloud('leaveProject', { projectId: w.projectId, as: w.role });
      return NOTIFY_TEXT.left(joinRoleName(w.role), w.title);
    case 'response':
      return (await callCloud('withdrawResponse', { communityId: w.communityId, year: w.year })).message;
  }
}

export function useMyData() {
  const data = useCall('getMyData', {});
  const action = useAction();
  const [confirming, setConfirming] = useState<string | null>(null);

  const withdraw = async (w: Withdrawal) => {
    const message = await action.run(() => perform(w), { done: (m) => m, failed: (e) => NOTIFY_TEXT.failed(e.message) });
    setConfirming(null);
    // The words of what was done are at the top of the page: bring them into view.
    try {
      void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined);
    } catch {
      // no page to scroll (tests)
    }
    if (message !== undefined) data.reload();
  };

  return {
    state: data.state,
    data: data.data,
    reload: data.reload,
    busy: action.busy,
    result: action.result,
    confirming,
    ask: (key: string) => {
      action.clear();
      setConfirming(key);
    },
    cancel: () => setConfirming(null),
    withdraw,
  };
}
