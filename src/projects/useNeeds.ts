// The needs page: the resident's own needs with the projects that answer them, and a new need (kept if sending fails).
import { useState } from 'react';
import type { TCategory } from '../../cloud/contract';
import { callCloud } from '../api/cloud';
import { useCall } from '../hooks/useCall';
import { RESIDENTS_TEXT } from '../text/residents';
import { notSent, type Note } from './useProject';

export const NEED_MAX = 500;

export function useNeeds(communityId: string) {
  const { state: load, reload, setData } = useCall('listMyNeeds', { communityId }, communityId !== '');
  const [category, setCategory] = useState<TCategory | null>(null);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [note, setNote] = useState<Note | null>(null);

  const tooLong = text.trim().length > NEED_MAX;

  const send = async () => {
    if (sending) return;
    const trimmed = text.trim();
    if (!trimmed) return setNote({ ok: false, message: RESIDENTS_TEXT.needEmpty });
    if (tooLong) return setNote({ ok: false, message: RESIDENTS_TEXT.tooLong(NEED_MAX) });
    setSending(true);
    setNote(null);
    try {
      const need = await callCloud('submitNeed', { communityId, text: trimmed, ...(category ? { category } : {}) });
      setText('');
      setCategory(null);
      setNote({ ok: true, message: RESIDENTS_TEXT.needSent });
      setData((mine) => ({ ...mine, needs: [need, ...mine.needs] }));
    } catch (e) {
      setNote(notSent(e));
    } finally {
      setSending(false);
    }
  };

  return {
    load,
    reload,
    draft: { category, text, tooLong },
    chooseCategory: (c: TCategory | null) => setCategory(c),
    typeText: (t: string) => {
      setText(t);
      if (note && !note.ok) setNote(null);
    },
    sending,
    note,
    send,
  };
}
