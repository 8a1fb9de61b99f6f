// A community's assessment on the page: load it, keep the official's draft, re-score it (debounced) and save it.
import { useEffect, useRef, useState } from 'react';
import type { TAssessment } from '../../cloud/contract';
import type { TJudgedScore, TState } from '../../rubric';
import { asApiCallError, callCloud, type ApiCallError } from '../api/cloud';
import { ASSESSMENT_TEXT } from '../text/assessment';
import { changesOf, draftOf, hasChanges, rebase, scoreInputOf, type Draft } from './draft';

/** Long enough that tapping A, B, C in a row asks for one score, short enough to feel live. */
const SCORE_DELAY_MS = 300;

type Load = { status: 'loading' } | { status: 'error'; error: ApiCallError } | { status: 'ready' };

export function useAssessment(communityId: string, year: number) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [saved, setSaved] = useState<TAssessment | null>(null);
  const [draft, setDraft] = useState<Draft>({ states: {}, notes: {} });
  const [score, setScore] = useState<TJudgedScore | null>(null);
  const [scoring, setScoring] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const touched = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(() => {
    if (!communityId) return undefined;
    let live = true;
    setLoad({ status: 'loading' });
    callCloud('getAssessment', { communityId, year }).then(
      (a) => {
        if (!live) return;
        touched.current = false;
        setSaved(a);
        setDraft(draftOf(a));
        setScore(a.score);
        setLoad({ status: 'ready' });
      },
      (e: unknown) => live && setLoad({ status: 'error', error: asApiCallError(e) }),
    );
    return () => {
      live = false;
    };
  }, [communityId, year, attempt]);

  // The scorer is the server's: the app never works a score out itself.
  const statesKey = JSON.stringify(draft.states);
  useEffect(() => {
    if (!saved || !touched.current) return undefined;
    let live = true;
    setScoring('busy');
    const timer = setTimeout(() => {
      callCloud('scoreAssessment', scoreInputOf(draft, saved)).then(
        (s) => {
          if (!live) return;
          setScore(s);
          setScoring('idle');
        },
        () => live && setScoring('failed'),
      );
    }, SCORE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [statesKey, saved]);

  const edit = (patch: (d: Draft) => Draft) => {
    setDraft(patch);
    setResult(null);
  };
  const choose = (itemId: string, state: TState | null) => {
    touched.current = true;
    edit((d) => ({ ...d, states: { ...d.states, [itemId]: state } }));
  };
  const writeNote = (itemId: string, note: string) => edit((d) => ({ ...d, notes: { ...d.notes, [itemId]: note } }));

  const save = async () => {
    if (!saved || saving) return;
    setSaving(true);
    const sent = draft;
    try {
      const a = await callCloud('saveAssessment', { communityId, year, ...changesOf(sent, saved) });
      // Choices made while the save was on its way stay, and are scored again.
      const next = rebase(latest.current, sent, a);
      touched.current = Object.keys(changesOf(next, a).states).length > 0;
      setSaved(a);
      setDraft(next);
      setScore(a.score);
      setScoring('idle');
      setResult({ ok: true, message: ASSESSMENT_TEXT.saved });
    } catch (e) {
      setResult({ ok: false, message: ASSESSMENT_TEXT.saveFailed(asApiCallError(e).message) });
    } finally {
      setSaving(false);
    }
  };

  return {
    load,
    reload: () => setAttempt((a) => a + 1),
    saved,
    draft,
    score,
    scoring,
    choose,
    writeNote,
    save,
    saving,
    result,
    dirty: saved ? hasChanges(draft, saved) : false,
  };
}
