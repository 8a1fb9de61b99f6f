// Starts `scripts/start.ts` (what `npm start` runs) on a temp DATA_DIR and a free port, and Chromium beside it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
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

/** How long the server may take to print its address (it builds the H5 app first if dist/h5 is missing). */
const START_TIMEOUT_MS = 90_000;

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/start.ts')], {
      cwd: root,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ADMIN_OPENIDS: ADMIN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`start.ts ${why}:\n${output}`));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`printed no address within ${START_TIMEOUT_MS / 1000} s`);
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[0] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('exit', (code, signal) => fail(`exited with ${code ?? signal}`));
  });
}

/** SIGTERM, then SIGKILL if it is still running after 10 s; does not wait for a child that already exited. */
async function stopServer(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  if (child.exitCode !== null || child.signalCode !== null) return;
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  try {
    await once(child, 'exit');
  } finally {
    clearTimeout(killer);
  }
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'xingfu-e2e-'));
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  let server: { child: ChildProcess; url: string };
  let browser: Browser;
  try {
    server = await startServer(dataDir);
  } catch (error) {
    removeData();
    throw error;
  }
  const { child, url } = server;
  try {
    browser = await chromium.launch({
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
  } catch (error) {
    await stopServer(child);
    removeData();
    throw error;
  }
  return {
    url,
    browser,
    async stop() {
      try {
        await browser.close();
      } finally {
        await stopServer(child);
        removeData();
      }
    },
  };
}

/**
 * Gives the calling file one harness, started before its first test and stopped after its last.
 * The answer stands for that harness while the file's tests run.
 */
export function useHarness(): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await startHarness();
  }, 180_000);
  afterAll(async () => {
    const h = current;
    current = undefined;
    await h?.stop();
  });
  return new Proxy({} as Harness, {
    get(_target, key) {
      if (!current) throw new Error("the e2e harness exists only while the file's tests run");
      return current[key as keyof Harness];
    },
  });
}

/** Opens a route afresh (Taro H5 keeps earlier pages in the DOM after in-app navigation). */
export async function openRoute(h: Harness, page: Page, route: string): Promise<void> {
  await page.goto(`${h.url}#/${route}`);
  await page.reload();
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
