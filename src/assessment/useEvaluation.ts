// One project's third-party evaluation on the page: load it, keep the six typed scores, check them and save.
import { useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import type { TAspectId } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import { useProject } from '../projects/useProject';
import { EVALUATION_TEXT } from '../text/evaluation';
import { checkDraft, draftChanged, draftOfAspects, emptyDraft, type AspectDraft } from './evaluation';

export function useEvaluation(projectId: string) {
  const [draft, setDraft] = useState<AspectDraft>(emptyDraft);
  const [showAll, setShowAll] = useState(false);
  const action = useAction();
  /** The saved scores, or none, fill the form; problems show again only as the evaluator types. */
  const seed = (p: TProjectDetail) => {
    setDraft(draftOfAspects(p.evaluation?.aspects));
    setShowAll(false);
  };
  const { load, project, reload, apply } = useProject(projectId, seed);

  const checked = checkDraft(projectId, draft, showAll);

  const type = (id: TAspectId, value: string) => {
    setDraft((d) => ({ ...d, [id]: value }));
    action.clear();
  };

  const save = async () => {
    const { aspects } = checkDraft(projectId, draft, true);
    if (!aspects) {
      setShowAll(true);
      return action.refuse(EVALUATION_TEXT.fixFirst);
    }
    const saved = await action.run(() => callCloud('saveProjectEvaluation', { projectId, aspects }), {
      done: () => EVALUATION_TEXT.saved,
      failed: (e) => EVALUATION_TEXT.saveFailed(e.message),
    });
    if (!saved) return undefined;
    apply(saved);
    seed(saved);
    return undefined;
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
    saving: action.busy,
    result: action.result,
    /** Scores typed but not saved: leaving asks first. */
    dirty: project ? draftChanged(draft, project.evaluation?.aspects) : false,
  };
}
