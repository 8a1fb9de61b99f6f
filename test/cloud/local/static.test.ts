// The H5 app's files as the local runtime serves them: inside the folder only, 404 for anything else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../../cloud/local/static';
import { listen } from '../../../cloud/local/server';

let parent: string;
let server: Server;
let url: string;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'xingfu-static-'));
  mkdirSync(join(parent, 'h5/js'), { recursive: true });
  writeFileSync(join(parent, 'h5/index.html'), '<p>幸福社区</p>');
  writeFileSync(join(parent, 'h5/js/app.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.key'), 'do not serve');
  server = createServer((req, res) => void serveStatic(join(parent, 'h5'), req, res));
  url = `http://127.0.0.1:${(await listen(server, 0)).port}`;
});
afterAll(() => {
  server.close();
  rmSync(parent, { recursive: true, force: true });
});

test('/ is index.html; files carry their type and length', async () => {
  const home = await fetch(url + '/');
  expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(await home.text()).toBe('<p>幸福社区</p>');
  const js = await fetch(url + '/js/app.js');
  expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(js.headers.get('content-length')).toBe('14');
});

test.each(['/%2e%2e/secret.key', '/js/..%2f..%2fsecret.key', '/%E0%A4%A', '/js', '/missing.js'])('%s is 404', async (path) => {
  const res = await fetch(url + path);
  expect(res.status).toBe(404);
  expect(await res.text()).not.toContain('do not serve');
});
