// Uploaded files as the core takes them: the type a file's content shows (never its name), who may upload, and the
// record of who did; the links answers carry. POST /files (local) and registerFile (cloud) both end here.
import { randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';
import {
  FILE_LINK_SECONDS,
  FILE_NAME_MAX,
  FILE_TYPES,
  isFileType,
  isStaff,
  MAX_FILE_BYTES,
  type TFileLink,
  type TFileType,
  type TRegisterFileInput,
} from '../contract';
import type { UploadRecord } from '../store/types';
import type { Caller } from './auth';
import { requireThat } from './auth';
import type { Deps } from './deps';
import { AppError } from './errors';

const startsWith = (b: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The entries a zip (an Office Open XML file) holds, read from its central directory without inflating any; null if it is no zip. */
function zipEntries(bytes: Uint8Array): Set<string> | null {
  const names = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/** The type the content is, by its first bytes (and for DOCX/XLSX the zip's entries), or null when it is none of FILE_TYPES. */
export function sniffType(bytes: Uint8Array): TFileType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = zipEntries(bytes);
    if (!entries?.has('[Content_Types].xml')) return null;
    if (entries.has('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (entries.has('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return null;
  }
  return null;
}

/** The OLE2 compound file header of legacy .doc and .xls (both share it; the declared type tells which). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LEGACY: readonly string[] = ['application/msword', 'application/vnd.ms-excel'];

/** A declared Content-Type as a type taken (parameters dropped, image/jpg read as image/jpeg), or null. */
export function declaredType(header: string | undefined): TFileType | null {
  const t = (header ?? '').split(';')[0].trim().toLowerCase();
  const type = t === 'image/jpg' ? 'image/jpeg' : t;
  return isFileType(type) ? type : null;
}

export const fileTooLarge = () => new AppError('PAYLOAD_TOO_LARGE', `文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`);
const mismatch = (message: string) => new AppError('FILE_TYPE_MISMATCH', message);
const TAKEN = '只能上传 JPEG、PNG、WebP、GIF 图片，PDF，Word 或 Excel 文件';

/** The file's type: declared and matching its content; 400 FILE_TYPE_MISMATCH otherwise, 413 above MAX_FILE_BYTES. */
export function checkContent(bytes: Uint8Array, declared: string | undefined): TFileType {
  if (bytes.length > MAX_FILE_BYTES) throw fileTooLarge();
  if (bytes.length === 0) throw mismatch('文件是空的');
  const type = declared === undefined ? null : declaredType(declared);
  const sniffed = sniffType(bytes);
  if (declared !== undefined && type === null) throw mismatch(TAKEN);
  if (type !== null && LEGACY.includes(type)) {
    if (startsWith(bytes, OLE)) return type;
    throw mismatch(`文件内容不是${FILE_TYPES[type].name}文件，请确认后重新选择`);
  }
  if (sniffed === null) throw mismatch(`无法识别文件内容。${TAKEN}`);
  if (type !== null && type !== sniffed) throw mismatch(`文件内容是${FILE_TYPES[sniffed].name}，与声明的${FILE_TYPES[type].name}不符`);
  return sniffed;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** A shown name: no folders, no control characters, at most FILE_NAME_MAX characters; a plain one when none is given. */
export function cleanName(name: string | undefined, type: TFileType): string {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(CONTROL, '').trim();
  return base ? [...base].slice(0, FILE_NAME_MAX).join('') : `文件.${FILE_TYPES[type].ext}`;
}

/** A new local file id: 128 random bits and the type's extension (never the client's name). */
export const newFileId = (type: TFileType) => `${randomBytes(16).toString('hex')}.${FILE_TYPES[type].ext}`;

export const requireUploader = (caller: Caller) => requireThat(isStaff(caller), '只有工作人员可以上传文件');

/** The record of who uploaded the file (a worker with their community) and what it is. */
export function uploadRecord(
  caller: Caller,
  fileId: string,
  type: TFileType,
  size: number,
  name: string | undefined,
  deps: Deps,
): UploadRecord {
  return {
    fileId,
    uploadedBy: caller.openid,
    communityId: caller.roles.includes('worker') ? caller.communityId : null,
    name: cleanName(name, type),
    type,
    size,
    uploadedAt: deps.now().toISOString(),
  };
}

/**
 * registerFile (the cloud's way in): the app uploaded with Taro.cloud.uploadFile; the server reads the file, checks
 * its content (deleting a refused one) and records the caller as its uploader. The first to register a file owns it;
 * registering one's own file again answers it again.
 */
export async function registerFile(input: TRegisterFileInput, caller: Caller, deps: Deps): Promise<{ fileId: string }> {
  requireUploader(caller);
  const [known] = await deps.store.getUploads([input.fileId]);
  if (known) {
    requireThat(known.uploadedBy === caller.openid, '这个文件已由其他人登记');
    return { fileId: known.fileId };
  }
  const bytes = await deps.uploads.read(input.fileId);
  if (!bytes) throw new AppError('NOT_FOUND', '没有找到这个文件，请重新上传');
  let type: TFileType;
  try {
    type = checkContent(bytes, undefined);
  } catch (error) {
    await deps.uploads.remove(input.fileId);
    throw error;
  }
  if (!(await deps.store.addUpload(uploadRecord(caller, input.fileId, type, bytes.length, input.name, deps)))) {
    requireThat(false, '这个文件已由其他人登记');
  }
  return { fileId: input.fileId };
}

/**
 * The upload records of `fileIds`, each one uploaded by a worker of `communityId` or by the caller; a 400 naming
 * `${field}.${i}` for any other (unknown, or another community's), and for non-images when `imagesOnly`.
 */
export async function requireOwnUploads(
  fileIds: readonly string[],
  communityId: string,
  caller: Caller,
  deps: Deps,
  field: string,
  imagesOnly = false,
): Promise<Map<string, UploadRecord>> {
  const records = new Map((await deps.store.getUploads([...fileIds])).map((u) => [u.fileId, u]));
  const issues = fileIds.flatMap((id, i) => {
    const u = records.get(id);
    const message = !u
      ? '没有找到这个文件，请重新上传'
      : u.communityId !== communityId && u.uploadedBy !== caller.openid
        ? '只能使用本社区工作人员上传的文件'
        : imagesOnly && !FILE_TYPES[u.type as TFileType]?.image
          ? '活动照片只能是图片'
          : fileIds.indexOf(id) !== i
            ? '同一个文件重复了'
            : null;
    return message ? [{ path: `${field}.${i}`, code: 'custom', message }] : [];
  });
  if (issues.length > 0) throw new AppError('INVALID_INPUT', issues[0].message, issues);
  return records;
}

/** Links (for FILE_LINK_SECONDS) to these files as answers show them, in order; files without a record are left out. */
export async function fileLinks(fileIds: readonly string[], deps: Deps, known?: Map<string, UploadRecord>): Promise<TFileLink[]> {
  if (fileIds.length === 0) return [];
  const records = known ?? new Map((await deps.store.getUploads([...fileIds])).map((u) => [u.fileId, u]));
  const found = fileIds.map((id) => records.get(id)).filter((u): u is UploadRecord => u !== undefined);
  const links = await deps.uploads.links(found, FILE_LINK_SECONDS);
  return found.map((u) => ({ fileId: u.fileId, url: links.get(u.fileId) ?? '', name: u.name, type: u.type as TFileType, size: u.size }));
}
