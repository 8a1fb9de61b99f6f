// Evidence per item (网络报送) on the assessment page: the community-year's list, one item's report form (note and
// files, uploaded as they are chosen), and an official's review. Each write answers the item, put in place in the list.
import { useCallback, useState } from 'react';
import type { TEvidenceItem, TFileLink, TListEvidenceOutput } from '../../cloud/contract';
import { MAX_EVIDENCE_FILES } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';
import { uploadFile, type PickedFile } from '../common/api/upload';
import { useAction } from '../common/hooks/useAction';
import { useCall } from '../common/hooks/useCall';
import { EVIDENCE_TEXT } from '../text/evidence';

export function useEvidence(communityId: string, year: number) {
  const call = useCall('listEvidence', { communityId, year }, { enabled: communityId !== '' });
  const { setData } = call;
  const replace = useCallback(
    (item: TEvidenceItem) => setData((list) => ({ ...list, items: list.items.map((i) => (i.itemId === item.itemId ? item : i)) })),
    [setData],
  );
  return { load: call.state, list: call.data, reload: call.reload, replace };
}
export type EvidenceList = TListEvidenceOutput;

/** A file in the form: one already reported (with its link) or one uploaded now (name and type only). */
export type DraftFile = Pick<TFileLink, 'fileId' | 'name' | 'type'> & { url?: string };

export function useEvidenceForm(key: { communityId: string; year: number }, item: TEvidenceItem, onSaved: (item: TEvidenceItem) => void) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<DraftFile[]>([]);
  const [uploading, setUploading] = useState(0);
  const action = useAction();

  const start = () => {
    setNote(item.note);
    setFiles(item.files);
    setOpen(true);
    action.clear();
  };
  const cancel = () => (setOpen(false), action.clear());
  const typeNote = (text: string) => (setNote(text), action.clear());
  const remove = (fileId: string) => setFiles((fs) => fs.filter((f) => f.fileId !== fileId));

  /** Uploads the chosen files one by one; each lands in the form as soon as it is up, a refusal is said in words. */
  const add = async (picked: PickedFile[]) => {
    action.clear();
    setUploading((n) => n + picked.length);
    for (const file of picked) {
      try {
        const fileId = await uploadFile(file);
        setFiles((fs) => [...fs, { fileId, name: file.name, type: file.type }]);
      } catch (e) {
        action.refuse((e as Error).message);
      } finally {
        setUploading((n) => n - 1);
      }
    }
  };

  const submit = async () => {
    if (note.trim() === '' && files.length === 0) return action.refuse(EVIDENCE_TEXT.needSomething);
    const saved = await action.run(
      () => callCloud('submitEvidence', { ...key, itemId: item.itemId, note, files: files.map((f) => f.fileId) }),
      { done: () => EVIDENCE_TEXT.sent, failed: (e) => EVIDENCE_TEXT.sendFailed(e.message) },
    );
    if (!saved) return;
    onSaved(saved);
    setOpen(false);
  };

  return {
    open,
    note,
    files,
    room: MAX_EVIDENCE_FILES - files.length - uploading,
    uploading,
    start,
    cancel,
    typeNote,
    add,
    remove,
    refuse: action.refuse,
    submit,
    busy: action.busy || uploading > 0,
    result: action.result,
  };
}

export function useEvidenceReview(key: { communityId: string; year: number }, itemId: string, onSaved: (item: TEvidenceItem) => void) {
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const action = useAction();

  const send = async (status: 'accepted' | 'needs_more', words: string) => {
    const saved = await action.run(() => callCloud('reviewEvidence', { ...key, itemId, status, comment: words }), {
      done: () => EVIDENCE_TEXT.reviewed(EVIDENCE_TEXT.reviewStatus[status]),
      failed: (e) => EVIDENCE_TEXT.reviewFailed(e.message),
    });
    if (!saved) return;
    onSaved(saved);
    setAsking(false);
    setComment('');
  };
  const accept = () => send('accepted', '');
  const askMore = () => {
    if (comment.trim() === '') return action.refuse(EVIDENCE_TEXT.needComment);
    return send('needs_more', comment);
  };
  const openAsk = (open: boolean) => (setAsking(open), action.clear());
  const typeComment = (text: string) => (setComment(text), action.clear());

  return { asking, comment, openAsk, typeComment, accept, askMore, busy: action.busy, result: action.result };
}
