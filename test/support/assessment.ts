// Builders for the assessment tests through the HTTP face: a settable clock, survey answers in bulk, role holders.
import { ADMIN, startRuntime, type TestRuntime } from './local-runtime';

export const YEAR = 2024;
export const BEIYUAN = 'dinghai-beiyuan';
export const JUNAN = 'dinghai-junan';
export const OFFICIAL = 'official-1';
export const EVALUATOR = 'evaluator-1';
/** A worker of Junan (not Beiyuan). */
export const WORKER = 'worker-junan';

export interface Clock {
  now: () => Date;
  set(iso: string): void;
}

/** Starts in the middle of YEAR (Asia/Shanghai), so survey answers go to YEAR's round. */
export function clock(iso = `${YEAR}-06-01T02:00:00.000Z`): Clock {
  let at = new Date(iso);
  return { now: () => at, set: (next) => void (at = new Date(next)) };
}

/** The display names the staff below are assigned with: what answers show instead of their openids. */
export const NAMES = { official: '张科长', evaluator: '李评估', worker: '王芳' } as const;

/** A runtime with a city official, an evaluator and a worker of Junan assigned by the admin. */
export async function startWithRoles(now: () => Date): Promise<TestRuntime> {
  const rt = await startRuntime(undefined, now);
  await rt.call('assignRole', { openid: OFFICIAL, role: 'official', displayName: NAMES.official }, ADMIN);
  await rt.call('assignRole', { openid: EVALUATOR, role: 'evaluator', displayName: NAMES.evaluator }, ADMIN);
  await rt.call('assignRole', { openid: WORKER, role: 'worker', communityId: JUNAN, displayName: NAMES.worker }, ADMIN);
  return rt;
}

/**
 * n residents answer the community's survey: the first `aware` know of the programme (the rest
 * 'unaware'), the first `satisfied` are satisfied (the rest 'unsure', which counts in n).
 */
export async function answerSurvey(rt: TestRuntime, communityId: string, n: number, aware: number, satisfied: number) {
  const one = async (i: number) => {
    const answers = { awareness: i < aware ? 'aware' : 'unaware', satisfaction: i < satisfied ? 'satisfied' : 'unsure' };
    const res = await rt.call('submitResponse', { communityId, answers }, `${communityId}-r${i}`);
    if (res.status !== 200) throw new Error(`answer ${i}: ${JSON.stringify(res.body)}`);
  };
  // Ten at a time: the 50-answer minimum sample makes these runs long one by one.
  for (let i = 0; i < n; i += 10) await Promise.all(Array.from({ length: Math.min(10, n - i) }, (_, k) => one(i + k)));
}
