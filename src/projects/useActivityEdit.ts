// A worker corrects (updateActivity) or removes (removeActivity) one activity, each with a reason the audit log keeps.
import { useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import { UpdateActivityInput } from '../../cloud/contract/activities';
import { callCloud } from '../common/api/cloud';
import { check, typedNumber, type FieldErrors } from '../common/formCheck';
import { useAction } from '../common/hooks/useAction';
import { ACTIVITY_TEXT } from '../text/activities';
import { WORKER_TEXT } from '../text/worker';
import { usePhotoUploads } from './usePhotoUploads';

type Activity = TProjectDetail['activities'][number];

export function useActivityEdit(project: TProjectDetail, apply: (p: TProjectDetail) => void) {
  const [open, setOpen] = useState<{ activityId: string; mode: 'edit' | 'remove' } | null>(null);
  const [draft, setDraft] = useState({ date: '', description: '', servedCount: '', reason: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const action = useAction();
  const photos = usePhotoUploads(action.refuse);

  const start = (a: Activity, mode: 'edit' | 'remove') => {
    setOpen({ activityId: a.id, mode });
    setDraft({ date: a.date, description: a.description, servedCount: String(a.servedCount), reason: '' });
    photos.reset((a.photos ?? []).map(({ fileId, name, type, url }) => ({ fileId, name, type, url })));
    setErrors({});
    action.clear();
  };
  const cancel = () => (setOpen(null), action.clear());
  const type = (field: keyof typeof draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    action.clear();
  };

  const save = async () => {
    if (!open) return;
    const served = draft.servedCount.trim();
    const checked = check(UpdateActivityInput, {
      projectId: project.id,
      activityId: open.activityId,
      date: draft.date,
      description: draft.description,
      servedCount: served ? typedNumber(served) : Number.NaN,
      photos: photos.photos.map((p) => p.fileId),
      reason: draft.reason,
    });
    const found: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (!served) found.servedCount = WORKER_TEXT.needServed;
    if (!draft.reason.trim()) found.reason = ACTIVITY_TEXT.needReason;
    setErrors(found);
    if (!checked.ok || Object.values(found).some(Boolean)) return;
    const changed = await action.run(() => callCloud('updateActivity', checked.data), {
      done: () => ACTIVITY_TEXT.saved,
      failed: (e) => ACTIVITY_TEXT.saveFailed(e.message),
    });
    if (!changed) return;
    apply(changed);
    setOpen(null);
  };

  const remove = async () => {
    if (!open) return;
    if (!draft.reason.trim()) return setErrors({ reason: ACTIVITY_TEXT.needReason });
    const changed = await action.run(
      () => callCloud('removeActivity', { projectId: project.id, activityId: open.activityId, reason: draft.reason }),
      { done: () => ACTIVITY_TEXT.removed, failed: (e) => ACTIVITY_TEXT.removeFailed(e.message) },
    );
    if (!changed) return;
    apply(changed);
    setOpen(null);
  };

  return {
    open,
    draft,
    errors,
    type,
    start,
    cancel,
    save,
    remove,
    photos,
    refuse: action.refuse,
    busy: action.busy || photos.uploading > 0,
    result: action.result,
  };
}
