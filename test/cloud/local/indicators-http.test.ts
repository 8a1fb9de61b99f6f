// getIndicators, assignRole and recountIndicators through the local runtime's HTTP face.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../cloud/local/runtime';
import { BEIYUAN, clock, JUNAN, YEAR } from '../../support/assessment';
import { ADMIN, startRuntime, useRuntime } from '../../support/local-runtime';

// The server's clock is fixed in YEAR, so "this year" is known whatever day the tests run.
const rt = useRuntime(() => startRuntime(undefined, clock().now));

/** 20 residents of Beiyuan: awareness 12 aware + 5 heard + 3 unaware; satisfaction 10/4/2 counted, 1/1 not, 2 unsure. */
async function answerTwenty() {
  const awareness = [...Array(12).fill('aware'), ...Array(5).fill('heard'), ...Array(3).fill('unaware')];
  const satisfaction = [
    ...Array(10).fill('satisfied'),
    ...Array(4).fill('fairly_satisfied'),
    ...Array(2).fill('basically_satisfied'),
    'fairly_dissatisfied',
    'dissatisfied',
    'unsure',
    'unsure',
  ];
  for (let i = 0; i < 20; i++) {
    const res = await rt.call(
      'submitResponse',
      { communityId: BEIYUAN, answers: { awareness: awareness[i], satisfaction: satisfaction[i] } },
      `r${i}`,
    );
    expect(res.status).toBe(200);
  }
}

describe('getIndicators', () => {
  test('a resident gets 403', async () => {
    expect((await rt.call('getIndicators', {})).status).toBe(403);
  });

  test('hand-worked rates: awareness 17/20 (meets, not confidently), satisfaction 16/20 with unsure counted in n', async () => {
    await answerTwenty();
    const res = await rt.call('getIndicators', {}, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.data.year).toBe(YEAR);
    expect(res.body.data.communities).toHaveLength(8);
    const beiyuan = res.body.data.communities.find((c: any) => c.communityId === BEIYUAN);
    expect(beiyuan.name).toBe('北园社区');
    // 17/20 = 0.85: 1,700 ≥ 1,700 meets; Wilson 0.6396–0.9476, lower < 0.85; exactly 85% cannot be settled.
    expect(beiyuan.awareness).toMatchObject({ count: 17, n: 20, rate: 0.85, meetsTarget: true, confidentlyMeets: false, moreNeeded: null });
    expect(beiyuan.awareness.ci95[0]).toBeCloseTo(0.6396, 4);
    expect(beiyuan.awareness.ci95[1]).toBeCloseTo(0.9476, 4);
    // (10 + 4 + 2)/20 = 0.8: 1,600 < 1,700 misses.
    expect(beiyuan.satisfaction).toMatchObject({ count: 16, n: 20, rate: 0.8, meetsTarget: false, confidentlyMeets: false });
    const junan = res.body.data.communities.find((c: any) => c.communityId === JUNAN);
    expect(beiyuan).toMatchObject({ responses: 20, suppressed: false });
    expect(junan).toEqual({
      communityId: JUNAN,
      name: '桔南社区',
      responses: 0,
      suppressed: true,
      awareness: null,
      satisfaction: null,
      channels: null,
      options: null,
    });
  });

  test('a worker sees only their own community; asking for another is 403', async () => {
    await rt.call('assignRole', { openid: 'worker-1', role: 'worker', communityId: JUNAN }, ADMIN);
    const own = await rt.call('getIndicators', {}, 'worker-1');
    expect(own.body.data.communities.map((c: any) => c.communityId)).toEqual([JUNAN]);
    expect((await rt.call('getIndicators', { communityId: BEIYUAN }, 'worker-1')).status).toBe(403);
    expect((await rt.call('getIndicators', { communityId: JUNAN }, 'worker-1')).status).toBe(200);
  });

  test('an official sees every community; a year with no answers has null rates', async () => {
    await rt.call('assignRole', { openid: 'official-1', role: 'official' }, ADMIN);
    await answerTwenty();
    const res = await rt.call('getIndicators', { year: 2018 }, 'official-1');
    expect(res.body.data.year).toBe(2018);
    expect(res.body.data.communities.every((c: any) => c.awareness === null && c.satisfaction === null)).toBe(true);
  });

  test('bad filters are 400', async () => {
    expect((await rt.call('getIndicators', { year: 'this' }, ADMIN)).status).toBe(400);
    expect((await rt.call('getIndicators', { year: 1999 }, ADMIN)).status).toBe(400);
  });
});

describe('assignRole', () => {
  test('only admins assign; a worker needs a community; an unknown community is 404; nothing changes on refusal', async () => {
    expect((await rt.call('assignRole', { openid: 'x', role: 'official' }, 'resident-1')).status).toBe(403);
    const noCommunity = await rt.call('assignRole', { openid: 'x', role: 'worker' }, ADMIN);
    expect(noCommunity.status).toBe(400);
    expect(noCommunity.body.error.issues[0].path).toBe('communityId');
    expect((await rt.call('assignRole', { openid: 'x', role: 'admin' }, ADMIN)).status).toBe(400);
    expect((await rt.call('assignRole', { openid: 'x', role: 'worker', communityId: 'nowhere' }, ADMIN)).status).toBe(404);
    expect((await rt.call('whoami', {}, 'x')).body.data.roles).toEqual(['resident']);
    const ok = await rt.call('assignRole', { openid: 'x', role: 'worker', communityId: BEIYUAN }, ADMIN);
    expect(ok.body.data).toEqual({ openid: 'x', role: 'worker', communityId: BEIYUAN, scope: null, displayName: null });
    expect((await rt.call('whoami', {}, 'x')).body.data).toMatchObject({
      openid: 'x',
      roles: ['resident', 'worker'],
      communityId: BEIYUAN,
      scope: null,
    });
  });
});

describe('recountIndicators', () => {
  test('admins only; a consistent store reports no corrections', async () => {
    await answerTwenty();
    expect((await rt.call('recountIndicators', {}, 'resident-1')).status).toBe(403);
    const res = await rt.call('recountIndicators', {}, ADMIN);
    expect(res.body.data).toEqual({ year: YEAR, responses: 20, corrections: [] });
  });

  test('tallies damaged behind its back are rebuilt from the responses, and the difference reported', async () => {
    await answerTwenty();
    const db = new Database(join(rt.dataDir, DATABASE_FILE));
    const damaged = db.prepare("UPDATE tallies SET count = count + 5 WHERE option_id = 'unaware'").run();
    db.close();
    expect(damaged.changes).toBe(1);
    const res = await rt.call('recountIndicators', {}, ADMIN);
    expect(res.body.data.corrections).toEqual([{ communityId: BEIYUAN, question: 'awareness', option: 'unaware', was: 8, now: 3 }]);
    const after = await rt.call('getIndicators', { communityId: BEIYUAN }, ADMIN);
    expect(after.body.data.communities[0].awareness).toMatchObject({ count: 17, n: 20 });
  });

  test('a snapshot damaged behind its back is rebuilt from the responses in the order stored, though no count changed', async () => {
    await answerTwenty();
    for (const r of ['r20', 'r21'])
      await rt.call('submitResponse', { communityId: BEIYUAN, answers: { awareness: 'aware', satisfaction: 'satisfied' } }, r);
    const db = new Database(join(rt.dataDir, DATABASE_FILE));
    db.prepare("UPDATE tally_snapshots SET count = count + 1 WHERE option_id = 'unaware'").run();
    db.close();
    const damaged = (await rt.call('getIndicators', { communityId: BEIYUAN }, ADMIN)).body.data.communities[0];
    expect(damaged).toMatchObject({ responses: 22, awareness: { count: 17, n: 21 } });
    const shown = async () => (await rt.deps.store.getTallies(YEAR, BEIYUAN))[0].snapshot!.counts.awareness;
    expect(await shown()).toEqual({ aware: 12, heard: 5, unaware: 4 });
    expect((await rt.call('recountIndicators', {}, ADMIN)).body.data.corrections).toEqual([]);
    expect(await shown()).toEqual({ aware: 12, heard: 5, unaware: 3 });
    expect((await rt.call('getIndicators', { communityId: BEIYUAN }, ADMIN)).body.data.communities[0].awareness).toMatchObject({
      count: 17,
      n: 20,
    });
  });
});
