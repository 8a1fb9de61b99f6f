// Serves the H5 build (dist/h5): hashed assets cached for a year, the rest revalidated; text compressed once, br or gzip.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { basename, extname } from 'node:path';
import { chooseEncoding, COMPRESSIBLE, MAX_CACHED_BYTES, textAsset } from './compressed';
import { decodePath, fileStat, fileUnder, notFound, streamFile } from './send-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** webpack's content hash in the name (`app.1a2b3c4d.js`, `app.1a2b3c4d.js.LICENSE.txt`): new bytes get a new name. */
const HASHED_NAME = /\.[0-9a-f]{8,}\./i;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The request's path decoded, or null when it is no plain absolute path (`//x`, `/\`, `*`, `http://…`, bad escapes). */
export function staticPath(url: string): string | null {
  const query = url.indexOf('?');
  const raw = query === -1 ? url : url.slice(0, query);
  if (raw.charCodeAt(0) !== 47 || raw.includes('//') || raw.includes('\\')) return null;
  return decodePath(raw);
}

/** Weak: the same validator stands for the identity and the compressed bytes. */
const etagOf = (size: number, mtimeMs: number) => `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;

function notModified(req: IncomingMessage, etag: string, mtimeMs: number): boolean {
  const tags = req.headers['if-none-match'];
  if (tags !== undefined) {
    return tags.split(',').some((tag) => {
      const trimmed = tag.trim();
      return trimmed === '*' || trimmed.replace(/^W\//, '') === etag.slice(2);
    });
  }
  const since = req.headers['if-modified-since'];
  return since !== undefined && Math.floor(mtimeMs / 1000) * 1000 <= Date.parse(since);
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Not new URL(): it throws on '//', '//a:b' and '/\' (a 500) and would read '//host/x' as another host.
  const path = staticPath(req.url ?? '/');
  const file = path === null ? null : fileUnder(root, path === '/' ? 'index.html' : path);
  const info = file && (await fileStat(file));
  if (!file || !info) return notFound(res);
  const extension = extname(file);
  const compressible = COMPRESSIBLE.has(extension) && info.size <= MAX_CACHED_BYTES;
  const etag = etagOf(info.size, info.mtimeMs);
  const headers: OutgoingHttpHeaders = {
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Cache-Control': HASHED_NAME.test(basename(file)) ? IMMUTABLE : 'no-cache',
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
  };
  if (compressible) headers.Vary = 'Accept-Encoding';
  if (notModified(req, etag, info.mtimeMs)) return void res.writeHead(304, headers).end();
  if (!compressible) return streamFile(file, info.size, headers, req, res);
  const asset = await textAsset(file, info);
  if (!asset) return notFound(res);
  const encoding = chooseEncoding(req.headers['accept-encoding'], asset);
  const body = encoding ? asset[encoding]! : asset.identity;
  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
