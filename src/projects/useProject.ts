// One project for a resident: load it, rate it (stars + optional comment, kept if sending fails), join or leave a role.
import { useState } from 'react';
import type { TJoinRole, TProjectDetail } from '../../cloud/contract';
import { asApiCallError, callCloud } from '../api/cloud';
import { useCall } from '../hooks/useCall';
import { JOIN_ROLE_NAMES } from '../text/projects';
import { RESIDENTS_TEXT } from '../text/residents';

export const COMMENT_MAX = 500;

export interface Note {
  ok: boolean;
  message: string;
}

/** A resident's words that were not sent: the censor's refusal is said plainly; otherwise they are kept to try again. */
export function notSent(e: unknown): Note {
  const error = asApiCallError(e);
  return { ok: false, message: error.code === 'CONTENT_REJECTED' ? RESIDENTS_TEXT.contentRejected : `${error.message} ${RESIDENTS_TEXT.keptDraft}` };
}

export function useProject(projectId: string) {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [ratingNote, setRatingNote] = useState<Note | null>(null);
  const [busyRole, setBusyRole] = useState<TJoinRole | null>(null);
  const [joinNote, setJoinNote] = useState<Note | null>(null);
  /** My earlier rating, if any, fills the form. */
  const seed = ({ mine }: TProjectDetail) => {
    if (!mine.feedback) return;
    setStars(mine.feedback.rating);
    setComment(mine.feedback.comment ?? '');
  };
  const { state: load, reload, setData } = useCall('getProject', { projectId }, projectId !== '', seed);

  const project = load.status === 'ready' ? load.data : null;
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
      setData(next);
      setRatingNote({ ok: true, message: RESIDENTS_TEXT.ratingSent });
    } catch (e) {
      setRatingNote(notSent(e));
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
      setData(next);
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
    reload,
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
