// registerFile, submitEvidence, listEvidence and reviewEvidence: a community's evidence per item of the standard (网络报送).
import { randomUUID } from 'node:crypto';
import {
  canReadEvidence,
  canReviewEvidence,
  canSubmitEvidence,
  EVIDENCE_ITEM_IDS,
  FILE_LINK_SECONDS,
  shanghaiYear,
  type TEvidenceItem,
  type TFileLink,
  type TListEvidenceInput,
  type TListEvidenceOutput,
  type TReviewEvidenceInput,
  type TSubmitEvidenceInput,
} from '../../contract';
import type { EvidenceActor, EvidenceRecord } from '../../store/types';
import { actorOf } from '../actors';
import { recordAudit } from '../audit';
import { requireThat, type Caller } from '../auth';
import { requireCommunity } from '../communities';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { lockOf, requireUnlocked } from '../locks';
import { fileLinks, requireOwnUploads } from '../uploads';
import { actingAs, shownAs } from '../who';

export { registerFile } from '../uploads';

const done = ({ who, at }: EvidenceActor) => ({ ...shownAs(who, who.role), at });

function itemOf(itemId: string, record: EvidenceRecord | undefined, links: Map<string, TFileLink>): TEvidenceItem {
  if (!record) return { itemId, status: 'none', note: '', files: [], submitted: null, review: null };
  const { review } = record;
  return {
    itemId,
    status: record.status,
    note: record.note,
    files: record.files.map((id) => links.get(id)).filter((f): f is TFileLink => f !== undefined),
    submitted: done(record.submitted),
    review: review ? { ...done(review), status: review.status, comment: review.comment } : null,
  };
}

/** Evidence is of a year that has begun: this one or an earlier one (Asia/Shanghai). */
function requireYearBegun(year: number, deps: Deps): void {
  const now = shanghaiYear(deps.now());
  if (year > now) {
    const message = `${year}年尚未开始，只能报送${now}年及以前的材料`;
    throw new AppError('INVALID_INPUT', message, [{ path: 'year', code: 'custom', message }]);
  }
}

async function linksOf(records: EvidenceRecord[], deps: Deps): Promise<Map<string, TFileLink>> {
  const ids = [...new Set(records.flatMap((r) => r.files))];
  return new Map((await fileLinks(ids, deps)).map((f) => [f.fileId, f]));
}

/**
 * A submission replaces the item's note and files (the app sends the files it keeps with the new ones), and puts the
 * item back to 已报送 whatever it was: a changed item is reviewed again. The last review stays readable beside it.
 */
export async function submitEvidence(input: TSubmitEvidenceInput, caller: Caller, deps: Deps): Promise<TEvidenceItem> {
  const { communityId, year, itemId, note, files } = input;
  const community = await requireCommunity(communityId, deps);
  requireThat(canSubmitEvidence(caller, community), '材料由本社区的社区工作者报送');
  requireYearBegun(year, deps);
  if (note === '' && files.length === 0) {
    const message = '请填写说明或选择文件';
    throw new AppError('INVALID_INPUT', message, [{ path: 'files', code: 'custom', message }]);
  }
  await requireUnlocked(communityId, year, deps);
  await requireOwnUploads(files, communityId, caller, deps, 'files');
  const before = await deps.store.getEvidence(communityId, year, itemId);
  const record: EvidenceRecord = {
    communityId,
    year,
    itemId,
    submissionId: randomUUID(),
    note,
    files,
    status: 'submitted',
    submitted: { openid: caller.openid, who: actingAs(caller, 'worker'), at: deps.now().toISOString() },
    review: before?.review ?? null,
  };
  await deps.store.putEvidence(record);
  const [from, to] = [before ? { note: before.note, files: before.files } : null, { note, files }];
  await recordAudit(deps, actorOf(caller), [{ action: 'evidence', communityId, year, target: itemId, from, to }]);
  return itemOf(itemId, record, await linksOf([record], deps));
}

export async function listEvidence(input: TListEvidenceInput, caller: Caller, deps: Deps): Promise<TListEvidenceOutput> {
  const { communityId, year } = input;
  const community = await requireCommunity(communityId, deps);
  requireThat(
    canReadEvidence(caller, community),
    caller.roles.includes('worker') ? '社区工作者只能查看本社区的材料' : '只有本社区的社区工作者和工作范围内的民政部门可以查看材料',
  );
  const [records, lock] = await Promise.all([deps.store.listEvidence(communityId, year), lockOf(communityId, year, deps)]);
  const links = await linksOf(records, deps);
  const byItem = new Map(records.map((r) => [r.itemId, r]));
  return {
    communityId,
    year,
    items: EVIDENCE_ITEM_IDS.map((id) => itemOf(id, byItem.get(id), links)),
    locked: lock?.locked ?? false,
    linksExpireAt: new Date(deps.now().getTime() + FILE_LINK_SECONDS * 1000).toISOString(),
    canSubmit: canSubmitEvidence(caller, community),
    canReview: canReviewEvidence(caller, community),
  };
}

/** An official's 审核通过 or 需补充 of the submission as it stands; one made on files replaced meanwhile is a 409. */
export async function reviewEvidence(input: TReviewEvidenceInput, caller: Caller, deps: Deps): Promise<TEvidenceItem> {
  const { communityId, year, itemId, status, comment } = input;
  const community = await requireCommunity(communityId, deps);
  requireThat(canReviewEvidence(caller, community), '只有工作范围内的民政部门可以审核材料');
  if (status === 'needs_more' && comment === '') {
    const message = '请写明需要补充什么';
    throw new AppError('INVALID_INPUT', message, [{ path: 'comment', code: 'custom', message }]);
  }
  await requireUnlocked(communityId, year, deps);
  const before = await deps.store.getEvidence(communityId, year, itemId);
  if (!before) throw new AppError('NO_EVIDENCE', '该项尚未报送材料，无法审核');
  const review = { openid: caller.openid, who: actingAs(caller, 'official'), at: deps.now().toISOString(), status, comment };
  const key = { communityId, year, itemId, submissionId: before.submissionId };
  if (!(await deps.store.reviewEvidence(key, review))) {
    throw new AppError('EDIT_CONFLICT', '社区刚刚重新报送了该项材料，请刷新后查看最新材料再审核');
  }
  const [from, to] = [before.status, { status, comment }];
  await recordAudit(deps, actorOf(caller), [{ action: 'review', communityId, year, target: itemId, from, to, reason: comment || null }]);
  const record: EvidenceRecord = { ...before, status, review };
  return itemOf(itemId, record, await linksOf([record], deps));
}
