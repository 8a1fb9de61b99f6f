// The local file port: generated workbooks written under DATA_DIR/exports and served back at GET /exports/<file>.
import { mkdir, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Files } from '../core/deps';
import { decodePath, notFound, sendFileUnder } from './send-file';

export const EXPORTS_ROUTE = '/exports/';

export interface LocalFiles extends Files {
  dir: string;
}

/** One plain file name: no separators, no leading dot, so it cannot leave the folder. */
const isExportName = (name: string) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.xlsx$/.test(name) && !name.includes('..');

export function localFiles(dataDir: string): LocalFiles {
  const dir = resolve(dataDir, 'exports');
  return {
    dir,
    async publish(fileName, bytes) {
      if (!isExportName(fileName)) throw new Error(`not an export file name: ${JSON.stringify(fileName)}`);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, fileName), bytes, { flag: 'wx' });
      return EXPORTS_ROUTE + fileName;
    },
  };
}

/** GET or HEAD /exports/<file>: the workbook as a download; 404 for anything that is not one plain export name. */
export async function serveExport(dir: string, encodedName: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const name = decodePath(encodedName);
  if (name === null || !isExportName(name)) return notFound(res, '未找到该文件');
  return sendFileUnder(dir, name, req, res, () => ({
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  }));
}
