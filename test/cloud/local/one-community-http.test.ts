// Who may answer which survey, through the HTTP face: one community a year (ANSWERED_ELSEWHERE, answeredElsewhere, races), no own workers.
import { BEIYUAN, clock, JUNAN, YEAR, type Clock } from '../../support/assessment';
import { ADMIN, startRuntime, useRuntime } from '../../support/local-runtime';

const answers = { awareness: 'aware', satisfaction: 'satisfied' };
let time: Clock;
const rt = useRuntime(() => startRuntime(undefined, (time = clock()).now));

const survey = async (communityId: string) => (await rt.call('getSurvey', { communityId })).body.data;
const responses = async () => (await rt.deps.store.getTallies(YEAR)).map((t) => [t.communityId, t.responses]);

test('answering a second community is 409 ANSWERED_ELSEWHERE naming the first, and stores nothing', async () => {
  expect((await rt.call('submitResponse', { communityId: BEIYUAN, answers })).status).toBe(200);
  const second = await rt.call('submitResponse', { communityId: JUNAN, answers });
  expect(second.status).toBe(409);
  expect(second.body.error).toEqual({
    code: 'ANSWERED_ELSEWHERE',
    message: '您今年已经填写过“北园社区”的问卷，每人每年只能为一个社区填写',
  });
  expect(await responses()).toEqual([[BEIYUAN, 1]]);
  expect((await rt.call('submitResponse', { communityId: BEIYUAN, answers })).body.error.code).toBe('ALREADY_SUBMITTED');
});

test('getSurvey tells the resident which community they answered this year', async () => {
  expect((await survey(JUNAN)).answeredElsewhere).toBeNull();
  await rt.call('submitResponse', { communityId: BEIYUAN, answers });
  expect(await survey(JUNAN)).toMatchObject({ alreadyAnswered: false, answeredElsewhere: { communityId: BEIYUAN, name: '北园社区' } });
  expect(await survey(BEIYUAN)).toMatchObject({ alreadyAnswered: true, answeredElsewhere: null });
  expect((await rt.call('getSurvey', { communityId: JUNAN }, 'resident-2')).body.data.answeredElsewhere).toBeNull();

  // A new year, a new choice.
  time.set(`${YEAR + 1}-01-01T00:00:00+08:00`);
  expect(await survey(JUNAN)).toMatchObject({ round: { year: YEAR + 1 }, alreadyAnswered: false, answeredElsewhere: null });
  expect((await rt.call('submitResponse', { communityId: JUNAN, answers })).status).toBe(200);
});

test('30 concurrent answers by one identity across two communities: exactly one is stored', async () => {
  const results = await Promise.all(
    Array.from({ length: 30 }, (_, i) => rt.call('submitResponse', { communityId: i % 2 ? BEIYUAN : JUNAN, answers })),
  );
  expect(results.filter((r) => r.status === 200)).toHaveLength(1);
  expect(results.filter((r) => r.status === 409)).toHaveLength(29);
  const [[winner, n]] = await responses();
  expect(n).toBe(1);
  expect((await responses()).length).toBe(1);
  for (const r of results.filter((x) => x.status === 409)) expect(['ALREADY_SUBMITTED', 'ANSWERED_ELSEWHERE']).toContain(r.body.error.code);
  expect((await survey(winner as string)).alreadyAnswered).toBe(true);
});

test('a worker of the community is 403 STAFF_NOT_ELIGIBLE there and stores nothing; elsewhere they answer like anyone', async () => {
  await rt.call('assignRole', { openid: 'worker-b', role: 'worker', communityId: BEIYUAN }, ADMIN);
  await rt.call('assignRole', { openid: 'official-1', role: 'official' }, ADMIN);
  const own = await rt.call('submitResponse', { communityId: BEIYUAN, answers }, 'worker-b');
  expect(own.status).toBe(403);
  expect(own.body.error).toEqual({ code: 'STAFF_NOT_ELIGIBLE', message: '本社区的社区工作者不参加本社区的问卷，请协助其他居民填写' });
  expect(await responses()).toEqual([]);
  expect((await rt.call('getSurvey', { communityId: BEIYUAN }, 'worker-b')).body.data.alreadyAnswered).toBe(false);

  expect((await rt.call('submitResponse', { communityId: JUNAN, answers }, 'worker-b')).status).toBe(200);
  expect((await rt.call('submitResponse', { communityId: BEIYUAN, answers }, 'official-1')).status).toBe(200);
  expect((await rt.call('submitResponse', { communityId: BEIYUAN, answers }, ADMIN)).status).toBe(200);
  expect(await responses()).toEqual([
    [BEIYUAN, 2],
    [JUNAN, 1],
  ]);
});
