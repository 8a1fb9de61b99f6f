// POST /files and GET /files/<id> through the local runtime's HTTP face: types checked by content, 413 above 10 MB,
// staff only, who uploaded recorded, signed links that expire, and no path outside the files folder.
import { request } from 'node:http';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../../../cloud/contract';
import type { LocalUploads } from '../../../cloud/local/uploads';
import { useRuntime } from '../../support/local-runtime';
import { BEIYUAN_WORKER, clock, JUNAN, OFFICIAL, startProjectRuntime, WORKER } from '../../support/projects';
import { DOCX, JPEG, OLE, PDF, PNG, TYPES, upload, uploaded, XLSX, ZIP } from '../../support/uploads';
import { get, json } from './http-harness';

const time = clock();
const rt = useRuntime(() => startProjectRuntime(time.now));
const port = () => Number(new URL(rt.url).port);
const filesIn = () => (existsSync(join(rt.dataDir, 'files')) ? readdirSync(join(rt.dataDir, 'files')) : []);

afterEach(() => time.set('2024-06-01T02:00:00.000Z'));

describe('POST /files', () => {
  test('takes each type whose content matches, under a random id, and records who uploaded it', async () => {
    const cases: Array<[Buffer, string, string]> = [
      [PNG, TYPES.png, 'png'],
      [JPEG, TYPES.jpeg, 'jpg'],
      [JPEG, 'image/jpg', 'jpg'],
      [PDF, TYPES.pdf, 'pdf'],
      [DOCX, TYPES.docx, 'docx'],
      [XLSX, `${TYPES.xlsx}; charset=binary`, 'xlsx'],
      [OLE, TYPES.doc, 'doc'],
      [OLE, TYPES.xls, 'xls'],
    ];
    for (const [body, type, ext] of cases) {
      const res = await upload(rt, WORKER, body, type, '../../etc/社区规划.bin');
      expect([type, res.status]).toEqual([type, 200]);
      expect(res.body.data.fileId).toMatch(new RegExp(`^[0-9a-f]{32}\\.${ext}$`));
    }
    // The client's name never becomes a path: only ids are in the folder.
    expect(filesIn()).toHaveLength(cases.length);
    expect(filesIn().every((f) => /^[0-9a-f]{32}\.[a-z]+$/.test(f))).toBe(true);
    const fileId = await uploaded(rt, WORKER, PNG, TYPES.png, 'C:\\照片\\活动.png');
    const [record] = await rt.deps.store.getUploads([fileId]);
    expect(record).toEqual({
      fileId,
      uploadedBy: WORKER,
      communityId: JUNAN,
      name: '活动.png',
      type: 'image/png',
      size: PNG.length,
      uploadedAt: '2024-06-01T02:00:00.000Z',
    });
  });

  test('a content that is not the declared type, or no type taken, is 400 FILE_TYPE_MISMATCH and nothing is kept', async () => {
    const cases: Array<[Buffer, string]> = [
      [PNG, TYPES.jpeg], // a PNG called a JPEG
      [PDF, TYPES.png],
      [DOCX, TYPES.xlsx], // a Word file called Excel
      [ZIP, TYPES.docx], // a zip without Word's entries
      [Buffer.from('MZ\x90\x00 this is an executable'), TYPES.pdf],
      [PNG, TYPES.doc], // no OLE header
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'],
      [PNG, 'text/html'],
      [Buffer.alloc(0), TYPES.png],
    ];
    for (const [body, type] of cases) {
      const res = await upload(rt, WORKER, body, type);
      expect([type, res.status, res.body.error.code]).toEqual([type, 400, 'FILE_TYPE_MISMATCH']);
    }
    expect(filesIn()).toEqual([]);
  });

  test('only staff upload: no identity 401, a resident 403; officials may', async () => {
    expect((await upload(rt, null, PNG, TYPES.png)).status).toBe(401);
    const resident = await upload(rt, 'resident-1', PNG, TYPES.png);
    expect([resident.status, resident.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect(filesIn()).toEqual([]);
    const fileId = await uploaded(rt, OFFICIAL, PDF, TYPES.pdf);
    expect((await rt.deps.store.getUploads([fileId]))[0]).toMatchObject({ uploadedBy: OFFICIAL, communityId: null });
  });

  test('above 10 MB is 413, by its Content-Length or as it streams (answered before the client is done), and nothing is kept', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_FILE_BYTES + 1 - PNG.length)]);
    const declared = await upload(rt, WORKER, big, TYPES.png);
    expect([declared.status, declared.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);

    // Chunked, with no length: the answer comes while the client is still sending (after about 10 MB of 30 MB).
    const answer = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = request(
        { host: '127.0.0.1', port: port(), path: '/files', method: 'POST', headers: { 'Content-Type': TYPES.png, 'X-OpenId': WORKER } },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, sent });
          req.destroy();
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(256 * 1024);
      const write = () => {
        while (sent < 3 * MAX_FILE_BYTES) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        req.end();
      };
      write();
    });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(3 * MAX_FILE_BYTES);
    expect(filesIn()).toEqual([]);
    // Exactly 10 MB is taken.
    const limit = Buffer.concat([PNG, Buffer.alloc(MAX_FILE_BYTES - PNG.length)]);
    expect((await upload(rt, WORKER, limit, TYPES.png)).status).toBe(200);
  }, 30_000);
});

describe('GET /files/<id>', () => {
  /** A worker's photo submitted as evidence, and the link listEvidence answers for it. */
  async function linked(): Promise<{ fileId: string; url: string }> {
    const fileId = await uploaded(rt, WORKER, PNG, TYPES.png, '规划.png');
    await rt.call('submitEvidence', { communityId: JUNAN, year: 2024, itemId: 'II-3.1', note: '规划', files: [fileId] }, WORKER);
    const listed = await rt.call('listEvidence', { communityId: JUNAN, year: 2024 }, OFFICIAL);
    return { fileId, url: listed.body.data.items.find((i: any) => i.itemId === 'II-3.1').files[0].url };
  }

  test('a signed link serves the file inline with its type, until it expires (403 after)', async () => {
    const { fileId, url } = await linked();
    expect(url).toMatch(new RegExp(`^/files/${fileId}\\?e=\\d+&n=.+&s=[A-Za-z0-9_-]+$`));
    const res = await get(port(), url);
    expect(res.status).toBe(200);
    expect(res.body.equals(PNG)).toBe(true);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('规划.png')}`);
    // Made at 02:00:00, the link holds for an hour (rounded up to a 10-minute boundary: 03:00 is one), then stops.
    time.set('2024-06-01T02:59:59.000Z');
    expect((await get(port(), url)).status).toBe(200);
    time.set('2024-06-01T03:00:01.000Z');
    const expired = await get(port(), url);
    expect([expired.status, json(expired).error.code]).toEqual([403, 'FORBIDDEN']);
    // Made at 02:05, a link lasts to 03:10: an hour rounded up, never less than the linksExpireAt answered (03:05).
    time.set('2024-06-01T02:05:00.000Z');
    const listed = (await rt.call('listEvidence', { communityId: JUNAN, year: 2024 }, OFFICIAL)).body.data;
    const again = listed.items.find((i: any) => i.itemId === 'II-3.1').files[0].url;
    expect(new URLSearchParams(again.split('?')[1]).get('e')).toBe(String(Date.parse('2024-06-01T03:10:00.000Z') / 1000));
    expect(listed.linksExpireAt).toBe('2024-06-01T03:05:00.000Z');
  });

  test('without a valid signature: 403, whatever part is changed', async () => {
    const { fileId, url } = await linked();
    const query = new URLSearchParams(url.split('?')[1]);
    const [e, n, s] = [query.get('e')!, encodeURIComponent(query.get('n')!), query.get('s')!];
    const other = await uploaded(rt, WORKER, JPEG, TYPES.jpeg);
    const tampered = [
      `/files/${fileId}`,
      `/files/${fileId}?e=${e}&n=${n}`,
      `/files/${fileId}?e=${Number(e) + 600}&n=${n}&s=${s}`,
      `/files/${fileId}?e=${e}&n=other.png&s=${s}`,
      `/files/${fileId}?e=${e}&n=${n}&s=${s.slice(0, -2)}${s.endsWith('AA') ? 'BB' : 'AA'}`,
      `/files/${other}?${url.split('?')[1]}`,
    ];
    for (const path of tampered) expect([path, (await get(port(), path)).status]).toEqual([path, 403]);
  });

  test('no path outside the files folder is reached: ../, encoded dots and slashes, absolute paths', async () => {
    const { url } = await linked();
    const query = url.split('?')[1];
    writeFileSync(join(rt.dataDir, 'outside.png'), PNG);
    const attempts = [
      '/files/../secret.key',
      '/files/..%2fsecret.key',
      '/files/%2e%2e/secret.key',
      '/files/%2e%2e%2fsecret.key',
      '/files/%2E%2E%2Fxingfu.sqlite',
      '/files/..%5csecret.key',
      '/files//etc/passwd',
      '/files/%2fetc%2fpasswd',
      '/files/../outside.png',
      '/files/%2e%2e%2foutside.png',
      `/files/../outside.png?${query}`,
      `/files/%2e%2e%2foutside.png?${query}`,
      '/files/',
      '/files/%',
    ];
    for (const path of attempts) {
      const res = await get(port(), path);
      expect([path, res.status === 403 || res.status === 404]).toEqual([path, true]);
      expect(res.body.includes(PNG.subarray(0, 16))).toBe(false);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    }
    // A signature is good for its own id only: the folder's check is the id's form, before any path is made.
    const uploads = rt.deps.uploads as LocalUploads;
    const links = await uploads.links([{ fileId: '../outside.png', name: 'x' }], 3600);
    expect(links.size).toBe(0);
    expect(await uploads.read('../secret.key')).toBeNull();
  });

  test('other communities’ workers and residents get no links: listEvidence is 403 for them', async () => {
    await linked();
    for (const who of [BEIYUAN_WORKER, 'resident-1']) {
      const res = await rt.call('listEvidence', { communityId: JUNAN, year: 2024 }, who);
      expect([who, res.status]).toEqual([who, 403]);
      expect(JSON.stringify(res.body)).not.toContain('/files/');
    }
  });
});
