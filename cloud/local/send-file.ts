// Sends one file from under a folder (GET or HEAD), or a 404: the local runtime's static app and exports share it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';

/** A URL path segment decoded, or null when its %-escapes are malformed (it names no file). */
export function decodePath(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

export function notFound(res: ServerResponse, text = '未找到该页面'): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}

/** The file `relative` names under `root`; anything outside root, missing or not a file is a 404. */
export async function sendFileUnder(
  root: string,
  relative: string,
  req: IncomingMessage,
  res: ServerResponse,
  headersFor: (file: string) => OutgoingHttpHeaders,
): Promise<void> {
  const file = resolve(root, '.' + sep + relative);
  if (file !== root && !file.startsWith(root + sep)) return notFound(res);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return notFound(res);
  res.writeHead(200, { ...headersFor(file), 'Content-Length': info.size });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}
