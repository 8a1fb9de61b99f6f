// H5 upload to the local runtime: POST /files with the raw file, its type and the identity chosen in local mode.
import { currentOpenId } from '../../dev/identity';
import { UPLOAD_TEXT } from '../../text/upload';
import { ApiCallError } from './cloud';
import type { PickedFile } from './upload';

export async function uploadLocal(file: PickedFile): Promise<string> {
  let answer: { ok?: boolean; data?: { fileId: string }; error?: { code: string; message: string } } | null = null;
  try {
    const res = await fetch('/files', {
      method: 'POST',
      headers: { 'Content-Type': file.type, 'X-OpenId': currentOpenId(), 'X-File-Name': encodeURIComponent(file.name) },
      body: file.blob,
    });
    answer = await res.json().catch(() => null);
  } catch {
    throw new ApiCallError('NETWORK', UPLOAD_TEXT.failed(file.name));
  }
  if (answer?.ok && answer.data) return answer.data.fileId;
  const error = answer?.error;
  throw new ApiCallError((error?.code ?? 'INTERNAL') as ApiCallError['code'], error?.message ?? UPLOAD_TEXT.failed(file.name));
}
