// What a worker does to a project besides editing its text: move the stage one step (back needs a reason),
// record an activity, and reply to or hide a resident's feedback. Each hands the changed project to `apply`.
import { useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import { neighbours, shanghaiDay, stageName, type TStage } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import type { FieldErrors } from '../common/formCheck';
import { WORKER_TEXT } from '../text/worker';
import { LOCKS_TEXT } from '../text/locks';
import { checkActivity, checkWords, type ActivityDraft } from './forms';
import { failure } from './useProjectText';
import { usePhotoUploads } from './usePhotoUploads';

type Apply = (p: TProjectDetail) => void;

export function useStageMove(project: TProjectDetail | null, apply: Apply) {
  const [backOpen, setBackOpen] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction();
  const { next, prev } = project ? neighbours(project.stage) : { next: null, prev: null };

  const move = async (to: TStage, why?: string) => {
    if (!project) return;
    const moved = await action.run(
      () => callCloud('updateProject', { projectId: project.id, revision: project.revision, stage: to, ...(why ? { reason: why } : {}) }),
      {
        done: () => WORKER_TEXT.stageMoved(stageName(to)),
        failed: failure(WORKER_TEXT.stageFailed),
      },
    );
    if (!moved) return;
    apply(moved);
    setBackOpen(false);
    setReason('');
  };

  const forward = () => (next ? move(next) : undefined);
  /** A step back is refused here without a reason, before any call (the server refuses it too). */
  const back = async () => {
    if (!prev) return;
    const checked = checkWords(reason, WORKER_TEXT.needReason);
    if (!checked.ok) return action.refuse(Object.values(checked.errors)[0] ?? WORKER_TEXT.needReason);
    await move(prev, checked.data);
  };
  const openBack = (open: boolean) => {
    setBackOpen(open);
    action.clear();
  };
  const typeReason = (text: string) => {
    setReason(text);
    action.clear();
  };

  return { next, prev, backOpen, openBack, reason, typeReason, forward, back, busy: action.busy, result: action.result };
}

export function useActivityForm(projectId: string, apply: Apply) {
  const [draft, setDraft] = useState<ActivityDraft>(() => ({ date: shanghaiDay(), description: '', servedCount: '' }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const action = useAction();
  const photos = usePhotoUploads(action.refuse);

  const type = (field: Exclude<keyof ActivityDraft, 'photos'>, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    action.clear();
  };

  const record = async () => {
    const checked = checkActivity(projectId, { ...draft, photos: photos.photos.map((p) => p.fileId) });
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    const recorded = await action.run(() => callCloud('recordActivity', checked.data), {
      done: () => WORKER_TEXT.recorded,
      failed: failure(WORKER_TEXT.recordFailed),
    });
    if (!recorded) return;
    apply(recorded);
    setDraft((d) => ({ date: d.date, description: '', servedCount: '' }));
    photos.reset([]);
  };

  return {
    draft,
    errors,
    type,
    record,
    photos,
    refuse: action.refuse,
    apply,
    busy: action.busy || photos.uploading > 0,
    result: action.result,
  };
}

export type AnswerMode = 'reply' | 'hide' | 'unhide';

/** One open answer at a time: replying to, or hiding (with a reason), one feedback. */
export function useFeedbackAnswer(projectId: string, apply: Apply) {
  const [open, setOpen] = useState<{ feedbackId: string; mode: AnswerMode } | null>(null);
  const [text, setText] = useState('');
  const action = useAction();

  const start = (feedbackId: string, mode: AnswerMode) => {
    setOpen({ feedbackId, mode });
    setText('');
    action.clear();
  };
  const cancel = () => (setOpen(null), action.clear());
  const type = (value: string) => (setText(value), action.clear());

  const submit = async () => {
    if (!open) return;
    const { feedbackId, mode } = open;
    const empty = mode === 'reply' ? WORKER_TEXT.needReply : mode === 'hide' ? WORKER_TEXT.needHideReason : LOCKS_TEXT.needUnhideReason;
    const checked = checkWords(text, empty);
    if (!checked.ok) return action.refuse(Object.values(checked.errors)[0] ?? '');
    const answered = await action.run(
      () =>
        mode === 'reply'
          ? callCloud('replyFeedback', { projectId, feedbackId, reply: checked.data })
          : callCloud(mode === 'hide' ? 'hideFeedback' : 'unhideFeedback', { projectId, feedbackId, reason: checked.data }),
      { failed: failure(WORKER_TEXT.answerFailed) },
    );
    if (!answered) return;
    apply(answered);
    setOpen(null);
    setText('');
  };

  return { open, text, type, start, cancel, submit, busy: action.busy, result: action.result };
}
