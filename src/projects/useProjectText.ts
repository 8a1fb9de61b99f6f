// One project on the worker's page: load it, keep the edited text over what is saved, and save it
// (EDIT_CONFLICT: someone saved in between; the page offers to reload).
import { useCallback, useRef, useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import { asApiCallError, callCloud } from '../api/cloud';
import { useCall } from '../hooks/useCall';
import { WORKER_TEXT } from '../text/worker';
import { LONG_TEXT_MAX, TITLE_MAX } from './worker-projects';

export type TextField = 'title' | 'summary' | 'plan' | 'reflection';
export type TextDraft = Record<TextField, string>;
export const TEXT_FIELDS: readonly TextField[] = ['title', 'summary', 'plan', 'reflection'];
export interface Outcome {
  ok: boolean;
  message: string;
  conflict?: boolean;
}

export const textOf = (p: TProjectDetail): TextDraft => ({ title: p.title, summary: p.summary, plan: p.plan, reflection: p.reflection });

/** Only the fields that differ from the saved project, trimmed as the server stores them. */
export function textChanges(draft: TextDraft, p: TProjectDetail): Partial<TextDraft> {
  const saved = textOf(p);
  const changes: Partial<TextDraft> = {};
  for (const f of TEXT_FIELDS) if (draft[f].trim() !== saved[f]) changes[f] = draft[f].trim();
  return changes;
}

export function textProblem(draft: TextDraft): string | null {
  if (!draft.title.trim()) return WORKER_TEXT.needTitle;
  if (draft.title.trim().length > TITLE_MAX) return WORKER_TEXT.titleTooLong;
  if (TEXT_FIELDS.some((f) => draft[f].trim().length > LONG_TEXT_MAX)) return WORKER_TEXT.summaryTooLong;
  return null;
}

/** A failed change as the page says it: EDIT_CONFLICT asks for a reload. */
export function failure(e: unknown, say: (why: string) => string): Outcome {
  const error = asApiCallError(e);
  if (error.code === 'EDIT_CONFLICT') return { ok: false, message: WORKER_TEXT.conflict, conflict: true };
  return { ok: false, message: say(error.message) };
}

export function useProject(projectId: string) {
  const [draft, setDraft] = useState<TextDraft>({ title: '', summary: '', plan: '', reflection: '' });
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<Outcome | null>(null);
  const seed = (p: TProjectDetail) => {
    setDraft(textOf(p));
    setResult(null);
  };
  const { state: load, reload, setData } = useCall('getProject', { projectId }, projectId !== '', seed);
  const project = load.status === 'ready' ? load.data : null;

  const current = useRef(project);
  current.current = project;
  /** A changed project from any call: the saved text follows it, unsaved edits stay. */
  const apply = useCallback(
    (next: TProjectDetail) => {
      const before = current.current;
      if (before) {
        const was = textOf(before);
        setDraft((d) => {
          const merged = textOf(next);
          for (const f of TEXT_FIELDS) if (d[f] !== was[f]) merged[f] = d[f];
          return merged;
        });
      } else setDraft(textOf(next));
      current.current = next;
      setData(next);
    },
    [setData],
  );

  const type = (field: TextField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setResult(null);
  };

  const save = async () => {
    if (saving || !project) return;
    const problem = textProblem(draft);
    if (problem) return setResult({ ok: false, message: problem });
    const changes = textChanges(draft, project);
    if (Object.keys(changes).length === 0) return setResult({ ok: true, message: WORKER_TEXT.saved });
    setSaving(true);
    try {
      const p = await callCloud('updateProject', { projectId, ...changes });
      setData(p);
      seed(p);
      setResult({ ok: true, message: WORKER_TEXT.saved });
    } catch (e) {
      setResult(failure(e, WORKER_TEXT.saveFailed));
    } finally {
      setSaving(false);
    }
  };

  const dirty = project ? Object.keys(textChanges(draft, project)).length > 0 : false;
  return { load, project, reload, apply, draft, type, save, saving, result, dirty };
}
