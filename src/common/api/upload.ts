// Uploading a chosen file, the way each platform can: in WeChat, Taro.cloud.uploadFile to cloud storage (its fileID is
// the file's id) and registerFile, which has the server check the content and record the uploader; in H5, POST /files
// to the local runtime with the raw file. Both answer the fileId that submitEvidence and recordActivity take.
import Taro from '@tarojs/taro';
import { fileTypeOfName, FILE_TYPES, isFileType, MAX_FILE_BYTES, type TFileType } from '../../../cloud/contract/rules';
import { UPLOAD_TEXT } from '../../text/upload';
import { ApiCallError, callCloud } from './cloud';

/** A file the user chose: a temporary path in WeChat, the browser's File in H5. */
export interface PickedFile {
  name: string;
  size: number;
  type: TFileType;
  /** WeChat: the temporary file path (chooseMedia / chooseMessageFile). */
  path?: string;
  /** H5: the file itself (an <input type=file>). */
  blob?: Blob;
}

/** The type a chosen file goes up as: its own when it is one taken, else from its name's extension; null when neither is taken. */
export function typeOfPicked(name: string, given?: string): TFileType | null {
  const own = (given ?? '').toLowerCase();
  if (isFileType(own)) return own;
  if (own === 'image/jpg') return 'image/jpeg';
  return fileTypeOfName(name);
}

/** What is wrong with a chosen file before it is sent (the server checks again, by content), or null. */
export function pickProblem(file: { name: string; size: number; type: TFileType | null }, imagesOnly = false): string | null {
  if (file.type === null) return UPLOAD_TEXT.typeRefused(file.name);
  if (imagesOnly && !FILE_TYPES[file.type].image) return UPLOAD_TEXT.imagesOnly(file.name);
  if (file.size > MAX_FILE_BYTES) return UPLOAD_TEXT.tooLarge(file.name, MAX_FILE_BYTES / 1024 / 1024);
  return null;
}

/** 32 random hex digits: the cloud path's name (never the user's file name). */
function randomName(): string {
  let s = '';
  for (let i = 0; i < 32; i++) s += Math.floor(Math.random() * 16).toString(16);
  return s;
}

async function uploadWeChat(file: PickedFile): Promise<string> {
  if (!file.path) throw new ApiCallError('INVALID_INPUT', UPLOAD_TEXT.failed(file.name));
  const cloudPath = `uploads/${randomName()}.${FILE_TYPES[file.type].ext}`;
  let fileID: string;
  try {
    ({ fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath: file.path }));
  } catch {
    throw new ApiCallError('NETWORK', UPLOAD_TEXT.failed(file.name));
  }
  return (await callCloud('registerFile', { fileId: fileID, name: file.name })).fileId;
}

// TARO_ENV is replaced at build time: the weapp build carries no H5 upload code, and H5 no cloud upload.
const send: (file: PickedFile) => Promise<string> =
  process.env.TARO_ENV === 'h5' ? (require('./upload-local') as typeof import('./upload-local')).uploadLocal : uploadWeChat;

/** Uploads one chosen file and answers its fileId; a refusal (type, size, permission) as an ApiCallError with the server's words. */
export function uploadFile(file: PickedFile): Promise<string> {
  return send(file);
}
