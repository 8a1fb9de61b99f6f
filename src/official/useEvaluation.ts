// One project's third-party evaluation on the page: load it, keep the six typed scores, check them and save.
import { useEffect, useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import { asApiCallError, callCloud, type ApiCallError } from '../api/cloud';
import { EVALUATION_TEXT, type AspectId } from '../text/evaluation';
import { checkDraft, draftOfAspects, emptyDraft, type AspectDraft } from './evaluation';

type Load = { status: 'loading' } | { status: 'error'; error: ApiCallError } | { status: 'ready' };

export function useEvaluation(projectId: string) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [project, setProject] = useState<TProjectDetail | null>(null);
  const [draft, setDraft] = useState<AspectDraft>(emptyDraft);
  const [showAll, setShowAll] = useState(false);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!projectId) return undefined;
    let live = true;
    setLoad({ status: 'loading' });
    callCloud('getProject', { projectId }).then(
      (p) => {
        if (!live) return;
        setProject(p);
        setDraft(draftOfAspects(p.evaluation?.aspects));
        setShowAll(false);
        setResult(null);
        setLoad({ status: 'ready' });
      },
      (e: unknown) => live && setLoad({ status: 'error', error: asApiCallError(e) }),
    );
    return () => {
      live = false;
    };
  }, [projectId, attempt]);

  const checked = checkDraft(draft, showAll);

  const type = (id: AspectId, value: string) => {
    setDraft((d) => ({ ...d, [id]: value }));
    setResult(null);
  };

  const save = async () => {
    if (saving) return;
    const { aspects } = checkDraft(draft, true);
    if (!aspects) {
      setShowAll(true);
      setResult({ ok: false, message: EVALUATION_TEXT.fixFirst });
      return;
    }
    setSaving(true);
    try {
      const p = await callCloud('saveProjectEvaluation', { projectId, aspects });
      setProject(p);
      setDraft(draftOfAspects(p.evaluation?.aspects));
      setShowAll(false);
      setResult({ ok: true, message: EVALUATION_TEXT.saved });
    } catch (e) {
      setResult({ ok: false, message: EVALUATION_TEXT.saveFailed(asApiCallError(e).message) });
    } finally {
      setSaving(false);
    }
  };

  return {
    load,
    reload: () => setAttempt((a) => a + 1),
    project,
    draft,
    errors: checked.errors,
    aspects: checked.aspects,
    type,
    save,
    saving,
    result,
  };
}
