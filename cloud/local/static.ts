// Serves the H5 build (dist/h5) as static files.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { decodePath, notFound, sendFileUnder } from './send-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The request's path decoded, or null when it is no plain absolute path (`//x`, `/\`, `*`, `http://…`, bad escapes). */
export function staticPath(url: string): string | null {
  const query = url.indexOf('?');
  const raw = query === -1 ? url : url.slice(0, query);
  if (raw.charCodeAt(0) !== 47 || raw.includes('//') || raw.includes('\\')) return null;
  return decodePath(raw);
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Not new URL(): it throws on '//', '//a:b' and '/\' (a 500) and would read '//host/x' as another host.
  const pathname = staticPath(req.url ?? '/');
  if (pathname === null) return notFound(res);
  return sendFileUnder(root, pathname === '/' ? 'index.html' : pathname, req, res, (file) => ({
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': extname(file) === '.html' ? 'no-cache' : 'public, max-age=3600',
  }));
}
