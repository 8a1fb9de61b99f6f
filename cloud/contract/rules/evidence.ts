// Evidence per item (网络报送) and uploaded files, without zod: limits, the file types taken (checked by content),
// the four statuses with their names, and who may submit, read and review a community's evidence. The app imports these.
import { STANDARD_IN_FORCE } from './standard';
import { canRunProjects, oversees, worksWith, type Actor, type CommunityRef } from './permissions';

/** One uploaded file: at most 10 MB (the local runtime stops reading past it: 413). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Files of one item's evidence. */
export const MAX_EVIDENCE_FILES = 20;
/** Photos of one activity of a doorstep project. */
export const MAX_ACTIVITY_PHOTOS = 9;
/** How long a file's link (signed locally, a temporary link in the cloud) works: an hour. */
export const FILE_LINK_SECONDS = 60 * 60;
/** A file's name as shown, and an evidence note. */
export const FILE_NAME_MAX = 100;
export const EVIDENCE_NOTE_MAX = 2000;
export const REVIEW_COMMENT_MAX = 500;

/** The types an upload may be, by MIME type, with the extension it is stored under; each is recognised by its first bytes. */
export const FILE_TYPES = {
  'image/jpeg': { ext: 'jpg', image: true, name: 'JPEG 图片' },
  'image/png': { ext: 'png', image: true, name: 'PNG 图片' },
  'image/webp': { ext: 'webp', image: true, name: 'WebP 图片' },
  'image/gif': { ext: 'gif', image: true, name: 'GIF 图片' },
  'application/pdf': { ext: 'pdf', image: false, name: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: 'docx', image: false, name: 'Word' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: 'xlsx', image: false, name: 'Excel' },
  'application/msword': { ext: 'doc', image: false, name: 'Word（旧版）' },
  'application/vnd.ms-excel': { ext: 'xls', image: false, name: 'Excel（旧版）' },
} as const;
export type TFileType = keyof typeof FILE_TYPES;
export const FILE_TYPE_IDS = Object.keys(FILE_TYPES) as [TFileType, ...TFileType[]];
export const isFileType = (t: string): t is TFileType => Object.prototype.hasOwnProperty.call(FILE_TYPES, t);
export const isImageType = (t: string) => isFileType(t) && FILE_TYPES[t].image;
/** The MIME type of a file name's extension (what an H5 file input or WeChat's chooser may leave out), or null. */
export function fileTypeOfName(name: string): TFileType | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (!ext) return null;
  if (ext === 'jpeg') return 'image/jpeg';
  return FILE_TYPE_IDS.find((t) => FILE_TYPES[t].ext === ext) ?? null;
}

/** 未报送 · 已报送 · 需补充 · 已审核. */
export const EVIDENCE_STATUSES = [
  { id: 'none', name: '未报送' },
  { id: 'submitted', name: '已报送' },
  { id: 'needs_more', name: '需补充' },
  { id: 'accepted', name: '已审核' },
] as const;
export type TEvidenceStatus = (typeof EVIDENCE_STATUSES)[number]['id'];
export const EVIDENCE_STATUS_IDS = EVIDENCE_STATUSES.map((s) => s.id) as [TEvidenceStatus, ...TEvidenceStatus[]];
export const evidenceStatusName = (id: TEvidenceStatus) => EVIDENCE_STATUSES.find((s) => s.id === id)!.name;
/** What an official's review sets. */
export const REVIEW_STATUS_IDS = ['accepted', 'needs_more'] as const;
export type TReviewStatus = (typeof REVIEW_STATUS_IDS)[number];

/** Every item of the standard in force (一类 and 二类, 45 in all), in the standard's order: what evidence may be attached to. */
export const EVIDENCE_ITEM_IDS: readonly string[] = STANDARD_IN_FORCE.indicators.flatMap((i) => i.items.map((item) => item.id));
export const isEvidenceItem = (id: string) => EVIDENCE_ITEM_IDS.includes(id);

/** A community's evidence is reported by its workers (admins may too)… */
export const canSubmitEvidence = (a: Actor, c: CommunityRef) => canRunProjects(a, c);
/** …read by them and by officials in scope (residents and other communities' workers are refused)… */
export const canReadEvidence = (a: Actor, c: CommunityRef) => worksWith(a, c);
/** …and reviewed by officials in scope and admins. */
export const canReviewEvidence = (a: Actor, c: CommunityRef) => oversees(a, c);
