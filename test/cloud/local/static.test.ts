// The H5 app as browsers expect it, through the real server: hashed assets immutable, the rest revalidated, text compressed once.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../../../cloud/local/compressed';
import { get, serve, type Reply, type Served } from './http-harness';

// Counts real compressions, to see that each file version is compressed once, not per request.
const mockCompressions: string[] = [];
jest.mock('node:zlib', () => {
  const zlib = jest.requireActual('node:zlib');
  return {
    ...zlib,
    brotliCompress: (bytes: Buffer, ...rest: unknown[]) => (mockCompressions.push('br'), zlib.brotliCompress(bytes, ...rest)),
    gzip: (bytes: Buffer, ...rest: unknown[]) => (mockCompressions.push('gzip'), zlib.gzip(bytes, ...rest)),
  };
});

const APP_JS = Array.from({ length: 400 }, (_, i) => `export const label${i} = '幸福社区 ${i}';`).join('\n');
const INDEX = `<!doctype html><html lang="zh-CN"><head><title>美丽群岛 幸福社区</title></head><body>${'<div></div>'.repeat(50)}</body></html>`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

let parent: string;
let h5: string;
let rt: Served;
beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'xingfu-static-'));
  h5 = join(parent, 'h5');
  for (const dir of ['js', 'css', 'static/images']) mkdirSync(join(h5, dir), { recursive: true });
  writeFileSync(join(h5, 'index.html'), INDEX);
  writeFileSync(join(h5, 'js/app.1a2b3c4d.js'), APP_JS);
  writeFileSync(join(h5, 'js/app.1a2b3c4d.js.LICENSE.txt'), 'MIT '.repeat(100));
  writeFileSync(join(h5, 'js/plain.js'), APP_JS);
  writeFileSync(join(h5, 'js/tiny.js'), '1');
  writeFileSync(join(h5, 'css/app.9f8e7d6c.css'), '.page { color: #333; }\n'.repeat(100));
  writeFileSync(join(h5, 'static/images/logo.0a1b2c3d.png'), PNG);
  writeFileSync(join(parent, 'secret.key'), 'do not serve');
  rt = await serve({}, h5);
});
afterAll(async () => {
  await rt.stop();
  rmSync(parent, { recursive: true, force: true });
});

const decoded = (reply: Reply) => {
  const encoding = reply.headers['content-encoding'];
  return encoding === 'br' ? brotliDecompressSync(reply.body) : encoding === 'gzip' ? gunzipSync(reply.body) : reply.body;
};

describe('caching', () => {
  test.each(['/js/app.1a2b3c4d.js', '/css/app.9f8e7d6c.css', '/static/images/logo.0a1b2c3d.png', '/js/app.1a2b3c4d.js.LICENSE.txt'])(
    'hashed %s is immutable for a year',
    async (path) => {
      const reply = await get(rt.port, path);
      expect(reply.status).toBe(200);
      expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    },
  );

  test.each(['/', '/index.html', '/js/plain.js'])('%s is no-cache with validators, and 304 when unchanged', async (path) => {
    const reply = await get(rt.port, path);
    expect(reply.headers['cache-control']).toBe('no-cache');
    const etag = reply.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(reply.headers['last-modified']).toBeDefined();
    const again = await get(rt.port, path, { 'If-None-Match': `"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect((await get(rt.port, path, { 'If-Modified-Since': reply.headers['last-modified'] as string })).status).toBe(304);
    expect((await get(rt.port, path, { 'If-None-Match': '"other"' })).status).toBe(200);
    expect((await get(rt.port, path, { 'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).status).toBe(200);
  });

  test('types are right and the browser may not sniff them', async () => {
    const types = await Promise.all(
      ['/', '/js/plain.js', '/css/app.9f8e7d6c.css', '/static/images/logo.0a1b2c3d.png'].map((p) => get(rt.port, p)),
    );
    expect(types.map((r) => r.headers['content-type'])).toEqual([
      'text/html; charset=utf-8',
      'text/javascript; charset=utf-8',
      'text/css; charset=utf-8',
      'image/png',
    ]);
    expect(types.every((r) => r.headers['x-content-type-options'] === 'nosniff')).toBe(true);
  });
});

describe('compression', () => {
  test.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=1.0, gzip;q=0.8', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['deflate', undefined],
    ['br;q=0, gzip;q=0', undefined],
    ['identity', undefined],
  ])('Accept-Encoding: %s answers %s and decodes to the same bytes', async (accept, encoding) => {
    const reply = await get(rt.port, '/js/app.1a2b3c4d.js', { 'Accept-Encoding': accept });
    expect(reply.headers['content-encoding']).toBe(encoding);
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    expect(decoded(reply).toString('utf8')).toBe(APP_JS);
    if (encoding) expect(reply.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 4);
  });

  test('no Accept-Encoding is identity: the bytes as stored, with their length', async () => {
    const reply = await get(rt.port, '/js/app.1a2b3c4d.js');
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(APP_JS)));
    expect(reply.body.toString('utf8')).toBe(APP_JS);
  });

  test('index.html and css are compressed too; images and files compression would not shrink are not', async () => {
    const accept = { 'Accept-Encoding': 'gzip, br' };
    const page = await get(rt.port, '/', accept);
    expect(page.headers['content-encoding']).toBe('br');
    expect(decoded(page).toString('utf8')).toBe(INDEX);
    expect((await get(rt.port, '/css/app.9f8e7d6c.css', accept)).headers['content-encoding']).toBe('br');
    const png = await get(rt.port, '/static/images/logo.0a1b2c3d.png', accept);
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.equals(PNG)).toBe(true);
    const tiny = await get(rt.port, '/js/tiny.js', accept);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('1');
  });

  test('HEAD gives the headers of the encoded answer and no body', async () => {
    const head = await get(rt.port, '/js/app.1a2b3c4d.js', { 'Accept-Encoding': 'br' }, { method: 'HEAD' });
    const full = await get(rt.port, '/js/app.1a2b3c4d.js', { 'Accept-Encoding': 'br' });
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(full.body.length));
  });

  test('each file is compressed once, not per request; a changed file once more', async () => {
    writeFileSync(join(h5, 'js/fresh.abcdef12.js'), APP_JS);
    mockCompressions.length = 0;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => get(rt.port, '/js/fresh.abcdef12.js', { 'Accept-Encoding': 'br, gzip' })),
    );
    answers.push(await get(rt.port, '/js/fresh.abcdef12.js', { 'Accept-Encoding': 'gzip' }));
    expect(answers.map((a) => decoded(a).toString('utf8'))).toEqual(Array(6).fill(APP_JS));
    expect(mockCompressions.sort()).toEqual(['br', 'gzip']);

    const changed = APP_JS + '\nexport const more = 1;';
    writeFileSync(join(h5, 'js/fresh.abcdef12.js'), changed);
    utimesSync(join(h5, 'js/fresh.abcdef12.js'), new Date(), new Date(Date.now() + 5000));
    expect(decoded(await get(rt.port, '/js/fresh.abcdef12.js', { 'Accept-Encoding': 'br' })).toString('utf8')).toBe(changed);
    expect(decoded(await get(rt.port, '/js/fresh.abcdef12.js', { 'Accept-Encoding': 'br' })).toString('utf8')).toBe(changed);
    expect(mockCompressions.length).toBe(4);
  });

  test('precompress at start fills the cache, so the first request compresses nothing', async () => {
    writeFileSync(join(h5, 'js/warm.12345678.js'), APP_JS);
    mockCompressions.length = 0;
    expect(await precompress(h5)).toBeGreaterThanOrEqual(7);
    const warmed = mockCompressions.length;
    expect(warmed).toBeGreaterThanOrEqual(2);
    expect(decoded(await get(rt.port, '/js/warm.12345678.js', { 'Accept-Encoding': 'br' })).toString('utf8')).toBe(APP_JS);
    expect(mockCompressions.length).toBe(warmed);
  });
});

test.each(['/%2e%2e/secret.key', '/js/..%2f..%2fsecret.key', '/%E0%A4%A', '/js', '/missing.js'])('%s is 404', async (path) => {
  const reply = await get(rt.port, path);
  expect(reply.status).toBe(404);
  expect(reply.body.toString()).not.toContain('do not serve');
});
