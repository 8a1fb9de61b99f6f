// Starts the real local runtime (SQLite under a temp DATA_DIR, HTTP on a free port) for tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localConfig } from '../../cloud/local/config';
import { openLocalDeps } from '../../cloud/local/runtime';
import { createLocalServer, listen } from '../../cloud/local/server';
import type { Deps } from '../../cloud/core/deps';

export interface Answer {
  status: number;
  body: any;
}

export interface TestRuntime {
  url: string;
  dataDir: string;
  deps: Deps;
  call(name: string, data?: unknown, openid?: string | null): Promise<Answer>;
  post(path: string, body: string, headers?: Record<string, string>): Promise<Answer>;
  stop(): Promise<void>;
}

export const ADMIN = 'admin-1';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'xingfu-test-'));
}

export async function startRuntime(dataDir = tempDataDir(), now?: () => Date): Promise<TestRuntime> {
  const config = localConfig({ PORT: '0', DATA_DIR: dataDir, ADMIN_OPENIDS: ADMIN });
  const deps = await openLocalDeps(config, now);
  const server = createLocalServer({ deps, staticDir: null });
  const { port } = await listen(server, 0);
  const url = `http://127.0.0.1:${port}`;
  const post = async (path: string, body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
    return { status: res.status, body: await res.json() };
  };
  return {
    url,
    dataDir,
    deps,
    post,
    call: (name, data = {}, openid = 'resident-1') =>
      post(`/cloud/${name}`, JSON.stringify(data), openid === null ? {} : { 'X-OpenId': openid }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => void deps.store.close().then(resolve));
      }),
  };
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Gives every test of the calling file its own runtime from `start` (a fresh temp DATA_DIR),
 * stopped and removed after the test. The answer stands for the current test's runtime.
 */
export function useRuntime(start: () => Promise<TestRuntime> = () => startRuntime()): TestRuntime {
  let current: TestRuntime | undefined;
  beforeEach(async () => {
    current = await start();
  });
  afterEach(async () => {
    // If start() threw there is nothing to stop, and its error is the one to see.
    const rt = current;
    current = undefined;
    if (!rt) return;
    try {
      await rt.stop();
    } finally {
      removeDataDir(rt.dataDir);
    }
  });
  return new Proxy({} as TestRuntime, {
    get(_target, key) {
      if (!current) throw new Error('the test runtime exists only while a test runs');
      return current[key as keyof TestRuntime];
    },
  });
}
