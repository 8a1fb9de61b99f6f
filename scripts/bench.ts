// `npm run bench`: 20,000 answers across the eight pilot communities through the local runtime's HTTP face,
// then the latency of getIndicators. Prints figures; asserts nothing about time.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AWARENESS_OPTIONS, SATISFACTION_OPTIONS } from '../cloud/contract/rules/survey';
import { PILOT_COMMUNITIES } from '../cloud/data/pilot-communities';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 20000);
const CONCURRENCY = 32;
const INDICATOR_READS = 500;
const ADMIN = 'bench-admin';

async function serve() {
  const { localConfig } = await import('../cloud/local/config');
  const { openLocalDeps } = await import('../cloud/local/runtime');
  const { createLocalServer, listen } = await import('../cloud/local/server');
  const config = localConfig();
  const deps = await openLocalDeps(config);
  const { port } = await listen(createLocalServer({ deps, staticDir: null }), 0);
  process.send!({ port });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function bench() {
  const dataDir = mkdtempSync(join(tmpdir(), 'xingfu-bench-'));
  const child = fork(__filename, ['--serve'], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ADMIN_OPENIDS: ADMIN },
  });
  const port = await new Promise<number>((resolve) => child.once('message', (m: any) => resolve(m.port)));
  const call = async (name: string, data: unknown, openid: string) => {
    const res = await fetch(`http://127.0.0.1:${port}/cloud/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-OpenId': openid },
      body: JSON.stringify(data),
    });
    const body = await res.json();
    if (!body.ok) throw new Error(`${name}: ${res.status} ${JSON.stringify(body.error)}`);
    return body.data;
  };
  try {
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < RESPONSES; i = next++) {
          const communityId = PILOT_COMMUNITIES[i % PILOT_COMMUNITIES.length].id;
          const answers = { awareness: AWARENESS_OPTIONS[i % 3], satisfaction: SATISFACTION_OPTIONS[i % 6] };
          await call('submitResponse', { communityId, answers }, `bench-resident-${i}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const latencies: number[] = [];
    for (let i = 0; i < INDICATOR_READS; i++) {
      const t0 = performance.now();
      const data = await call('getIndicators', {}, ADMIN);
      latencies.push(performance.now() - t0);
      if (i === 0) {
        const n = data.communities.reduce((sum: number, c: any) => sum + c.responses, 0);
        if (n !== RESPONSES) throw new Error(`indicators count ${n} responses, expected ${RESPONSES}`);
      }
    }
    latencies.sort((a, b) => a - b);
    console.log(`submitResponse: ${RESPONSES} answers in ${seconds.toFixed(1)} s = ${(RESPONSES / seconds).toFixed(0)} responses/s (concurrency ${CONCURRENCY}, SQLite, 8 communities)`);
    console.log(`getIndicators (8 communities, ${INDICATOR_READS} reads): median ${quantile(latencies, 0.5).toFixed(2)} ms, p99 ${quantile(latencies, 0.99).toFixed(2)} ms`);
  } finally {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

(process.argv.includes('--serve') ? serve() : bench()).catch((error) => {
  console.error(error);
  process.exit(1);
});
