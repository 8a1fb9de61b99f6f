// One project for a resident: load it, rate it (stars + optional comment, kept if sending fails), join or leave a role.
import { useEffect, useState } from 'react';
import type { TJoinRole, TProjectDetail } from '../../cloud/contract';
import { asApiCallError, callCloud, type ApiCallError } from '../api/cloud';
import { JOIN_ROLE_NAMES } from '../text/projects';
import { RESIDENTS_TEXT } from '../text/residents';

export const COMMENT_MAX = 500;

type Load = { status: 'loading' } | { status: 'error'; error: ApiCallError } | { status: 'ready'; project: TProjectDetail };
export interface Note {
  ok: boolean;
  message: string;
}

export function useProject(projectId: string) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [ratingNote, setRatingNote] = useState<Note | null>(null);
  const [busyRole, setBusyRole] = useState<TJoinRole | null>(null);
  const [joinNote, setJoinNote] = useState<Note | null>(null);

  useEffect(() => {
    if (!projectId) return undefined;
    let live = true;
    setLoad({ status: 'loading' });
    callCloud('getProject', { projectId }).then(
      (project) => {
        if (!live) return;
        setLoad({ status: 'ready', project });
        const mine = project.mine.feedback;
        if (mine) {
          setStars(mine.rating);
          setComment(mine.comment ?? '');
        }
      },
      (e: unknown) => live && setLoad({ status: 'error', error: asApiCallError(e) }),
    );
    return () => {
      live = false;
    };
  }, [projectId, attempt]);

  const project = load.status === 'ready' ? load.project : null;
  const tooLong = comment.trim().length > COMMENT_MAX;

  const sendRating = async () => {
    if (sending) return;
    if (stars < 1) return setRatingNote({ ok: false, message: RESIDENTS_TEXT.chooseStars });
    if (tooLong) return setRatingNote({ ok: false, message: RESIDENTS_TEXT.tooLong(COMMENT_MAX) });
    setSending(true);
    setRatingNote(null);
    const text = comment.trim();
    try {
      const next = await callCloud('submitFeedback', { projectId, rating: stars, ...(text ? { comment: text } : {}) });
      setLoad({ status: 'ready', project: next });
      setRatingNote({ ok: true, message: RESIDENTS_TEXT.ratingSent });
    } catch (e) {
      const err = asApiCallError(e);
      const message = err.code === 'CONTENT_REJECTED' ? RESIDENTS_TEXT.contentRejected : `${err.message} ${RESIDENTS_TEXT.keptDraft}`;
      setRatingNote({ ok: false, message });
    } finally {
      setSending(false);
    }
  };

  const toggleRole = async (role: TJoinRole) => {
    if (!project || busyRole) return;
    const leaving = project.mine.joined.includes(role);
    setBusyRole(role);
    setJoinNote(null);
    try {
      const next = await callCloud(leaving ? 'leaveProject' : 'joinProject', { projectId, as: role });
      setLoad({ status: 'ready', project: next });
      const name = JOIN_ROLE_NAMES[role];
      setJoinNote({ ok: true, message: leaving ? RESIDENTS_TEXT.left(name) : RESIDENTS_TEXT.joined(name) });
    } catch (e) {
      setJoinNote({ ok: false, message: asApiCallError(e).message });
    } finally {
      setBusyRole(null);
    }
  };

  return {
    load,
    project,
    reload: () => setAttempt((a) => a + 1),
    rating: { stars, comment, sending, note: ratingNote, tooLong },
    chooseStars: (n: number) => {
      setStars(n);
      setRatingNote(null);
    },
    typeComment: (text: string) => setComment(text),
    sendRating,
    busyRole,
    joinNote,
    toggleRole,
  };
}
