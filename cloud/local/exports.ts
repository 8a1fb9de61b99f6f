// The local file port: generated files (workbooks, code images) written under DATA_DIR/exports and served at GET /exports/<file>.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { Files } from '../core/deps';
import { downloadNameOf } from '../core/scorecards';
import { decodePath, notFound, sendFileUnder } from './send-file';

export const EXPORTS_ROUTE = '/exports/';

export interface LocalFiles extends Files {
  dir: string;
}

const TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** One plain file name: no separators, no leading dot, so it cannot leave the folder (nor name a file being written). */
const isExportName = (name: string) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.(xlsx|png|jpg)$/.test(name) && !name.includes('..');

export function localFiles(dataDir: string): LocalFiles {
  const dir = resolve(dataDir, 'exports');
  return {
    dir,
    async publish(fileName, bytes) {
      if (!isExportName(fileName)) throw new Error(`not an export file name: ${JSON.stringify(fileName)}`);
      await mkdir(dir, { recursive: true });
      // Written aside, then renamed over: a download never sees half a file, and a poster is replaced whole.
      const partial = join(dir, `.${fileName}.${process.pid}.${Date.now()}.part`);
      await writeFile(partial, bytes);
      await rename(partial, join(dir, fileName));
      return { fileId: null, url: EXPORTS_ROUTE + fileName };
    },
  };
}

/**
 * A workbook downloads under its Chinese name (2026年幸福社区测评_2026-12-01.xlsx) as RFC 6266 / RFC 5987 write it:
 * `filename*=UTF-8''<percent-encoded>` for browsers, beside a plain ASCII `filename` for those that read only that.
 */
export function contentDisposition(kind: 'inline' | 'attachment', stored: string): string {
  const shown = downloadNameOf(stored);
  if (!shown) return `${kind}; filename="${stored}"`;
  const encoded = encodeURIComponent(shown).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${stored}"; filename*=UTF-8''${encoded}`;
}

/** GET or HEAD /exports/<file>: a workbook as a download, an image inline; 404 for anything that is not one plain export name. */
export async function serveExport(dir: string, encodedName: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const name = decodePath(encodedName);
  if (name === null || !isExportName(name)) return notFound(res, '未找到该文件');
  const type = TYPES[extname(name)];
  return sendFileUnder(dir, name, req, res, () => ({
    'Content-Type': type,
    'Content-Disposition': contentDisposition(type.startsWith('image/') ? 'inline' : 'attachment', name),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  }));
}
