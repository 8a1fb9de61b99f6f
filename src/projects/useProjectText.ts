// A project's text as its workers edit it (title, summary, plan, reflection): unsaved edits stay while other writes
// change the project, a save sends only what changed, and EDIT_CONFLICT (someone saved in between) asks for a reload.
import { useEffect, useRef, useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import { callCloud, type ApiCallError } from '../common/api/cloud';
import { useAction, type Outcome } from '../common/hooks/useAction';
import type { FieldErrors } from '../common/formCheck';
import { WORKER_TEXT } from '../text/worker';
import { checkText, TEXT_FIELDS, type TextDraft, type TextField } from './forms';

const EMPTY: TextDraft = { title: '', summary: '', plan: '', reflection: '' };
export const textOf = (p: TProjectDetail): TextDraft => ({ title: p.title, summary: p.summary, plan: p.plan, reflection: p.reflection });

/** A failed change to a project as the page says it: EDIT_CONFLICT asks for a reload. */
export function failure(say: (why: string) => string) {
  return (error: ApiCallError): Outcome =>
    error.code === 'EDIT_CONFLICT'
      ? { ok: false, message: WORKER_TEXT.conflict, conflict: true }
      : { ok: false, message: say(error.message) };
}

export function useProjectText(project: TProjectDetail | null, apply: (next: TProjectDetail) => void) {
  const [draft, setDraft] = useState<TextDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const action = useAction();
  /** The saved text the draft was made from; null while no project is loaded, so a reload starts afresh. */
  const base = useRef<TextDraft | null>(null);

  useEffect(() => {
    if (!project) {
      base.current = null;
      return;
    }
    const next = textOf(project);
    const was = base.current;
    base.current = next;
    // Fields edited since `was` keep the edit; the others follow the project.
    setDraft((d) => (was ? (Object.fromEntries(TEXT_FIELDS.map((f) => [f, d[f] !== was[f] ? d[f] : next[f]])) as TextDraft) : next));
  }, [project]);

  const type = (field: TextField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    action.clear();
  };

  const save = async () => {
    if (!project) return;
    const checked = checkText(project, draft, textOf(project));
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    if (!TEXT_FIELDS.some((f) => f in checked.data)) return action.say({ ok: true, message: WORKER_TEXT.saved });
    const saved = await action.run(() => callCloud('updateProject', checked.data), {
      done: () => WORKER_TEXT.saved,
      failed: failure(WORKER_TEXT.saveFailed),
    });
    if (saved) apply(saved);
  };

  const dirty = project ? TEXT_FIELDS.some((f) => draft[f].trim() !== textOf(project)[f]) : false;
  return { draft, errors, type, save, saving: action.busy, result: action.result, dirty };
}
