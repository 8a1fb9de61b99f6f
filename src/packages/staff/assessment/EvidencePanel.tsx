// Evidence per item (网络报送) beside each item's A/B/C: its status, note, photos and files, who reported and reviewed
// it; the community's workers report (报送材料), officials in scope accept (审核通过) or ask for more (需补充).
// The page loads the list once (EvidenceProvider); each item row shows its own (ItemEvidence).
import { Text, Textarea, View } from '@tarojs/components';
import { createContext, useContext, type ReactNode } from 'react';
import type { TEvidenceItem } from '../../../../cloud/contract';
import { EVIDENCE_NOTE_MAX, MAX_EVIDENCE_FILES, REVIEW_COMMENT_MAX } from '../../../../cloud/contract/rules';
import { useEvidence, useEvidenceForm, useEvidenceReview, type EvidenceList } from '../../../assessment/useEvidence';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { Thumbnails } from '../../../common/components/Thumbnails';
import { formatStamp } from '../../../common/format';
import { EVIDENCE_TEXT } from '../../../text/evidence';
import { UPLOAD_TEXT } from '../../../text/upload';
import { FilePicker } from '../components/FilePicker';
import './EvidencePanel.scss';

interface Shared {
  list: EvidenceList | null;
  error: string | null;
  replace: (item: TEvidenceItem) => void;
}
const EvidenceContext = createContext<Shared>({ list: null, error: null, replace: () => undefined });

/** Loads the community-year's evidence once for every item row under it. */
export function EvidenceProvider({ communityId, year, children }: { communityId: string; year: number; children: ReactNode }) {
  const e = useEvidence(communityId, year);
  const error = e.load.status === 'error' ? EVIDENCE_TEXT.loadFailed(e.load.error.message) : null;
  // A failed load is said once, above the items (each item then shows no evidence), with a retry.
  return (
    <EvidenceContext.Provider value={{ list: e.list, error, replace: e.replace }}>
      {error ? (
        <View className='evidence__load-error'>
          <Text className='evidence__error'>{error}</Text>
          <BigButton variant='link' onClick={e.reload}>
            {EVIDENCE_TEXT.retry}
          </BigButton>
        </View>
      ) : null}
      {children}
    </EvidenceContext.Provider>
  );
}

function ReportForm({ list, item, onSaved }: { list: EvidenceList; item: TEvidenceItem; onSaved: (i: TEvidenceItem) => void }) {
  const f = useEvidenceForm({ communityId: list.communityId, year: list.year }, item, onSaved);
  const id = item.itemId;
  if (!f.open) {
    const label = item.status === 'none' ? EVIDENCE_TEXT.report : item.status === 'needs_more' ? EVIDENCE_TEXT.addMore : EVIDENCE_TEXT.edit;
    return (
      <>
        <ActionResult result={f.result} />
        <BigButton variant='secondary' className='evidence__open' onClick={f.start}>
          {label}
        </BigButton>
      </>
    );
  }
  return (
    <View className='evidence__form' id={`evidence-form-${id}`}>
      <Text className='field-label'>{EVIDENCE_TEXT.note}</Text>
      <Textarea
        id={`evidence-note-${id}`}
        className='field-textarea'
        value={f.note}
        maxlength={EVIDENCE_NOTE_MAX}
        autoHeight
        placeholder={EVIDENCE_TEXT.notePlaceholder}
        onInput={(e) => f.typeNote(e.detail.value)}
      />
      <Text className='field-label'>{EVIDENCE_TEXT.files(f.files.length, MAX_EVIDENCE_FILES)}</Text>
      {f.files.map((file) => (
        <View key={file.fileId} className='evidence__draft-file'>
          <Text className='evidence__draft-name'>{file.name}</Text>
          <BigButton variant='link' onClick={() => f.remove(file.fileId)}>
            {UPLOAD_TEXT.remove}
          </BigButton>
        </View>
      ))}
      {f.uploading > 0 ? <Text className='evidence__uploading'>{UPLOAD_TEXT.uploading(f.uploading)}</Text> : null}
      <FilePicker id={`evidence-files-${id}`} room={f.room} disabled={f.busy} onPicked={(p) => void f.add(p)} onProblem={f.refuse} />
      <ActionResult result={f.result} />
      <View className='evidence__actions'>
        <BigButton disabled={f.busy} onClick={f.submit}>
          {f.busy && f.uploading === 0 ? EVIDENCE_TEXT.sending : EVIDENCE_TEXT.send}
        </BigButton>
        <BigButton variant='link' onClick={f.cancel}>
          {EVIDENCE_TEXT.cancel}
        </BigButton>
      </View>
    </View>
  );
}

function ReviewBar({ list, item, onSaved }: { list: EvidenceList; item: TEvidenceItem; onSaved: (i: TEvidenceItem) => void }) {
  const r = useEvidenceReview({ communityId: list.communityId, year: list.year }, item.itemId, onSaved);
  return (
    <View className='evidence__review-bar'>
      {r.asking ? (
        <>
          <Text className='field-label'>{EVIDENCE_TEXT.commentLabel}</Text>
          <Textarea
            id={`evidence-comment-${item.itemId}`}
            className='field-textarea'
            value={r.comment}
            maxlength={REVIEW_COMMENT_MAX}
            autoHeight
            placeholder={EVIDENCE_TEXT.commentPlaceholder}
            onInput={(e) => r.typeComment(e.detail.value)}
          />
          <ActionResult result={r.result} />
          <View className='evidence__actions'>
            <BigButton disabled={r.busy} onClick={r.askMore}>
              {EVIDENCE_TEXT.sendAskMore}
            </BigButton>
            <BigButton variant='link' onClick={() => r.openAsk(false)}>
              {EVIDENCE_TEXT.cancel}
            </BigButton>
          </View>
        </>
      ) : (
        <>
          <ActionResult result={r.result} />
          <View className='evidence__actions'>
            {item.status !== 'accepted' ? (
              <BigButton variant='secondary' disabled={r.busy} onClick={r.accept}>
                {EVIDENCE_TEXT.accept}
              </BigButton>
            ) : null}
            {item.status !== 'needs_more' ? (
              <BigButton variant='secondary' disabled={r.busy} onClick={() => r.openAsk(true)}>
                {EVIDENCE_TEXT.askMore}
              </BigButton>
            ) : null}
          </View>
        </>
      )}
    </View>
  );
}

/** One item's evidence, from the page's list: nothing until it has loaded. */
export function ItemEvidence({ itemId }: { itemId: string }) {
  const { list, replace } = useContext(EvidenceContext);
  const item = list?.items.find((i) => i.itemId === itemId);
  if (!list || !item) return null;
  const mayReport = list.canSubmit && !list.locked;
  const mayReview = list.canReview && !list.locked && item.status !== 'none';
  if (item.status === 'none' && !mayReport) {
    return (
      <View className='evidence evidence--none' id={`evidence-${itemId}`}>
        <Text className='evidence__badge evidence__badge--none'>{EVIDENCE_TEXT.status('none')}</Text>
      </View>
    );
  }
  return (
    <View className={`evidence evidence--${item.status}`} id={`evidence-${itemId}`}>
      <Text className={`evidence__badge evidence__badge--${item.status}`}>{EVIDENCE_TEXT.status(item.status)}</Text>
      {item.submitted ? (
        <>
          <Text className='evidence__note'>{item.note || EVIDENCE_TEXT.noNote}</Text>
          <Thumbnails files={item.files} label={EVIDENCE_TEXT.photo} openLabel={EVIDENCE_TEXT.openFile} />
          <Text className='evidence__who'>{EVIDENCE_TEXT.submitted(item.submitted.by, formatStamp(item.submitted.at))}</Text>
        </>
      ) : null}
      {item.review ? (
        <View className={`evidence__review evidence__review--${item.review.status}`}>
          <Text className='evidence__who'>
            {EVIDENCE_TEXT.review(EVIDENCE_TEXT.reviewStatus[item.review.status], item.review.by, formatStamp(item.review.at))}
          </Text>
          {item.review.comment ? <Text className='evidence__comment'>{EVIDENCE_TEXT.reviewComment(item.review.comment)}</Text> : null}
        </View>
      ) : null}
      {mayReport ? <ReportForm list={list} item={item} onSaved={replace} /> : null}
      {mayReview ? <ReviewBar list={list} item={item} onSaved={replace} /> : null}
    </View>
  );
}
