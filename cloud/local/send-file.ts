// Sends one file from under a folder (GET or HEAD), or a 404: the local runtime's static app and exports share it.
import { createReadStream, type Stats } from 'node:fs';
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

/** The path `relative` names under `root`, or null when it would leave root. */
export function fileUnder(root: string, relative: string): string | null {
  const file = resolve(root, '.' + sep + relative);
  return file !== root && file.startsWith(root + sep) ? file : null;
}

/** The file's stats, or null when it is missing or not a plain file. */
export async function fileStat(file: string): Promise<Stats | null> {
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? info : null;
}

/** Streams the file with `headers` (HEAD: headers only); a read that fails midway drops the connection. */
export function streamFile(file: string, size: number, headers: OutgoingHttpHeaders, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { ...headers, 'Content-Length': size });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** The file `relative` names under `root`; anything outside root, missing or not a file is a 404. */
export async function sendFileUnder(
  root: string,
  relative: string,
  req: IncomingMessage,
  res: ServerResponse,
  headersFor: (file: string) => OutgoingHttpHeaders,
): Promise<void> {
  const file = fileUnder(root, relative);
  const info = file && (await fileStat(file));
  if (!file || !info) return notFound(res);
  streamFile(file, info.size, headersFor(file), req, res);
}
