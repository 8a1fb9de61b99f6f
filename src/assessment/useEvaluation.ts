// One project's third-party evaluation on the page: load it, keep the six typed scores, check them and save.
import { useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import { asApiCallError, callCloud } from '../api/cloud';
import { useCall } from '../hooks/useCall';
import { EVALUATION_TEXT, type AspectId } from '../text/evaluation';
import { checkDraft, draftOfAspects, emptyDraft, type AspectDraft } from './evaluation';

export function useEvaluation(projectId: string) {
  const [draft, setDraft] = useState<AspectDraft>(emptyDraft);
  const [showAll, setShowAll] = useState(false);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  /** The saved scores, or none, fill the form; problems show again only as the evaluator types. */
  const seed = (p: TProjectDetail) => {
    setDraft(draftOfAspects(p.evaluation?.aspects));
    setShowAll(false);
    setResult(null);
  };
  const { state: load, reload, setData } = useCall('getProject', { projectId }, projectId !== '', seed);
  const project = load.status === 'ready' ? load.data : null;

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
      setData(p);
      seed(p);
      setResult({ ok: true, message: EVALUATION_TEXT.saved });
    } catch (e) {
      setResult({ ok: false, message: EVALUATION_TEXT.saveFailed(asApiCallError(e).message) });
    } finally {
      setSaving(false);
    }
  };

  return {
    load,
    reload,
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
