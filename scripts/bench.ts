// `npm run bench`: submitResponse through the local runtime against a bare node:http baseline, both under wrk
// in the same run, then getIndicators latency. Prints figures; asserts nothing about time.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { AWARENESS_OPTIONS, SATISFACTION_OPTIONS } from '../cloud/contract/rules/survey';
import { PILOT_COMMUNITIES } from '../cloud/data/pilot-communities';
import { pinned, requireWrk, runWrk, writeWrkScript, type WrkRun } from './bench-wrk';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const CONNECTIONS = 32;
// Two cores: the server gets one, wrk the other, so neither steals time from the one measured.
const SERVER_CORE = 1;
const WRK_CORE = 0;
const INDICATOR_READS = 500;
const ADMIN = 'bench-admin';

/** Starts scripts/bench-serve.ts pinned to the server core; resolves once it printed its port. */
function serve(kind: 'baseline' | 'runtime', env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const profile = kind === 'runtime' && process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const [command, args] = pinned(SERVER_CORE, [process.execPath, ...profile, '--import', 'tsx', join(__dirname, 'bench-serve.ts'), kind]);
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code}) before listening`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      resolve({ child, url: `http://127.0.0.1:${JSON.parse(line).port}/cloud/submitResponse` });
    });
  });
}

/** Valid answers across the eight communities and every option, so the tallies spread as in real use. */
function bodies(): unknown[] {
  return Array.from({ length: 48 }, (_, i) => ({
    communityId: PILOT_COMMUNITIES[i % PILOT_COMMUNITIES.length].id,
    answers: { awareness: AWARENESS_OPTIONS[i % 3], satisfaction: SATISFACTION_OPTIONS[i % 6] },
  }));
}

/**
 * CPU seconds the process has used (Linux /proc; NaN elsewhere). Other work on the machine takes
 * wall time from both servers unevenly, so CPU per request is printed beside requests/s as the steadier cross-check.
 */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ ticks (100 on Linux)
  } catch {
    return NaN;
  }
}

type Run = WrkRun & { cpu: number };

const total = (runs: Run[]) => {
  const requests = runs.reduce((s, r) => s + r.requests, 0);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const ok = runs.reduce((s, r) => s + r.ok, 0);
  const cpuUs = (1e6 * runs.reduce((s, r) => s + r.cpu, 0)) / requests;
  return {
    requests,
    ok,
    rps: requests / seconds,
    cpuUs,
    okShare: ok / requests,
    socketErrors: runs.reduce((s, r) => s + r.socketErrors, 0),
  };
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function indicatorLatency(url: string): Promise<{ latencies: number[]; answers: number }> {
  const latencies: number[] = [];
  let answers = 0;
  for (let i = 0; i < INDICATOR_READS; i++) {
    const t0 = performance.now();
    const res = await fetch(url.replace(/submitResponse$/, 'getIndicators'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-OpenId': ADMIN },
      body: '{}',
    });
    const body = await res.json();
    latencies.push(performance.now() - t0);
    if (!body.ok) throw new Error(`getIndicators: ${res.status} ${JSON.stringify(body.error)}`);
    if (i === 0) answers = (body.data.communities as { responses: number }[]).reduce((sum, c) => sum + c.responses, 0);
  }
  return { latencies: latencies.sort((a, b) => a - b), answers };
}

async function main() {
  requireWrk();
  const dir = mkdtempSync(join(tmpdir(), 'xingfu-bench-'));
  const children: ChildProcess[] = [];
  try {
    const script = writeWrkScript(dir, bodies());
    const base = await serve('baseline', {});
    children.push(base.child);
    const rt = await serve('runtime', { DATA_DIR: join(dir, 'data'), ADMIN_OPENIDS: ADMIN });
    children.push(rt.child);
    const wrk = (server: { child: ChildProcess; url: string }, tag: string, seconds = SECONDS): Run => {
      const cpu = cpuSeconds(server.child.pid!);
      const run = runWrk({ url: server.url, script, seconds, connections: CONNECTIONS, core: WRK_CORE, tag });
      return { ...run, cpu: cpuSeconds(server.child.pid!) - cpu };
    };

    // A short warm-up each, so both are measured with their code compiled, then interleaved rounds.
    wrk(base, 'warm', 1);
    const warm = wrk(rt, 'warm', 1);
    const runs = { baseline: [] as Run[], runtime: [] as Run[] };
    console.log(
      `wrk -t1 -c${CONNECTIONS}, ${ROUNDS} × ${SECONDS} s each, server on core ${SERVER_CORE}, wrk on core ${WRK_CORE}, both raised above other work`,
    );
    for (let round = 1; round <= ROUNDS; round++) {
      const b = wrk(base, `b${round}`);
      const r = wrk(rt, `r${round}`);
      runs.baseline.push(b);
      runs.runtime.push(r);
      // A server that got much less than its whole core was sharing it with other work: that round says little.
      const busy = (x: Run) => `${Math.round((100 * x.cpu) / x.seconds)}% of its core`;
      console.log(
        `  round ${round}: baseline ${fmt(b.rps)} req/s (${busy(b)}), runtime submitResponse ${fmt(r.rps)} req/s (${busy(r)}), ratio ${(r.rps / b.rps).toFixed(2)}`,
      );
    }
    const b = total(runs.baseline);
    const r = total(runs.runtime);
    const valid = b.okShare === 1 && r.okShare === 1 && b.socketErrors + r.socketErrors === 0;
    console.log(
      `baseline (bare node:http, JSON.parse): ${fmt(b.rps)} req/s, ${b.cpuUs.toFixed(0)} µs server CPU per request, 200 answers ${(100 * b.okShare).toFixed(2)}%`,
    );
    console.log(
      `runtime submitResponse (SQLite):       ${fmt(r.rps)} req/s, ${r.cpuUs.toFixed(0)} µs server CPU per request, 200 answers ${(100 * r.okShare).toFixed(2)}%`,
    );
    console.log(
      `ratio runtime / baseline: ${(r.rps / b.rps).toFixed(2)} in requests/s (${(b.cpuUs / r.cpuUs).toFixed(2)} in CPU per request)${valid ? '' : '   INVALID: some answers were not 200 or sockets failed'}`,
    );

    const { latencies, answers } = await indicatorLatency(rt.url);
    // wrk counts no answer still in flight when it stops, so the store may hold a few more than it saw accepted.
    const accepted = r.ok + warm.ok;
    if (answers < accepted) throw new Error(`indicators count ${answers} answers, but ${accepted} were accepted`);
    console.log(
      `getIndicators (8 communities, ${fmt(answers)} answers, ${INDICATOR_READS} sequential reads): median ${quantile(latencies, 0.5).toFixed(2)} ms, p99 ${quantile(latencies, 0.99).toFixed(2)} ms`,
    );
    if (!valid) process.exitCode = 1;
  } finally {
    for (const child of children) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
