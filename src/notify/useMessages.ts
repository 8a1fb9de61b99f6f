// The caller's 消息: pages newest first; the unread ones shown are marked read once seen.
import { useEffect, useState } from 'react';
import type { TMessage } from '../../cloud/contract';
import { callCloud } from '../common/api/cloud';
import { useCall } from '../common/hooks/useCall';

export function useMessages() {
  const first = useCall('listMessages', {});
  const [older, setOlder] = useState<TMessage[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (!first.data) return;
    setOlder([]);
    setNext(first.data.next);
  }, [first.data]);

  const messages = [...(first.data?.messages ?? []), ...older];
  const unreadIds = messages.filter((m) => !m.read).map((m) => m.id);
  const unreadKey = unreadIds.join(',');
  // Seen is read: the page shows them, so they are marked (the dot stays for this visit).
  useEffect(() => {
    if (unreadKey) void callCloud('markMessagesRead', { ids: unreadKey.split(',').slice(0, 50) }).catch(() => undefined);
  }, [unreadKey]);

  const loadMore = async () => {
    if (!next || loadingMore) return;
    setLoadingMore(true);
    try {
      const page = await callCloud('listMessages', { cursor: next });
      setOlder((o) => [...o, ...page.messages]);
      setNext(page.next);
    } finally {
      setLoadingMore(false);
    }
  };

  return { state: first.state, reload: first.reload, messages, hasMore: next !== null, loadingMore, loadMore };
}

/** How many unread messages the caller has (我的 shows it); null until known. */
export function useUnreadCount(): number | null {
  const { data } = useCall('listMessages', { limit: 1 });
  return data ? data.unread : null;
}
