// Real files for the upload tests: a PNG (a QR code, as the runtime draws them), a 16 × 16 JPEG, Office and PDF files
// built as their formats lay them out, and POST /files through the HTTP face.
import { strToU8, zipSync } from 'fflate';
import { qrPng } from '../../cloud/local/qr-png';
import type { TestRuntime } from './local-runtime';

export const PNG = qrPng('幸福社区 证明材料');
/** A 16 × 16 baseline JPEG (JFIF 1.01). */
export const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAAQABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABwQF/8QAJBAAAQQBBAICAwAAAAAAAAAAAQIDBAYFBwgSExEiABQJMTL/xAAVAQEBAAAAAAAAAAAAAAAAAAAABv/EACMRAAECBQMFAAAAAAAAAAAAAAECEQMEBQYhABIxFRZhgeH/2gAMAwEAAhEDEQA/ABSm0mobc8HmExLUlRzzEWPkJWW+ulrsaUVAseUgslSlH9LKuPryIKuWPZdskzXmm3fX5m2nF4GlVxx/HOpx4ks51+MiU/Iaad7UcUo4tILoS4kqcWkezS0hO/HvuRp0rO6hWnWO1UisZVuFi4GFeyEpmGepa5S5SWVPuciFKRFLgSrwetnyPIB+Vb4N9mKhQMzo5po9XLdDs9d6ZVix2VEhiL9kuNPxw2gEKcDQ/rs8AuA8VAe0vdl7VOYn+27flGAUgmITjbhSmCg3BYlyeWDkMolvw4KOp1KM6iCNvngZHwetf//Z',
  'base64',
);
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const office = (entries: Record<string, string>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)]))));
export const DOCX = office({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
export const XLSX = office({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
/** A zip that is no Office file. */
export const ZIP = office({ 'readme.txt': 'hello' });
/** The OLE2 compound-file header of a legacy .doc or .xls, and some sectors. */
export const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

export const TYPES = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
} as const;

/** POST /files as `openid` with the body and its declared type (and a name, sent as the app sends it). */
export async function upload(
  rt: Pick<TestRuntime, 'url'>,
  openid: string | null,
  body: Buffer,
  type: string,
  name?: string,
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'Content-Type': type };
  if (openid !== null) headers['X-OpenId'] = openid;
  if (name !== undefined) headers['X-File-Name'] = encodeURIComponent(name);
  const res = await fetch(`${rt.url}/files`, { method: 'POST', headers, body: new Uint8Array(body) });
  return { status: res.status, body: await res.json() };
}

/** Uploads and answers the fileId, or throws with the refusal. */
export async function uploaded(rt: Pick<TestRuntime, 'url'>, openid: string, body: Buffer, type: string, name?: string): Promise<string> {
  const res = await upload(rt, openid, body, type, name);
  if (res.status !== 200) throw new Error(`POST /files: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.fileId;
}
