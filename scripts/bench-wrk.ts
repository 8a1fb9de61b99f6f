// Drives wrk against one server: a Lua script gives every request its own X-OpenId and counts the 200 answers.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WrkRun {
  requests: number;
  seconds: number;
  rps: number;
  /** Answers with status 200; anything else (409, 4xx, 5xx) and socket errors make the run invalid. */
  ok: number;
  socketErrors: number;
}

/**
 * The command to run `command` on one core, ahead of other work on the machine: builds and tests running
 * beside the bench would otherwise starve wrk or a server unevenly and skew the ratio. Linux schedules
 * sessions against one another (autogroups) before nice counts, so the command gets its own session
 * (setsid) whose priority is raised. Without the right to do so, it runs as it is, silently.
 */
export function pinned(core: number, command: string[]): [string, string[]] {
  const script = '{ echo -15 > /proc/self/autogroup; renice -n -15 -p $$; } >/dev/null 2>&1; exec taskset -c "$0" "$@"';
  return ['setsid', ['sh', '-c', script, String(core), ...command]];
}

/** Exits with how to install wrk when it is missing: the ratio is only measured with it. */
export function requireWrk(): void {
  if (spawnSync('wrk', ['--version']).error) {
    console.error('npm run bench needs wrk (the HTTP load generator): apt-get update && apt-get install -y wrk (or brew install wrk)');
    process.exit(2);
  }
}

// One answer per person per community per year: the openid is the run's tag, the thread and a counter,
// so no request is a duplicate (a 409 is cheaper than an accepted answer and would flatter the figure).
const LUA = (bodies: string[]) => `
local bodies = { ${bodies.map((b) => `'${b}'`).join(', ')} }
local threads, next_tid = {}, 1
function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  table.insert(threads, thread)
end
function init(args)
  prefix = "bench-" .. (args[1] or "run") .. "-" .. tid .. "-"
  n, ok, other = 0, 0, 0
end
function request()
  n = n + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["X-OpenId"] = prefix .. n }, bodies[n % #bodies + 1])
end
function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local okTotal = 0
  for _, t in ipairs(threads) do okTotal = okTotal + t:get("ok") end
  local e = summary.errors
  io.write(string.format('WRK_RESULT {"requests":%d,"us":%d,"ok":%d,"socketErrors":%d}\\n',
    summary.requests, summary.duration, okTotal, e.connect + e.read + e.write + e.timeout))
end
`;

export function writeWrkScript(dir: string, bodies: unknown[]): string {
  const file = join(dir, 'submit.lua');
  writeFileSync(file, LUA(bodies.map((b) => JSON.stringify(b))));
  return file;
}

export function runWrk(opts: { url: string; script: string; seconds: number; connections: number; core: number; tag: string }): WrkRun {
  const wrk = ['wrk', '-t1', `-c${opts.connections}`, `-d${opts.seconds}s`, '-s', opts.script, opts.url, '--', opts.tag];
  const run = spawnSync(...pinned(opts.core, wrk), { encoding: 'utf8' });
  const line = /WRK_RESULT (.*)/.exec(run.stdout ?? '');
  if (run.status !== 0 || !line) throw new Error(`wrk failed (${run.status}): ${run.stderr}${run.stdout}`);
  const r = JSON.parse(line[1]);
  const seconds = r.us / 1e6;
  return { requests: r.requests, seconds, rps: r.requests / seconds, ok: r.ok, socketErrors: r.socketErrors };
}
