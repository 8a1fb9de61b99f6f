// A resident's rating of a project: stars and an optional comment, kept if sending fails; sending again replaces it.
import { useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import { RATING_MIN, RESIDENT_TEXT_MAX } from '../../cloud/contract/rules';
import { callCloud, type ApiCallError } from '../common/api/cloud';
import { useAction, type Outcome } from '../common/hooks/useAction';
import { RESIDENTS_TEXT } from '../text/residents';
import { useConsent } from '../notify/useConsent';

/** A resident's words that were not sent, kept: the content check says which kind of content and how to rephrase; else try again. */
export function notSent(error: ApiCallError): Outcome {
  const after = error.code === 'CONTENT_REJECTED' ? RESIDENTS_TEXT.contentKept : RESIDENTS_TEXT.keptDraft;
  return { ok: false, message: `${error.message} ${after}` };
}

export function useRating(projectId: string, apply: (next: TProjectDetail) => void) {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const action = useAction();
  const askConsent = useConsent();
  const tooLong = comment.trim().length > RESIDENT_TEXT_MAX;

  /** My earlier rating, if any, fills the form. */
  const seed = ({ mine }: TProjectDetail) => {
    if (!mine.feedback) return;
    setStars(mine.feedback.rating);
    setComment(mine.feedback.comment ?? '');
  };

  const send = async () => {
    askConsent();
    if (stars < RATING_MIN) return action.refuse(RESIDENTS_TEXT.chooseStars);
    if (tooLong) return action.refuse(RESIDENTS_TEXT.tooLong(RESIDENT_TEXT_MAX));
    const text = comment.trim();
    const next = await action.run(() => callCloud('submitFeedback', { projectId, rating: stars, ...(text ? { comment: text } : {}) }), {
      done: () => RESIDENTS_TEXT.ratingSent,
      failed: notSent,
    });
    if (next) apply(next);
    return undefined;
  };

  return {
    seed,
    stars,
    comment,
    tooLong,
    sending: action.busy,
    result: action.result,
    chooseStars: (n: number) => {
      setStars(n);
      action.clear();
    },
    typeComment: (text: string) => setComment(text),
    send,
  };
}
