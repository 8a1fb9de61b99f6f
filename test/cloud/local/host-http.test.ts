// The Host check against DNS rebinding: only the address served on (and ALLOWED_HOSTS) is answered, for calls and files alike.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localConfig } from '../../../cloud/local/config';
import { BEIYUAN, YEAR } from '../../support/assessment';
import { tempDataDir } from '../../support/local-runtime';
import { exchange, get, json, openSocket, parseRaw, serve, type Served } from './http-harness';

let h5: string;
let rt: Served;
beforeAll(() => {
  h5 = mkdtempSync(join(tmpdir(), 'xingfu-host-'));
  mkdirSync(join(h5, 'js'));
  writeFileSync(join(h5, 'index.html'), '<p>幸福社区</p>');
  writeFileSync(join(h5, 'js/app.1a2b3c4d.js'), 'console.log(1)');
});
afterAll(() => rmSync(h5, { recursive: true, force: true }));
afterEach(() => rt?.stop());

const call = (name: string, data: unknown, host: string | null, openid = 'resident-1') =>
  get(
    rt.port,
    `/cloud/${name}`,
    { 'Content-Type': 'application/json', 'X-OpenId': openid },
    { method: 'POST', host, body: JSON.stringify(data) },
  );

const refused = (reply: { status: number; body: Buffer }) => {
  expect(reply.status).toBe(421);
  expect(json(reply as any)).toEqual({
    ok: false,
    error: { code: 'MISDIRECTED_REQUEST', message: expect.stringContaining('ALLOWED_HOSTS') },
  });
};

describe('default: the loopback address served on', () => {
  beforeEach(async () => void (rt = await serve({}, h5)));

  test.each([
    'attacker.example',
    'attacker.example:PORT',
    '127.0.0.1:1',
    '127.0.0.1',
    '127.0.0.1.attacker.example:PORT',
    'localhost:PORT@x',
  ])('Host %s is refused with 421 for calls, pages and files', async (template) => {
    const host = template.replace('PORT', String(rt.port));
    refused(await call('whoami', {}, host));
    refused(await get(rt.port, '/', {}, { host }));
    refused(await get(rt.port, '/js/app.1a2b3c4d.js', {}, { host }));
    refused(await get(rt.port, '/exports/x.xlsx', {}, { host }));
  });

  test.each(['1.0', '1.1'])('an HTTP/%s request without Host is refused', async (version) => {
    const answer = parseRaw((await exchange(await openSocket(rt.port), `GET / HTTP/${version}\r\nConnection: close\r\n\r\n`)).text);
    expect(answer.status).toBe(421);
    expect(answer.body.error.code).toBe('MISDIRECTED_REQUEST');
  });

  test.each(['127.0.0.1:PORT', 'localhost:PORT', '[::1]:PORT', 'LocalHost:PORT'])('Host %s is served', async (template) => {
    const host = template.replace('PORT', String(rt.port));
    const whoami = await call('whoami', {}, host, 'someone');
    expect(whoami.status).toBe(200);
    expect(json(whoami).data.openid).toBe('someone');
    expect((await get(rt.port, '/', {}, { host })).body.toString()).toBe('<p>幸福社区</p>');
  });

  test('a refused answer changes nothing: the same resident can still answer afterwards', async () => {
    const submit = { communityId: BEIYUAN, answers: { awareness: 'aware', satisfaction: 'satisfied' } };
    refused(await call('submitResponse', submit, 'attacker.example'));
    expect(await rt.deps.store.getTallies(YEAR)).toEqual([]);
    expect((await call('submitResponse', submit, `127.0.0.1:${rt.port}`)).status).toBe(200);
  });
});

describe('ALLOWED_HOSTS for deployments behind a proxy', () => {
  beforeEach(async () => void (rt = await serve({ ALLOWED_HOSTS: ' Xingfu.Example.org , proxy.example:8443' }, h5)));

  test.each(['xingfu.example.org', 'xingfu.example.org:443', 'XINGFU.example.org:8080', 'proxy.example:8443'])(
    '%s is served',
    async (host) => {
      expect((await get(rt.port, '/', {}, { host })).status).toBe(200);
      expect((await call('whoami', {}, host)).status).toBe(200);
    },
  );

  test.each(['proxy.example', 'proxy.example:80', 'evil.xingfu.example.org', 'attacker.example'])('%s is refused', async (host) => {
    refused(await get(rt.port, '/', {}, { host }));
  });

  test('the loopback address stays served', async () => {
    expect((await get(rt.port, '/', {}, { host: `localhost:${rt.port}` })).status).toBe(200);
  });
});

test.each(['https://xingfu.example.org', 'xingfu.example.org/app', 'a b', 'host:port'])(
  'ALLOWED_HOSTS=%s is a configuration error',
  (value) => {
    const dataDir = tempDataDir();
    try {
      expect(() => localConfig({ DATA_DIR: dataDir, ALLOWED_HOSTS: value })).toThrow(/ALLOWED_HOSTS/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
