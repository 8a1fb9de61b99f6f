// The survey calls through the local runtime's HTTP face: identity, answers once per round, bad input, restart.
import { BEIYUAN as COMMUNITY, clock, YEAR } from '../../support/assessment';
import { ADMIN, removeDataDir, startRuntime, tempDataDir, useRuntime } from '../../support/local-runtime';

const answers = { awareness: 'aware', satisfaction: 'satisfied' };
// The server's clock is fixed in YEAR, so the open round is known whatever day the tests run.
const rt = useRuntime(() => startRuntime(undefined, clock().now));

const tallies = () => rt.deps.store.getTallies(YEAR);

describe('identity and routing', () => {
  test('no X-OpenId header is 401 UNAUTHENTICATED', async () => {
    const res = await rt.call('whoami', {}, null);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
  });

  test('an unknown function is 404, a GET is 405', async () => {
    expect((await rt.call('dropTables')).status).toBe(404);
    const get = await fetch(`${rt.url}/cloud/whoami`, { headers: { 'X-OpenId': 'x' } });
    expect(get.status).toBe(405);
    expect((await rt.post('/cloud/%E0%A4%A', '{}', { 'X-OpenId': 'x' })).status).toBe(404);
  });

  test('whoami: everyone is a resident; ADMIN_OPENIDS are admins', async () => {
    expect((await rt.call('whoami', {}, 'someone')).body.data).toEqual({
      openid: 'someone',
      roles: ['resident'],
      communityId: null,
      community: null,
      scope: null,
      displayName: null,
      staffId: null,
    });
    expect((await rt.call('whoami', {}, ADMIN)).body.data.roles).toEqual(['resident', 'admin']);
  });

  test('listCommunities: the eight pilot communities of 附件1 in its order', async () => {
    const { communities } = (await rt.call('listCommunities')).body.data;
    expect(communities.map((c: any) => `${c.district}${c.street}${c.name}`)).toEqual([
      '定海区昌国街道北园社区',
      '定海区城东街道桔南社区',
      '普陀区沈家门街道大蒲湾社区',
      '普陀区东港街道莲安社区',
      '岱山县高亭镇嘉和社区',
      '嵊泗县菜园镇东海社区',
      '新城管委会临城街道星岛社区',
      '普陀山—朱家尖管委会朱家尖街道莲花社区',
    ]);
  });
});

describe('getSurvey and submitResponse', () => {
  test('the open round has the two questions with their option ids, then knows the resident answered', async () => {
    const before = (await rt.call('getSurvey', { communityId: COMMUNITY })).body.data;
    expect(before.round).toEqual({ communityId: COMMUNITY, year: YEAR });
    expect(before.questions.map((q: any) => [q.id, q.options.map((o: any) => o.id)])).toEqual([
      ['awareness', ['aware', 'heard', 'unaware']],
      ['satisfaction', ['satisfied', 'fairly_satisfied', 'basically_satisfied', 'fairly_dissatisfied', 'dissatisfied', 'unsure']],
    ]);
    expect(before.alreadyAnswered).toBe(false);
    expect((await rt.call('submitResponse', { communityId: COMMUNITY, answers })).status).toBe(200);
    expect((await rt.call('getSurvey', { communityId: COMMUNITY })).body.data.alreadyAnswered).toBe(true);
    expect((await rt.call('getSurvey', { communityId: COMMUNITY }, 'resident-2')).body.data.alreadyAnswered).toBe(false);
  });

  test('a second answer is 409 ALREADY_SUBMITTED and changes nothing', async () => {
    await rt.call('submitResponse', { communityId: COMMUNITY, answers });
    const again = await rt.call('submitResponse', {
      communityId: COMMUNITY,
      answers: { awareness: 'unaware', satisfaction: 'dissatisfied' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_SUBMITTED');
    const [t] = await tallies();
    expect(t.counts).toEqual({ awareness: { aware: 1 }, satisfaction: { satisfied: 1 } });
  });

  test('30 concurrent answers from one resident: exactly one is stored', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => rt.call('submitResponse', { communityId: COMMUNITY, answers })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(29);
    const [t] = await tallies();
    expect(t.counts.awareness).toEqual({ aware: 1 });
  });

  test.each([
    ['an unknown option id', { communityId: COMMUNITY, answers: { awareness: 'maybe', satisfaction: 'satisfied' } }, 'answers.awareness'],
    ['a missing answer', { communityId: COMMUNITY, answers: { awareness: 'aware' } }, 'answers.satisfaction'],
    ['an extra field', { communityId: COMMUNITY, answers, openid: 'someone-else' }, ''],
    ['a malformed community id', { communityId: '../etc', answers }, 'communityId'],
  ])('%s is 400 INVALID_INPUT with its zod issue, and nothing is stored', async (_label, body, path) => {
    const res = await rt.call('submitResponse', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.issues.map((i: any) => i.path)).toContain(path);
    expect(await tallies()).toEqual([]);
    expect((await rt.call('getSurvey', { communityId: COMMUNITY })).body.data.alreadyAnswered).toBe(false);
  });

  test('an unknown community is 404 and stores nothing', async () => {
    const res = await rt.call('submitResponse', { communityId: 'nowhere', answers });
    expect(res.status).toBe(404);
    expect(await tallies()).toEqual([]);
  });

  test('a body that is not JSON is 400; one over 100 KB is 413; neither stores anything', async () => {
    const broken = await rt.post('/cloud/submitResponse', '{"communityId":', { 'X-OpenId': 'r' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('INVALID_INPUT');
    const huge = JSON.stringify({ communityId: COMMUNITY, answers, pad: 'x'.repeat(101 * 1024) });
    const big = await rt.post('/cloud/submitResponse', huge, { 'X-OpenId': 'r' });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await tallies()).toEqual([]);
  });
});

describe('restart', () => {
  test('stopping and starting on the same DATA_DIR loses nothing', async () => {
    const dir = tempDataDir();
    try {
      const first = await startRuntime(dir, clock().now);
      try {
        expect((await first.call('submitResponse', { communityId: COMMUNITY, answers })).status).toBe(200);
        expect((await first.call('assignRole', { openid: 'w', role: 'worker', communityId: COMMUNITY }, ADMIN)).status).toBe(200);
      } finally {
        await first.stop();
      }
      const second = await startRuntime(dir, clock().now);
      try {
        expect((await second.call('getSurvey', { communityId: COMMUNITY })).body.data.alreadyAnswered).toBe(true);
        expect((await second.call('submitResponse', { communityId: COMMUNITY, answers })).status).toBe(409);
        expect((await second.call('whoami', {}, 'w')).body.data).toMatchObject({
          openid: 'w',
          roles: ['resident', 'worker'],
          communityId: COMMUNITY,
          community: { id: COMMUNITY },
        });
        const { communities } = (await second.call('getIndicators', { communityId: COMMUNITY }, ADMIN)).body.data;
        expect(communities[0]).toMatchObject({ responses: 1, suppressed: true, awareness: null });
      } finally {
        await second.stop();
      }
    } finally {
      removeDataDir(dir);
    }
  });
});
