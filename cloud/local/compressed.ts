// Text assets of the H5 build held in memory with their brotli and gzip forms, each compressed once per file version.
import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

export interface TextAsset {
  size: number;
  mtimeMs: number;
  identity: Buffer;
  /** null when compressing does not make the file smaller. */
  br: Buffer | null;
  gzip: Buffer | null;
}

export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map', '.txt']);
/** Larger files are streamed as they are rather than held in memory. */
export const MAX_CACHED_BYTES = 4 * 1024 * 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const smaller = (packed: Buffer, original: Buffer) => (packed.length < original.length ? packed : null);

async function load(file: string, info: Pick<Stats, 'size' | 'mtimeMs'>): Promise<TextAsset> {
  const identity = await readFile(file);
  // The highest brotli quality is slow, but it is paid once per file, off the event loop.
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipAsync(identity, { level: 9 }),
  ]);
  return { size: info.size, mtimeMs: info.mtimeMs, identity, br: smaller(br, identity), gzip: smaller(gz, identity) };
}

const cache = new Map<string, Promise<TextAsset | null>>();

/** The file's bytes and compressed forms (null if it cannot be read); a file changed on disk (size or mtime) is loaded again. */
export async function textAsset(file: string, info: Pick<Stats, 'size' | 'mtimeMs'>): Promise<TextAsset | null> {
  const pending = cache.get(file);
  if (pending) {
    const known = await pending;
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known;
  }
  const loading = load(file, info).catch(() => null);
  cache.set(file, loading);
  return loading;
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Compresses every text asset under `root` ahead of the first request (the cache fills lazily otherwise). */
export async function precompress(root: string): Promise<number> {
  let count = 0;
  for await (const file of filesUnder(root)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const info = await stat(file);
    if (info.size <= MAX_CACHED_BYTES && (await textAsset(file, info))) count++;
  }
  return count;
}

/** br before gzip, as the request's Accept-Encoding allows (q=0 refuses; `*` stands for the unnamed). */
export function chooseEncoding(acceptEncoding: string | undefined, asset: TextAsset): Encoding | null {
  if (!acceptEncoding) return null;
  let br: boolean | undefined;
  let gz: boolean | undefined;
  let any: boolean | undefined;
  for (const part of acceptEncoding.split(',')) {
    const semicolon = part.indexOf(';');
    const name = (semicolon === -1 ? part : part.slice(0, semicolon)).trim().toLowerCase();
    const q = semicolon === -1 ? 1 : Number(/q=([0-9.]+)/i.exec(part.slice(semicolon))?.[1] ?? 1);
    const accepted = q > 0;
    if (name === 'br') br = accepted;
    else if (name === 'gzip' || name === 'x-gzip') gz = accepted;
    else if (name === '*') any = accepted;
  }
  if ((br ?? any) && asset.br) return 'br';
  if ((gz ?? any) && asset.gzip) return 'gzip';
  return null;
}
