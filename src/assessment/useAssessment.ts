// A community's assessment on the page: load it, keep the official's draft, have the server re-score it (debounced)
// and save it, keeping what the official changes while the save is on its way.
import { useCallback, useRef, useState } from 'react';
import type { TJudgedScore, TState } from '../../rubric';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import { useCall } from '../common/hooks/useCall';
import { useDebounced } from '../common/hooks/useDebounced';
import { RATE_ITEM_IDS } from '../../cloud/contract/assessment';
import { ASSESSMENT_TEXT } from '../text/assessment';
import { STAGES_TEXT } from '../text/stages';
import { changesOf, draftOf, hasChanges, missingReasons, rebase, scoreInputOf, type Draft } from './draft';
import { displayId } from './standard-view';

/** Long enough that tapping A, B, C in a row asks for one score, short enough to feel live. */
export const SCORE_DELAY_MS = 300;

export function useAssessment(communityId: string, year: number) {
  const [draft, setDraft] = useState<Draft>({ states: {}, notes: {}, reasons: {} });
  const latest = useRef(draft);
  latest.current = draft;
  const assessment = useCall('getAssessment', { communityId, year }, { enabled: communityId !== '', onReady: (a) => setDraft(draftOf(a)) });
  const saved = assessment.data;
  const action = useAction();

  // The scorer is the server's: the app never works a score out itself. Saved states have their score in the
  // assessment; only a draft whose states differ asks scoreAssessment for a what-if.
  const whatIf = saved && Object.keys(changesOf(draft, saved).states).length > 0 ? scoreInputOf(draft, saved) : null;
  const asked = useDebounced(whatIf, SCORE_DELAY_MS);
  const scored = useCall('scoreAssessment', asked ?? { states: {} }, { enabled: whatIf !== null && asked !== null });

  // While a newer what-if is on its way, the last score stays on screen.
  const last = useRef<TJudgedScore | null>(null);
  const score = whatIf === null ? (saved?.score ?? null) : (scored.data ?? last.current);
  last.current = score;
  const waiting = JSON.stringify(asked) !== JSON.stringify(whatIf) || scored.state.status === 'loading';
  const scoring = whatIf === null ? 'idle' : waiting ? 'busy' : scored.state.status === 'error' ? 'failed' : 'idle';

  // Stable, so the page's item rows (memoized) re-render only when their own item changes.
  const { clear } = action;
  const choose = useCallback(
    (itemId: string, state: TState | null) => {
      setDraft((d) => ({ ...d, states: { ...d.states, [itemId]: state } }));
      clear();
    },
    [clear],
  );
  const writeNote = useCallback(
    (itemId: string, note: string) => {
      setDraft((d) => ({ ...d, notes: { ...d.notes, [itemId]: note } }));
      clear();
    },
    [clear],
  );

  const writeReason = useCallback(
    (itemId: string, reason: string) => {
      setDraft((d) => ({ ...d, reasons: { ...d.reasons, [itemId]: reason } }));
      clear();
    },
    [clear],
  );

  const save = async () => {
    if (!saved) return;
    const sent = draft;
    const unexplained = missingReasons(sent, saved, RATE_ITEM_IDS);
    if (unexplained.length > 0) return action.refuse(STAGES_TEXT.reasonNeeded(unexplained.map(displayId).join('、')));
    const answer = await action.run(() => callCloud('saveAssessment', { communityId, year, ...changesOf(sent, saved) }), {
      done: () => ASSESSMENT_TEXT.saved,
      failed: (e) => ASSESSMENT_TEXT.saveFailed(e.message),
    });
    if (!answer) return;
    // Choices made while the save was on its way stay, and are scored again.
    setDraft(rebase(latest.current, sent, answer));
    assessment.setData(answer);
  };

  return {
    load: assessment.state,
    reload: assessment.reload,
    saved,
    draft,
    score,
    scoring: scoring as 'idle' | 'busy' | 'failed',
    choose,
    writeNote,
    writeReason,
    save,
    /** Put in place an assessment another call answered (a stage recorded, a reopening). */
    replace: (next: NonNullable<typeof saved>) => {
      assessment.setData(next);
      setDraft(draftOf(next));
    },
    saving: action.busy,
    result: action.result,
    dirty: saved ? hasChanges(draft, saved) : false,
  };
}
