// Malformed request paths answer 404, never 500 and never a logged stack trace, with or without the H5 folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exchange, get, openSocket, serve, type Served } from './http-harness';

let parent: string;
let rt: Served;
let logged: jest.SpyInstance;
beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'xingfu-paths-'));
  mkdirSync(join(parent, 'h5/js'), { recursive: true });
  writeFileSync(join(parent, 'h5/index.html'), '<p>幸福社区</p>');
  writeFileSync(join(parent, 'h5/js/app.1a2b3c4d.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.key'), 'do not serve');
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));
beforeEach(() => (logged = jest.spyOn(console, 'error')));
afterEach(async () => {
  const errors = logged.mock.calls;
  logged.mockRestore();
  await rt.stop();
  expect(errors).toEqual([]); // no stack trace logged
});

const MALFORMED = [
  '//',
  '//a:b',
  '//[',
  '/\\',
  '/\\\\evil.example',
  '//evil.example/index.html',
  '///index.html',
  '/js//app.1a2b3c4d.js',
  '/%',
  '/%E0%A4%A',
  '/%00',
  '/index.html%00',
  '/..',
  '/js/../../secret.key',
  '/%2e%2e/secret.key',
  '/js/..%2f..%2fsecret.key',
  '/js',
  '/js/',
  '/missing.js',
  '/cloud',
  '/exports/',
  '/exports//x.xlsx',
  '/exports/..%2fsecret.key',
  '*',
  'http://attacker.example/',
];

describe.each([
  ['with the H5 app', true],
  ['API only', false],
])('%s', (_name, withApp) => {
  beforeEach(async () => void (rt = await serve({}, withApp ? join(parent, 'h5') : null)));

  test.each(MALFORMED)('GET %s is 404', async (path) => {
    const reply = await get(rt.port, path);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('do not serve');
  });

  test('HEAD // and POST // are 404 too', async () => {
    expect((await get(rt.port, '//', {}, { method: 'HEAD' })).status).toBe(404);
    expect((await get(rt.port, '//a:b', {}, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  test('a request line with a raw backslash path is 404', async () => {
    const { text } = await exchange(
      await openSocket(rt.port),
      `GET /\\ HTTP/1.1\r\nHost: 127.0.0.1:${rt.port}\r\nConnection: close\r\n\r\n`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 404 /);
  });
});

test('the well-formed paths next to them are still served', async () => {
  rt = await serve({}, join(parent, 'h5'));
  expect((await get(rt.port, '/')).body.toString()).toBe('<p>幸福社区</p>');
  expect((await get(rt.port, '/index.html?v=1')).status).toBe(200);
  expect((await get(rt.port, '/js/app.1a2b3c4d.js')).body.toString()).toBe('console.log(1)');
});
