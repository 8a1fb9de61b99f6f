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

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = decodePath(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (pathname === null) return notFound(res);
  return sendFileUnder(root, pathname === '/' ? 'index.html' : pathname, req, res, (file) => ({
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': extname(file) === '.html' ? 'no-cache' : 'public, max-age=3600',
  }));
}
