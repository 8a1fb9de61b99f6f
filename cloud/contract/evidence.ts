// Contract of evidence per item (网络报送) and of uploaded files: registerFile, submitEvidence, listEvidence, reviewEvidence.
import { z } from 'zod';
import { CommunityId, StaffRef, Year } from './common';
import {
  EVIDENCE_NOTE_MAX,
  EVIDENCE_STATUS_IDS,
  FILE_NAME_MAX,
  FILE_TYPE_IDS,
  isEvidenceItem,
  MAX_EVIDENCE_FILES,
  REVIEW_COMMENT_MAX,
  REVIEW_STATUS_IDS,
} from './rules';

/**
 * An uploaded file: locally the id POST /files answered (32 hex digits and the type's extension), in the cloud
 * the fileID of Taro.cloud.uploadFile. Only files the store holds a record of (who uploaded them) are taken.
 */
export const FileId = z.string().min(1).max(512);
export const FileName = z.string().trim().min(1).max(FILE_NAME_MAX, `文件名最多 ${FILE_NAME_MAX} 字`);
/** An item of the standard in force, written II-n.k (e.g. II-3.1). */
export const EvidenceItemId = z.string().refine(isEvidenceItem, '不是现行测评标准中的三级指标（应写作 II-n.k，如 II-3.1）');

/** A file as answered to those who may read it: a link that works for FILE_LINK_SECONDS, its name, type and size. */
export const FileLink = z.object({
  fileId: FileId,
  url: z.string(),
  name: z.string(),
  type: z.enum(FILE_TYPE_IDS),
  size: z.number().int().nonnegative(),
});
export type TFileLink = z.infer<typeof FileLink>;

/** In the cloud, after Taro.cloud.uploadFile: the server reads the file, checks its content and records who uploaded it. */
export const RegisterFileInput = z.strictObject({ fileId: FileId, name: FileName.optional() });
export const RegisterFileOutput = z.object({ fileId: FileId });

export const SubmitEvidenceInput = z.strictObject({
  communityId: CommunityId,
  year: Year,
  itemId: EvidenceItemId,
  note: z.string().trim().max(EVIDENCE_NOTE_MAX, `说明最多 ${EVIDENCE_NOTE_MAX} 字`),
  /** The item's files after this submission, in order: a submission replaces the item's note and files (send the kept ones too). */
  files: z.array(FileId).max(MAX_EVIDENCE_FILES, `每项最多 ${MAX_EVIDENCE_FILES} 个文件`),
});

export const ListEvidenceInput = z.strictObject({ communityId: CommunityId, year: Year });

export const ReviewEvidenceInput = z.strictObject({
  communityId: CommunityId,
  year: Year,
  itemId: EvidenceItemId,
  status: z.enum(REVIEW_STATUS_IDS, { error: '审核结果只能是 accepted（审核通过）或 needs_more（需补充）' }),
  comment: z.string().trim().max(REVIEW_COMMENT_MAX, `审核意见最多 ${REVIEW_COMMENT_MAX} 字`),
});

/** Who did it and when, as anyone may see it: role and display name, never an openid. */
const Done = z.object({ by: z.string(), who: StaffRef, at: z.string() });

export const EvidenceItem = z.object({
  itemId: z.string(),
  /** none 未报送 · submitted 已报送 · needs_more 需补充 · accepted 已审核. */
  status: z.enum(EVIDENCE_STATUS_IDS),
  note: z.string(),
  files: z.array(FileLink),
  /** The last submission; null while none. */
  submitted: Done.nullable(),
  /** The last review (kept when the worker submits again, so its comment stays readable); null while none. */
  review: Done.extend({ status: z.enum(REVIEW_STATUS_IDS), comment: z.string() }).nullable(),
});
export type TEvidenceItem = z.infer<typeof EvidenceItem>;

export const ListEvidenceOutput = z.object({
  communityId: CommunityId,
  year: Year,
  /** Every item of the standard in force, in its order (status none where nothing is reported). */
  items: z.array(EvidenceItem),
  /** Locked by the final acceptance: submissions and reviews answer 409 LOCKED. */
  locked: z.boolean(),
  /** When the files' links stop working (ISO 8601). */
  linksExpireAt: z.string(),
  /** Whether the caller may report (the community's workers, admins) and review (officials in scope, admins): what the page offers. */
  canSubmit: z.boolean(),
  canReview: z.boolean(),
});
export type TListEvidenceOutput = z.infer<typeof ListEvidenceOutput>;
/** submitEvidence and reviewEvidence answer the item as it now stands. */
export const SubmitEvidenceOutput = EvidenceItem;
export const ReviewEvidenceOutput = EvidenceItem;

export type TRegisterFileInput = z.infer<typeof RegisterFileInput>;
export type TSubmitEvidenceInput = z.infer<typeof SubmitEvidenceInput>;
export type TListEvidenceInput = z.infer<typeof ListEvidenceInput>;
export type TReviewEvidenceInput = z.infer<typeof ReviewEvidenceInput>;
