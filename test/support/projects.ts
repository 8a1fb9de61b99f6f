// Builders for the doorstep-project tests through the HTTP face: role holders of two communities and a published project.
import { ADMIN, type TestRuntime } from './local-runtime';
import { BEIYUAN, JUNAN, startWithRoles, WORKER, YEAR } from './assessment';

export { ADMIN, BEIYUAN, JUNAN, WORKER, YEAR };
export { clock, EVALUATOR, NAMES, OFFICIAL } from './assessment';
/** A second worker of Junan, and a worker of Beiyuan. */
export const WORKER_2 = 'worker-junan-2';
export const BEIYUAN_WORKER = 'worker-beiyuan';

export async function startProjectRuntime(now: () => Date): Promise<TestRuntime> {
  const rt = await startWithRoles(now);
  await rt.call('assignRole', { openid: WORKER_2, role: 'worker', communityId: JUNAN, displayName: '李娜' }, ADMIN);
  await rt.call('assignRole', { openid: BEIYUAN_WORKER, role: 'worker', communityId: BEIYUAN }, ADMIN);
  return rt;
}

/** A Junan project published by WORKER; answers its detail. */
export async function publish(rt: TestRuntime, body: Record<string, unknown> = {}, who = WORKER): Promise<any> {
  const res = await rt.call(
    'publishProject',
    { communityId: JUNAN, category: 'elderly_care', title: '长者食堂', summary: '为高龄老人送餐', ...body },
    who,
  );
  if (res.status !== 200) throw new Error(`publishProject: ${JSON.stringify(res.body)}`);
  return res.body.data;
}
