// The local file store of uploads: POST /files (the raw body, its Content-Type, X-OpenId) writes a checked file to
// DATA_DIR/files under a random id; GET /files/<id>?e=&n=&s= serves it to whoever holds a link signed with a key
// derived from DATA_DIR/secret.key that has not expired. No other path is reached: an id is 32 hex digits and an extension.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { FILE_TYPE_IDS, FILE_TYPES, MAX_FILE_BYTES, type Envelope, type TFileType } from '../contract';
import { failure, statusOf } from '../core/api';
import { identify, withRoles } from '../core/auth';
import type { Deps, Uploads } from '../core/deps';
import { AppError } from '../core/errors';
import { checkContent, newFileId, requireUploader, uploadRecord } from '../core/uploads';
import { decodePath, sendFileUnder } from './send-file';

export const FILES_ROUTE = '/files';

const EXTENSIONS = FILE_TYPE_IDS.map((t) => FILE_TYPES[t].ext).join('|');
/** What a local fileId is: nothing else names a file, so no path can leave the folder. */
const FILE_ID = new RegExp(`^[0-9a-f]{32}\\.(${EXTENSIONS})$`);
export const isLocalFileId = (id: string) => FILE_ID.test(id);
const typeOfId = (id: string) => FILE_TYPE_IDS.find((t) => id.endsWith(`.${FILE_TYPES[t].ext}`))!;

/**
 * Links are valid up to the next 10-minute boundary after `seconds`, so a page reloaded within those minutes asks for
 * the same image again (and is served from its cache), and a link never stops before the linksExpireAt answered.
 */
const LINK_STEP_SECONDS = 600;

export interface LocalUploads extends Uploads {
  dir: string;
  /** Writes the bytes under a new id of their type. */
  save(bytes: Uint8Array, type: TFileType): Promise<string>;
  /** Whether a link's expiry and signature hold for the id and name at `nowSeconds`. */
  verify(id: string, expires: string, name: string, signature: string, nowSeconds: number): boolean;
}

export function localUploads(dataDir: string, secret: string, now: () => Date): LocalUploads {
  const dir = resolve(dataDir, 'files');
  // A key of its own, derived from the runtime's secret: a link's signature tells nothing of the respondent hash's key.
  const key = createHmac('sha256', secret).update('file-links').digest();
  const sign = (id: string, expires: string, name: string) =>
    createHmac('sha256', key).update(`${id}\n${expires}\n${name}`).digest('base64url');
  return {
    dir,
    async save(bytes, type) {
      await mkdir(dir, { recursive: true });
      const id = newFileId(type);
      const partial = join(dir, `.${id}.part`);
      await writeFile(partial, bytes, { flag: 'wx' });
      await rename(partial, join(dir, id));
      return id;
    },
    async read(fileId) {
      if (!isLocalFileId(fileId)) return null;
      return readFile(join(dir, fileId)).catch(() => null);
    },
    async remove() {},
    async links(files, seconds) {
      const nowSeconds = Math.floor(now().getTime() / 1000);
      const expires = String(Math.ceil((nowSeconds + seconds) / LINK_STEP_SECONDS) * LINK_STEP_SECONDS);
      const links = new Map<string, string>();
      for (const { fileId, name } of files) {
        if (!isLocalFileId(fileId)) continue;
        const query = `e=${expires}&n=${encodeURIComponent(name)}&s=${sign(fileId, expires, name)}`;
        links.set(fileId, `${FILES_ROUTE}/${fileId}?${query}`);
      }
      return links;
    },
    verify(id, expires, name, signature, nowSeconds) {
      if (!/^\d{1,12}$/.test(expires) || Number(expires) <= nowSeconds) return false;
      const expected = Buffer.from(sign(id, expires, name));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(envelope);
  res.writeHead(statusOf(envelope), {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

/** How long the rest of an oversized body is read and dropped after the 413, so that the client receives it; then the connection is cut. */
const LINGER_MS = 1000;

/**
 * 413 as soon as the body passes the limit; nothing more is kept. The rest is drained for LINGER_MS only (closing at
 * once would reset the connection and lose the answer at a client still sending), then the connection is closed.
 */
function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  req.removeAllListeners('data');
  req.resume();
  sendEnvelope(res, failure('PAYLOAD_TOO_LARGE', `文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`));
  const socket = req.socket;
  const cut = setTimeout(() => socket.destroy(), LINGER_MS);
  cut.unref();
  socket.once('close', () => clearTimeout(cut));
}

/** The body, or null once it passed MAX_FILE_BYTES (the 413 is then sent and reading stops). */
function readUpload(req: IncomingMessage, res: ServerResponse): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_FILE_BYTES) {
      tooLarge(req, res);
      return resolvePromise(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FILE_BYTES) {
        tooLarge(req, res);
        resolvePromise(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The shown name from X-File-Name (percent-encoded UTF-8, as encodeURIComponent writes it), if any. */
function nameHeader(req: IncomingMessage): string | undefined {
  const header = req.headers['x-file-name'];
  return typeof header === 'string' ? (decodePath(header) ?? undefined) : undefined;
}

/** POST /files: staff only (403), the body checked against its Content-Type (400 FILE_TYPE_MISMATCH, 413), then kept. */
export async function receiveUpload(req: IncomingMessage, res: ServerResponse, deps: Deps & { uploads: LocalUploads }): Promise<void> {
  if (req.method !== 'POST') return sendEnvelope(res, failure('METHOD_NOT_ALLOWED', '上传文件请用 POST'));
  const header = req.headers['x-openid'];
  const openid = typeof header === 'string' && header.trim() !== '' ? header.trim() : undefined;
  const refuse = (envelope: Envelope<never>) => {
    sendEnvelope(res, envelope, { Connection: 'close' });
    req.resume(); // a refused body is read and dropped, not left to stall the connection
  };
  if (!openid) return refuse(failure('UNAUTHENTICATED', '无法确认您的身份，请在微信中重新打开小程序'));
  try {
    const caller = await withRoles(identify(openid, deps), deps);
    requireUploader(caller);
    const bytes = await readUpload(req, res);
    if (bytes === null) return;
    const type = checkContent(bytes, req.headers['content-type'] ?? '');
    const fileId = await deps.uploads.save(bytes, type);
    await deps.store.addUpload(uploadRecord(caller, fileId, type, bytes.length, nameHeader(req), deps));
    sendEnvelope(res, { ok: true, data: { fileId } });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (!res.headersSent) refuse(failure(error.code, error.message, error.issues));
  }
}

/** GET or HEAD /files/<id>?e=&n=&s=: 404 for anything that is no file id, 403 without a valid, unexpired signature. */
export async function serveUpload(req: IncomingMessage, res: ServerResponse, uploads: LocalUploads, now: () => Date): Promise<void> {
  const [path, search = ''] = (req.url ?? '').split('?', 2);
  const id = decodePath(path.slice(FILES_ROUTE.length + 1));
  if (id === null || !isLocalFileId(id)) return sendEnvelope(res, failure('NOT_FOUND', '未找到该文件'));
  const query = new URLSearchParams(search);
  const [expires, name, signature] = [query.get('e') ?? '', query.get('n') ?? '', query.get('s') ?? ''];
  if (!uploads.verify(id, expires, name, signature, Math.floor(now().getTime() / 1000))) {
    return sendEnvelope(res, failure('FORBIDDEN', '链接无效或已过期，请刷新页面'));
  }
  const type = typeOfId(id);
  const disposition = FILE_TYPES[type].image || type === 'application/pdf' ? 'inline' : 'attachment';
  const maxAge = Math.max(0, Number(expires) - Math.floor(now().getTime() / 1000));
  return sendFileUnder(uploads.dir, id, req, res, () => ({
    'Content-Type': type,
    'Content-Disposition': `${disposition}; filename="${id}"; filename*=UTF-8''${encodeURIComponent(name || id)}`,
    'Cache-Control': `private, max-age=${maxAge}`,
    'X-Content-Type-Options': 'nosniff',
  }));
}
