// A resident tells the community a need: an optional category and the text, kept if sending fails.
import { useState } from 'react';
import type { TNeed } from '../../cloud/contract';
import { RESIDENT_TEXT_MAX, type TCategory } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import { RESIDENTS_TEXT } from '../text/residents';
import { notSent } from './useRating';
import { useConsent } from '../notify/useConsent';

export function useNeedForm(communityId: string, onSent: (need: TNeed) => void) {
  const [category, setCategory] = useState<TCategory | null>(null);
  const [text, setText] = useState('');
  const action = useAction();
  const askConsent = useConsent();
  const tooLong = text.trim().length > RESIDENT_TEXT_MAX;

  const send = async () => {
    askConsent();
    const trimmed = text.trim();
    if (!trimmed) return action.refuse(RESIDENTS_TEXT.needEmpty);
    if (tooLong) return action.refuse(RESIDENTS_TEXT.tooLong(RESIDENT_TEXT_MAX));
    const need = await action.run(() => callCloud('submitNeed', { communityId, text: trimmed, ...(category ? { category } : {}) }), {
      done: () => RESIDENTS_TEXT.needSent,
      failed: notSent,
    });
    if (!need) return undefined;
    setText('');
    setCategory(null);
    onSent(need);
    return undefined;
  };

  return {
    category,
    text,
    tooLong,
    sending: action.busy,
    result: action.result,
    chooseCategory: (c: TCategory | null) => setCategory(c),
    typeText: (t: string) => {
      setText(t);
      if (action.result && !action.result.ok) action.clear();
    },
    send,
  };
}
