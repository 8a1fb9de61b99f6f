// Nothing accepted is lost when the local runtime's process is killed with SIGKILL: the answers are there after a restart.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BEIYUAN, clock, JUNAN, YEAR } from '../../support/assessment';
import { ADMIN, removeDataDir, startRuntime, tempDataDir } from '../../support/local-runtime';

const NOW = clock().now().toISOString();

async function startProcess(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../support/runtime-process.ts')], {
    env: { ...process.env, DATA_DIR: dataDir, ADMIN_OPENIDS: ADMIN, NOW },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await once(createInterface({ input: child.stdout! }), 'line');
  return { child, url: `http://127.0.0.1:${JSON.parse(line).port}` };
}

test('answers accepted over HTTP are still there after kill -9 and a restart', async () => {
  const dataDir = tempDataDir();
  try {
    const { child, url } = await startProcess(dataDir);
    const exited = once(child, 'exit');
    // Sent together, so the runtime commits them in shared transactions, as under load.
    const residents = Array.from({ length: 40 }, (_, i) => ({ openid: `resident-${i}`, communityId: i % 2 ? BEIYUAN : JUNAN }));
    const statuses = await Promise.all(
      residents.map(({ openid, communityId }) =>
        fetch(`${url}/cloud/submitResponse`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-OpenId': openid },
          body: JSON.stringify({ communityId, answers: { awareness: 'aware', satisfaction: 'satisfied' } }),
        }).then((res) => res.status),
      ),
    );
    expect(statuses).toEqual(residents.map(() => 200));
    child.kill('SIGKILL');
    expect((await exited)[1]).toBe('SIGKILL');

    const rt = await startRuntime(dataDir, () => new Date(NOW));
    try {
      const tallies = await rt.deps.store.getTallies(YEAR);
      expect(Object.fromEntries(tallies.map((t) => [t.communityId, t.counts.awareness.aware]))).toEqual({ [BEIYUAN]: 20, [JUNAN]: 20 });
      for (const { openid, communityId } of residents) {
        expect((await rt.call('getSurvey', { communityId }, openid)).body.data.alreadyAnswered).toBe(true);
      }
    } finally {
      await rt.stop();
    }
  } finally {
    removeDataDir(dataDir);
  }
});
