// `npm run bench:city`: the whole city. 400 communities and 1,000,000 answers in the SQLite store, then
// getIndicators for the city through the local runtime's HTTP face, against a baseline in the same run:
// the same call by a street official whose scope holds 8 communities. Prints figures; asserts nothing about time.
//
// Seeding is honest about what getIndicators reads: every answer goes through Store.addResponse, the
// store's own write path (the response row and its tally counts in one transaction), exactly as
// submitResponse stores it, only without HTTP. getIndicators then reads the tallies those writes left.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { TCommunity } from '../cloud/contract';
import { AWARENESS_OPTIONS, SATISFACTION_OPTIONS } from '../cloud/contract/rules/survey';
import { PILOT_COMMUNITIES } from '../cloud/data/pilot-communities';

const COMMUNITIES = Number(process.env.BENCH_COMMUNITIES ?? 400);
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 1_000_000);
const READS = Number(process.env.BENCH_READS ?? 300);
const YEAR = 2026;
const ADMIN = 'bench-admin';
const STREET_OFFICIAL = 'bench-street';

/** The pilots, then made-up communities: 7 districts of 7 streets of 8 communities each. */
function city(): TCommunity[] {
  const extra = Array.from({ length: Math.max(0, COMMUNITIES - PILOT_COMMUNITIES.length) }, (_, i): TCommunity => ({
    id: `c-${String(i).padStart(4, '0')}`,
    district: `测试${Math.floor(i / 56) + 1}区`,
    street: `第${Math.floor(i / 8) + 1}街道`,
    name: `测试社区${i + 1}`,
    households: 300 + (i % 50) * 20,
    kind: i % 3 === 0 ? 'rural' : 'urban',
    pilot: false,
  }));
  return [...PILOT_COMMUNITIES, ...extra].slice(0, COMMUNITIES);
}

async function seed(dataDir: string): Promise<void> {
  const { localConfig } = await import('../cloud/local/config');
  const { openLocalDeps } = await import('../cloud/local/runtime');
  const deps = await openLocalDeps(localConfig({ PORT: '0', DATA_DIR: dataDir, ADMIN_OPENIDS: ADMIN }));
  const communities = city();
  await deps.store.saveCommunities(communities);
  const street = communities[PILOT_COMMUNITIES.length];
  await deps.store.setRole({
    openid: STREET_OFFICIAL,
    role: 'official',
    communityId: null,
    district: street.district,
    street: street.street,
    displayName: '基准',
    assignedBy: ADMIN,
    assignedAt: new Date().toISOString(),
  });
  const started = performance.now();
  for (let i = 0; i < ANSWERS; i++) {
    // Skewed so rates differ between communities: community c answers 'unaware' and 'unsure' more often.
    const c = i % communities.length;
    const answers = { awareness: AWARENESS_OPTIONS[(i + c) % 7 === 0 ? 2 : i % 2], satisfaction: SATISFACTION_OPTIONS[(i * 7 + c) % 6] };
    await deps.store.addResponse({
      communityId: communities[c].id,
      year: YEAR,
      respondent: `r${i}`,
      answers,
      submittedAt: `${YEAR}-06-01T00:00:00.000Z`,
    });
    if ((i + 1) % 200_000 === 0) console.log(`  seeded ${(i + 1).toLocaleString('en')} answers`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `seeded ${ANSWERS.toLocaleString('en')} answers into ${communities.length} communities through Store.addResponse in ${seconds.toFixed(1)} s`,
  );
  await deps.store.close();
}

async function serve() {
  const { localConfig } = await import('../cloud/local/config');
  const { openLocalDeps } = await import('../cloud/local/runtime');
  const { createLocalServer, listen } = await import('../cloud/local/server');
  const deps = await openLocalDeps(localConfig());
  const { port } = await listen(createLocalServer({ deps, staticDir: null }), 0);
  process.send!({ port });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function bench() {
  const dataDir = mkdtempSync(join(tmpdir(), 'xingfu-bench-city-'));
  try {
    await seed(dataDir);
    const child = fork(__filename, ['--serve'], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ADMIN_OPENIDS: ADMIN },
    });
    try {
      const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
      const read = async (openid: string) => {
        const t0 = performance.now();
        const res = await fetch(`http://127.0.0.1:${port}/cloud/getIndicators`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-OpenId': openid },
          body: JSON.stringify({ year: YEAR }),
        });
        const body = (await res.json()) as { ok: boolean; data: { communities: { awareness: { n: number } | null }[] } };
        const ms = performance.now() - t0;
        if (!body.ok) throw new Error(`getIndicators: ${res.status} ${JSON.stringify(body)}`);
        return { ms, communities: body.data.communities };
      };
      const first = await read(ADMIN);
      const n = first.communities.reduce((sum, c) => sum + (c.awareness?.n ?? 0), 0);
      if (first.communities.length !== COMMUNITIES || n !== ANSWERS)
        throw new Error(`read ${first.communities.length} communities, ${n} answers`);
      if ((await read(STREET_OFFICIAL)).communities.length !== 8) throw new Error('the baseline scope should hold 8 communities');
      // Interleaved, so both see the same warm-up, garbage collection and machine noise.
      const city: number[] = [];
      const baseline: number[] = [];
      for (let i = 0; i < READS; i++) {
        city.push((await read(ADMIN)).ms);
        baseline.push((await read(STREET_OFFICIAL)).ms);
      }
      for (const [label, list] of [
        [`city (${COMMUNITIES} communities, admin)`, city],
        ['baseline (8 communities, a street official)', baseline],
      ] as const) {
        list.sort((a, b) => a - b);
        console.log(
          `getIndicators ${label}, ${READS} reads: median ${quantile(list, 0.5).toFixed(2)} ms, p99 ${quantile(list, 0.99).toFixed(2)} ms`,
        );
      }
    } finally {
      child.kill();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

(process.argv.includes('--serve') ? serve() : bench()).catch((error) => {
  console.error(error);
  process.exit(1);
});
