// The worker's publish form: category, title and summary, checked by the contract's schema and the two-per-category
// rule before publishProject; the server's CATEGORY_LIMIT (someone filled the category meanwhile) shows on the category.
import { useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import type { TCategory } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import type { FieldErrors } from '../common/formCheck';
import { WORKER_TEXT } from '../text/worker';
import { checkPublish, type PublishDraft } from './forms';

const EMPTY: PublishDraft = { category: null, title: '', summary: '' };

export function usePublishProject(
  communityId: string,
  year: number,
  fullCategories: ReadonlySet<string>,
  onPublished: (project: TProjectDetail) => void,
) {
  const [draft, setDraft] = useState<PublishDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const action = useAction();

  const update = (patch: Partial<PublishDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[key];
      return next;
    });
    action.clear();
  };
  const choose = (category: TCategory) => update({ category });

  const publish = async () => {
    const checked = checkPublish(communityId, year, draft, fullCategories);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    const project = await action.run(() => callCloud('publishProject', checked.data), {
      done: () => WORKER_TEXT.published(checked.data.title),
      failed: (e) => {
        if (e.code === 'CATEGORY_LIMIT') setErrors({ category: e.message });
        return WORKER_TEXT.publishFailed(e.message);
      },
    });
    if (!project) return;
    setDraft(EMPTY);
    onPublished(project);
  };

  return { draft, errors, busy: action.busy, result: action.result, update, choose, publish };
}
