// The needs page: the resident's own needs with the projects that answer them, and a new need (kept if sending fails).
import { useEffect, useState } from 'react';
import type { TCategory, TNeed } from '../../cloud/contract';
import { asApiCallError, callCloud, type ApiCallError } from '../api/cloud';
import { RESIDENTS_TEXT } from '../text/residents';
import type { Note } from './useProject';

export const NEED_MAX = 500;

type Load = { status: 'loading' } | { status: 'error'; error: ApiCallError } | { status: 'ready'; needs: TNeed[] };

export function useNeeds(communityId: string) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [category, setCategory] = useState<TCategory | null>(null);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [note, setNote] = useState<Note | null>(null);

  useEffect(() => {
    if (!communityId) return undefined;
    let live = true;
    setLoad({ status: 'loading' });
    callCloud('listMyNeeds', { communityId }).then(
      ({ needs }) => live && setLoad({ status: 'ready', needs }),
      (e: unknown) => live && setLoad({ status: 'error', error: asApiCallError(e) }),
    );
    return () => {
      live = false;
    };
  }, [communityId, attempt]);

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
      setLoad((l) => (l.status === 'ready' ? { status: 'ready', needs: [need, ...l.needs] } : l));
    } catch (e) {
      const err = asApiCallError(e);
      const message = err.code === 'CONTENT_REJECTED' ? RESIDENTS_TEXT.contentRejected : `${err.message} ${RESIDENTS_TEXT.keptDraft}`;
      setNote({ ok: false, message });
    } finally {
      setSending(false);
    }
  };

  return {
    load,
    reload: () => setAttempt((a) => a + 1),
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
