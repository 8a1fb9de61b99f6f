// The Store suite on createCloudStore over the in-memory stand-in of the WeChat cloud database, plus its cloud-only shapes.
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import { COMMUNITY_TTL_MS } from '../../cloud/store/wx-communities';
import { COLLECTIONS, createCloudStore, type WxDatabase, type WxQuery } from '../../cloud/store/wxcloud';
import { createFakeWxDatabase } from '../support/fake-wx-database';
import { describeStore } from './store.suite';

describeStore('the WeChat cloud database (stand-in)', async () => {
  const db = createFakeWxDatabase({ jitterSeed: 7 });
  return { store: createCloudStore(db), reopen: async () => createCloudStore(db), cleanup: async () => {} };
});

const answer = (respondent: string) => ({
  communityId: 'putuo-lianan',
  year: 2024,
  respondent,
  answers: { awareness: 'heard', satisfaction: 'fairly_satisfied' } as const,
  submittedAt: '2024-05-01T00:00:00.000Z',
});

describe('cloud store documents', () => {
  test('creates its collections on first use and keeps one document per response and per round', async () => {
    const db = createFakeWxDatabase();
    const store = createCloudStore(db);
    expect(await store.getTallies(2024)).toEqual([]);
    await store.addResponse(answer('r1'));
    await store.addResponse(answer('r2'));
    expect(
      Object.values(COLLECTIONS)
        .filter((c) => db.hasCollection(c))
        .sort(),
    ).toEqual(['responses', 'tallies']);

    expect(db.peek('responses').map((d) => d._id)).toEqual(['2024:r1', '2024:r2']);
    expect(db.peek('tallies')).toEqual([
      {
        _id: '2024:putuo-lianan',
        communityId: 'putuo-lianan',
        year: 2024,
        counts: { awareness: { heard: 2 }, satisfaction: { fairly_satisfied: 2 } },
        recent: [answer('r1').answers, answer('r2').answers],
      },
    ]);
  });

  test('a duplicate is recognised even when the SDK reports it with a generic error', async () => {
    const fake = createFakeWxDatabase();
    // wx-server-sdk maps codes missing from its table (DATABASE_DUPLICATE_WRITE among them) to -501001.
    const generic = Object.assign(new Error('collection.add:fail -501001 resource system error. '), { errCode: -501001 });
    const db: WxDatabase = {
      command: fake.command,
      createCollection: (name) => fake.createCollection(name),
      collection: (name) => {
        const c = fake.collection(name);
        const add = c.add;
        const hide = (e: { errCode?: number }) => Promise.reject(e.errCode === -502001 ? generic : e);
        return Object.assign(c, { add: (o: { data: Record<string, unknown> }) => add(o).catch(hide) });
      },
    };
    const store = createCloudStore(db);
    const results = await Promise.all([1, 2, 3].map(() => store.addResponse(answer('r1'))));
    expect(results.sort()).toEqual(['duplicate', 'duplicate', 'inserted']);
    expect((await store.getTallies(2024))[0].counts.awareness).toEqual({ heard: 1 });
  });

  test('a crash between the response and its count leaves the tally one short, which a recount repairs', async () => {
    let crash = false;
    const db = createFakeWxDatabase({
      beforeOp: ({ collection }) => {
        if (crash && collection === 'tallies') throw new Error('cloud function timed out');
      },
    });
    const store = createCloudStore(db);
    await store.addResponse(answer('r1'));
    crash = true;
    await expect(store.addResponse(answer('r2'))).rejects.toThrow('timed out');
    crash = false;

    expect(await store.addResponse(answer('r2'))).toBe('duplicate');
    expect((await store.getTallies(2024))[0].counts.awareness).toEqual({ heard: 1 });
    const { responses, tallies } = await store.countResponses(2024);
    expect(responses).toBe(2);
    await store.replaceTallies(2024, tallies);
    expect((await store.getTallies(2024))[0].counts.awareness).toEqual({ heard: 2 });
  });
});

describe('cloud tallies and their snapshots', () => {
  const nth = (i: number) => ({
    ...answer(`r${i}`),
    answers: { awareness: i % 2 ? 'aware' : 'unaware', satisfaction: 'satisfied' } as const,
  });

  test('the tally keeps only the last four answers it counted, in order, beside the counts', async () => {
    const db = createFakeWxDatabase({ jitterSeed: 3 });
    const store = createCloudStore(db);
    for (let i = 0; i < 12; i++) await store.addResponse(nth(i));
    const [doc] = db.peek('tallies');
    expect(doc.recent).toEqual([8, 9, 10, 11].map((i) => nth(i).answers));
    expect(doc.counts).toEqual({ awareness: { aware: 6, unaware: 6 }, satisfaction: { satisfied: 12 } });
    // 12 answers: the snapshot is the counts less answers 10 and 11.
    expect((await store.getTallies(2024))[0].snapshot).toEqual({
      responses: 10,
      counts: { awareness: { aware: 5, unaware: 5 }, satisfaction: { satisfied: 10 } },
    });
  });

  test('a tally from before snapshots is withheld until its next multiple of 5 or a recount, which settles it from the answers', async () => {
    const db = createFakeWxDatabase();
    const store = createCloudStore(db);
    for (let i = 0; i < 12; i++) await store.addResponse(nth(i));
    await db
      .collection('tallies')
      .doc('2024:putuo-lianan')
      .set({ data: { communityId: 'putuo-lianan', year: 2024, counts: db.peek('tallies')[0].counts as Record<string, unknown> } });
    expect((await store.getTallies(2024))[0]).toMatchObject({ responses: 12, snapshot: null });

    const { tallies } = await store.countResponses(2024);
    await store.replaceTallies(2024, tallies);
    expect(db.peek('tallies')[0]).toMatchObject({ recent: [], snapshot: { responses: 10 } });
    expect((await store.getTallies(2024))[0].snapshot).toEqual({
      responses: 10,
      counts: { awareness: { aware: 5, unaware: 5 }, satisfaction: { satisfied: 10 } },
    });
  });
});

describe('cloud responses from before one community a year', () => {
  test('are claimed under the per-year key once, so their respondents cannot answer again; nothing is counted twice', async () => {
    const db = createFakeWxDatabase({ collections: ['responses'] });
    const legacy = (communityId: string, respondent: string, submittedAt: string) =>
      db
        .collection('responses')
        .add({ data: { ...answer(respondent), _id: `2024:${communityId}:${respondent}`, communityId, submittedAt } });
    await legacy('putuo-lianan', 'r1', '2024-05-01T00:00:00.000Z');
    await legacy('dinghai-junan', 'r1', '2024-05-02T00:00:00.000Z');
    await legacy('dinghai-junan', 'r2', '2024-05-03T00:00:00.000Z');
    const store = createCloudStore(db);

    expect(await store.claimLegacyResponses(2024)).toBe(2);
    expect(await store.claimLegacyResponses(2024)).toBe(0);
    expect(await store.answeredIn(2024, 'r1')).toBe('putuo-lianan');
    expect(await store.addResponse(answer('r1'))).toBe('duplicate');
    expect(await store.addResponse({ ...answer('r2'), communityId: 'putuo-lianan' })).toEqual({ elsewhere: 'dinghai-junan' });
    expect(await store.addResponse(answer('r3'))).toBe('inserted');
    const { responses, tallies } = await store.countResponses(2024);
    expect(responses).toBe(4);
    expect(tallies.map((t) => [t.communityId, t.responses])).toEqual([
      ['dinghai-junan', 2],
      ['putuo-lianan', 2],
    ]);
  });
});

describe('communities kept by a warm instance', () => {
  const extra = {
    id: 'new-place',
    district: '新城',
    street: '临城街道',
    name: '新社区',
    households: 300,
    kind: 'urban' as const,
    pilot: false,
  };

  test('another instance’s new community is found by id at once, and listed once the kept list is older than the TTL', async () => {
    const db = createFakeWxDatabase();
    let clock = 0;
    const warm = createCloudStore(db, { seed: PILOT_COMMUNITIES, now: () => clock });
    const other = createCloudStore(db);
    expect(await warm.listCommunities()).toHaveLength(PILOT_COMMUNITIES.length);

    await other.seedCommunities([extra]);
    expect(await warm.getCommunity(extra.id)).toEqual(extra);
    clock += COMMUNITY_TTL_MS - 1;
    expect((await warm.listCommunities()).map((c) => c.id)).toContain(extra.id); // the miss above dropped the kept list
    expect(await warm.getCommunity('nowhere')).toBeNull();
  });

  test('a kept list is read again after the TTL', async () => {
    const db = createFakeWxDatabase();
    let clock = 0;
    const warm = createCloudStore(db, { seed: PILOT_COMMUNITIES, now: () => clock });
    await warm.listCommunities();
    await createCloudStore(db).seedCommunities([extra]);
    expect(await warm.listCommunities()).toHaveLength(PILOT_COMMUNITIES.length);
    clock += COMMUNITY_TTL_MS;
    expect(await warm.listCommunities()).toHaveLength(PILOT_COMMUNITIES.length + 1);
  });
});

describe('a registry save on a warm instance', () => {
  const rural = {
    id: 'c-new',
    district: '定海区',
    street: '白泉镇',
    name: '皋泄村',
    households: 380,
    kind: 'rural' as const,
    pilot: false,
  };

  test('shows on this instance at once, with no read; another warm instance shows it after the TTL', async () => {
    let ops = 0;
    const db = createFakeWxDatabase({ beforeOp: () => void ops++ });
    let clock = 0;
    const here = createCloudStore(db, { seed: PILOT_COMMUNITIES, now: () => clock });
    const there = createCloudStore(db, { now: () => clock });
    await here.listCommunities();
    await there.listCommunities();
    await here.saveCommunities([rural, { ...PILOT_COMMUNITIES[0], households: 1800 }]);
    ops = 0;
    expect((await here.listCommunities()).map((c) => c.id)).toEqual([...PILOT_COMMUNITIES.map((c) => c.id), 'c-new']);
    expect((await here.getCommunity(PILOT_COMMUNITIES[0].id))?.households).toBe(1800);
    expect(ops).toBe(0);
    expect(await there.listCommunities()).toHaveLength(PILOT_COMMUNITIES.length);
    clock += COMMUNITY_TTL_MS;
    expect(await there.listCommunities()).toHaveLength(PILOT_COMMUNITIES.length + 1);
    expect(db.peek('communities').find((d) => d._id === 'c-new')).toEqual({ _id: 'c-new', ...rural, order: 8 });
  });

  test('documents written before kind and pilot read as the city pilots they are', async () => {
    const db = createFakeWxDatabase();
    await db.createCollection('communities');
    const { kind: _k, pilot: _p, ...old } = PILOT_COMMUNITIES[3];
    await db.collection('communities').add({ data: { _id: old.id, ...old, order: 0 } });
    expect(await createCloudStore(db).listCommunities()).toEqual([PILOT_COMMUNITIES[3]]);
  });
});

/** The fake behind a wrapper that counts the documents every get() answers, however the query was built. */
function counting(): { db: WxDatabase; fake: ReturnType<typeof createFakeWxDatabase>; read: { docs: number; gets: number } } {
  const fake = createFakeWxDatabase();
  const read = { docs: 0, gets: 0 };
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, key) {
        const value = Reflect.get(t, key);
        if (typeof value !== 'function') return value;
        if (key === 'get') {
          return async () => {
            const answer = await value.call(t);
            read.gets++;
            read.docs += Array.isArray(answer.data) ? answer.data.length : 1;
            return answer;
          };
        }
        return (...args: unknown[]) => {
          const out = value.apply(t, args);
          return out && typeof out === 'object' && 'get' in out ? wrap(out as WxQuery) : out;
        };
      },
    });
  const db: WxDatabase = {
    command: fake.command,
    createCollection: (n) => fake.createCollection(n),
    collection: (n) => wrap(fake.collection(n)),
  };
  return { db, fake, read };
}

describe('cloud store needs', () => {
  test('a page of a community with 1,200 needs reads about a page, not the whole collection', async () => {
    const { db, fake, read } = counting();
    const needs = fake.collection('needs');
    await fake.createCollection('needs');
    for (let i = 0; i < 1200; i++) {
      const submittedAt = new Date(Date.UTC(2024, 5, 1, 0, 0, i)).toISOString();
      await needs.add({
        data: {
          _id: `n-${i}`,
          communityId: 'dinghai-junan',
          category: null,
          text: '需求',
          respondent: `h${i % 7}`,
          submittedAt,
          projectId: null,
          linkedBy: null,
          linkedAt: null,
        },
      });
    }
    const store = createCloudStore(db);
    const first = await store.listNeeds({ communityId: 'dinghai-junan', limit: 51 });
    expect(first[0].id).toBe('n-1199');
    expect(read).toEqual({ docs: 51, gets: 1 });
    const next = await store.listNeeds({ communityId: 'dinghai-junan', limit: 51, after: first[50] });
    expect(next.map((n) => n.id)).toEqual(Array.from({ length: 51 }, (_, i) => `n-${1148 - i}`));
    expect(read.docs).toBeLessThanOrEqual(51 * 3);
    expect(read.gets).toBe(3);
    await expect(store.listNeeds({ communityId: 'dinghai-junan', limit: 1001 })).rejects.toThrow('limit');
  });
});
