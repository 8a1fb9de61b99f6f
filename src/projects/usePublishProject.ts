// The worker's publish form: category, title and summary, checked against the contract's limits and the
// two-per-category rule before publishProject; the server's CATEGORY_LIMIT is shown as it says it.
import { useState } from 'react';
import type { TCategory, TProjectDetail } from '../../cloud/contract';
import { asApiCallError, callCloud } from '../api/cloud';
import { WORKER_TEXT } from '../text/worker';
import { checkPublish, type PublishDraft, type PublishErrors } from './worker-projects';

const EMPTY: PublishDraft = { category: null, title: '', summary: '' };

export function usePublishProject(
  communityId: string,
  year: number,
  fullCategories: ReadonlySet<string>,
  onPublished: (project: TProjectDetail) => void,
) {
  const [draft, setDraft] = useState<PublishDraft>(EMPTY);
  const [errors, setErrors] = useState<PublishErrors>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const update = (patch: Partial<PublishDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch) as (keyof PublishDraft)[]) delete next[key];
      return next;
    });
    setResult(null);
  };
  const choose = (category: TCategory) => update({ category });

  const publish = async () => {
    if (busy) return;
    const problems = checkPublish(draft, fullCategories);
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !draft.category) return;
    setBusy(true);
    setResult(null);
    try {
      const title = draft.title.trim();
      const project = await callCloud('publishProject', {
        communityId,
        year,
        category: draft.category,
        title,
        summary: draft.summary.trim(),
      });
      setDraft(EMPTY);
      setResult({ ok: true, message: WORKER_TEXT.published(title) });
      onPublished(project);
    } catch (e) {
      const error = asApiCallError(e);
      // CATEGORY_LIMIT: someone else filled the category meanwhile; the message names it and the limit.
      if (error.code === 'CATEGORY_LIMIT') setErrors({ category: error.message });
      setResult({ ok: false, message: WORKER_TEXT.publishFailed(error.message) });
    } finally {
      setBusy(false);
    }
  };

  return { draft, errors, busy, result, update, choose, publish };
}
