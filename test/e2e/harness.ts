// Starts `scripts/start.ts` (what `npm start` runs) on a temp DATA_DIR and a free port, and Chromium beside it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(__dirname, '../..');
export const ARTIFACTS = join(root, 'test-artifacts');
export const ADMIN = 'e2e-admin';

export interface Harness {
  url: string;
  browser: Browser;
  stop(): Promise<void>;
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/start.ts')], {
      cwd: root,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ADMIN_OPENIDS: ADMIN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolvePromise({ child, url: match[0] });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`start.ts exited with ${code}:\n${output}`)));
  });
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'xingfu-e2e-'));
  const { child, url } = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    url,
    browser,
    async stop() {
      await browser.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A phone-sized page acting as `openid`, stored as the H5 identity picker stores it (Taro storage: {data}). */
export async function pageAs(h: Harness, openid: string): Promise<Page> {
  const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  await context.addInitScript((id) => window.localStorage.setItem('dev-openid', JSON.stringify({ data: id })), openid);
  return context.newPage();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Calls a cloud function over the runtime's HTTP face (for setting up roles). */
export async function callAs(h: Harness, openid: string, name: string, data: unknown): Promise<any> {
  const res = await fetch(`${h.url}cloud/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-OpenId': openid },
    body: JSON.stringify(data),
  });
  return res.json();
}
