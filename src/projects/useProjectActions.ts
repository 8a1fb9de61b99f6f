// What a worker does to a project besides editing its text: move the stage one step (back needs a reason),
// record an activity, and reply to or hide a resident's feedback. Each hands the changed project to `apply`.
import { useState } from 'react';
import type { TProjectDetail, TStage } from '../../cloud/contract';
import { callCloud } from '../api/cloud';
import { WORKER_TEXT } from '../text/worker';
import { failure, type Outcome } from './useProject';
import { checkActivity, neighbours, stageName, todayInShanghai, type ActivityDraft, type ActivityErrors } from './worker-projects';

type Apply = (p: TProjectDetail) => void;

export function useStageMove(project: TProjectDetail | null, apply: Apply) {
  const [backOpen, setBackOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Outcome | null>(null);
  const { next, prev } = project ? neighbours(project.stage) : { next: null, prev: null };

  const move = async (to: TStage, why?: string) => {
    if (busy || !project) return;
    setBusy(true);
    setResult(null);
    try {
      apply(await callCloud('updateProject', why ? { projectId: project.id, stage: to, reason: why } : { projectId: project.id, stage: to }));
      setBackOpen(false);
      setReason('');
      setResult({ ok: true, message: WORKER_TEXT.stageMoved(stageName(to)) });
    } catch (e) {
      setResult(failure(e, WORKER_TEXT.stageFailed));
    } finally {
      setBusy(false);
    }
  };

  const forward = () => (next ? move(next) : undefined);
  /** A step back is refused here without a reason, before any call (the server refuses it too). */
  const back = async () => {
    if (!prev) return;
    if (!reason.trim()) return setResult({ ok: false, message: WORKER_TEXT.needReason });
    await move(prev, reason.trim());
  };
  const openBack = (open: boolean) => {
    setBackOpen(open);
    setResult(null);
  };
  const typeReason = (text: string) => {
    setReason(text);
    setResult(null);
  };

  return { next, prev, backOpen, openBack, reason, typeReason, forward, back, busy, result };
}

export function useActivityForm(projectId: string, apply: Apply) {
  const [draft, setDraft] = useState<ActivityDraft>(() => ({ date: todayInShanghai(), description: '', servedCount: '' }));
  const [errors, setErrors] = useState<ActivityErrors>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Outcome | null>(null);

  const type = (field: keyof ActivityDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    setResult(null);
  };

  const record = async () => {
    if (busy) return;
    const checked = checkActivity(draft);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      apply(await callCloud('recordActivity', { projectId, ...checked.activity }));
      setDraft((d) => ({ date: d.date, description: '', servedCount: '' }));
      setResult({ ok: true, message: WORKER_TEXT.recorded });
    } catch (e) {
      setResult(failure(e, WORKER_TEXT.recordFailed));
    } finally {
      setBusy(false);
    }
  };

  return { draft, errors, type, record, busy, result };
}

export type AnswerMode = 'reply' | 'hide';

/** One open answer at a time: replying to, or hiding (with a reason), one feedback. */
export function useFeedbackAnswer(projectId: string, apply: Apply) {
  const [open, setOpen] = useState<{ feedbackId: string; mode: AnswerMode } | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Outcome | null>(null);

  const start = (feedbackId: string, mode: AnswerMode) => {
    setOpen({ feedbackId, mode });
    setText('');
    setResult(null);
  };
  const cancel = () => (setOpen(null), setResult(null));
  const type = (value: string) => (setText(value), setResult(null));

  const submit = async () => {
    if (busy || !open) return;
    const words = text.trim();
    if (!words) return setResult({ ok: false, message: open.mode === 'reply' ? WORKER_TEXT.needReply : WORKER_TEXT.needHideReason });
    setBusy(true);
    try {
      const { feedbackId, mode } = open;
      apply(
        mode === 'reply'
          ? await callCloud('replyFeedback', { projectId, feedbackId, reply: words })
          : await callCloud('hideFeedback', { projectId, feedbackId, reason: words }),
      );
      setOpen(null);
      setText('');
      setResult(null);
    } catch (e) {
      setResult(failure(e, WORKER_TEXT.answerFailed));
    } finally {
      setBusy(false);
    }
  };

  return { open, text, type, start, cancel, submit, busy, result };
}
