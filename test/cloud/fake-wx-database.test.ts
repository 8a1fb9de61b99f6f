// The stand-in cloud database keeps the real SDK's contract: error shapes, the 1,000-record cap, atomic inc.
import { createFakeWxDatabase } from '../support/fake-wx-database';
import { isDuplicateWrite } from '../../cloud/store/wxcloud';

describe('fake wx database', () => {
  test('a duplicate _id rejects like wx-server-sdk: errCode -502001 and an E11000 message', async () => {
    const db = createFakeWxDatabase({ collections: ['things'] });
    const { _id } = await db.collection('things').add({ data: { _id: 'a', n: 1 } });
    expect(_id).toBe('a');
    const error = await db
      .collection('things')
      .add({ data: { _id: 'a', n: 2 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ errCode: -502001 });
    expect((error as { errMsg: string }).errMsg).toMatch(
      /^collection\.add:fail -502001 database request fail\. \[FailedOperation\] .*E11000 duplicate key error collection: \S+\.things index: _id_ dup key: \{ : "a" \}/,
    );
    expect(isDuplicateWrite(error)).toBe(true);
    expect(db.peek('things')).toEqual([{ _id: 'a', n: 1 }]);
  });

  test('a missing collection fails with -502005 until created; creating it twice fails', async () => {
    const db = createFakeWxDatabase();
    await expect(db.collection('x').count()).rejects.toMatchObject({ errCode: -502005 });
    await expect(db.createCollection('x')).resolves.toEqual({ errMsg: 'createCollection:ok' });
    await expect(db.collection('x').count()).resolves.toMatchObject({ total: 0 });
    await expect(db.createCollection('x')).rejects.toMatchObject({ errCode: -501001, errMsg: expect.stringContaining('Table exist') });
  });

  test('get() returns 100 by default and never more than 1,000', async () => {
    const db = createFakeWxDatabase({ collections: ['many'] });
    await Promise.all(Array.from({ length: 1500 }, (_, i) => db.collection('many').add({ data: { i } })));
    const many = db.collection('many');
    expect((await many.get()).data).toHaveLength(100);
    expect((await many.limit(5000).get()).data).toHaveLength(1000);
    expect(
      (
        await many
          .where({ i: db.command.gte(1200) })
          .orderBy('i', 'desc')
          .limit(1000)
          .get()
      ).data.map((d) => d.i),
    ).toEqual(Array.from({ length: 300 }, (_, k) => 1499 - k));
    expect((await many.count()).total).toBe(1500);
  });

  test('concurrent inc on one document loses no update; dotted paths create nested fields', async () => {
    const db = createFakeWxDatabase({ collections: ['t'], jitterSeed: 3 });
    await db.collection('t').add({ data: { _id: 'k', counts: {} } });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        db
          .collection('t')
          .doc('k')
          .update({ data: { [`counts.q.${i % 2 ? 'a' : 'b'}`]: db.command.inc(1) } }),
      ),
    );
    expect(results.every((r) => r.stats.updated === 1)).toBe(true);
    expect(db.peek('t')[0]).toEqual({ _id: 'k', counts: { q: { a: 100, b: 100 } } });
    expect(
      (
        await db
          .collection('t')
          .doc('missing')
          .update({ data: { n: db.command.inc(1) } })
      ).stats.updated,
    ).toBe(0);
  });

  test('data is copied in and out', async () => {
    const db = createFakeWxDatabase({ collections: ['t'] });
    const data = { _id: 'k', nested: { v: 1 } };
    await db.collection('t').add({ data });
    data.nested.v = 2;
    const [read] = (await db.collection('t').where({ _id: 'k' }).get()).data;
    (read.nested as { v: number }).v = 3;
    expect(db.peek('t')).toEqual([{ _id: 'k', nested: { v: 1 } }]);
  });

  test('where().update changes only matching documents (a compare-and-set); _.set replaces a field whole', async () => {
    const db = createFakeWxDatabase({ collections: ['things'] });
    const _ = db.command;
    await db.collection('things').add({ data: { _id: 'a', revision: 0, e: null } });
    const cas = () =>
      db
        .collection('things')
        .where({ _id: 'a', revision: 0 })
        .update({ data: { revision: 1, e: _.set({ x: 1 }) } });
    expect((await Promise.all([cas(), cas()])).map((r) => r.stats.updated).sort()).toEqual([0, 1]);
    // A nested object without _.set is merged by path, which a null field cannot take.
    await expect(
      db
        .collection('things')
        .doc('a')
        .update({ data: { e: { x: 2 } } }),
    ).resolves.toMatchObject({ stats: { updated: 1 } });
    await db.collection('things').add({ data: { _id: 'b', e: null } });
    await expect(
      db
        .collection('things')
        .doc('b')
        .update({ data: { e: { x: 2 } } }),
    ).rejects.toMatchObject({ errCode: -502001 });
    expect(db.peek('things')).toEqual([
      { _id: 'a', revision: 1, e: { x: 2 } },
      { _id: 'b', e: null },
    ]);
  });

  test('_.push with each and slice appends in order and keeps the last n, in the same update as an _.inc', async () => {
    const db = createFakeWxDatabase({ collections: ['logs'] });
    const _ = db.command;
    await db.collection('logs').add({ data: { _id: 'a', n: 0, text: 'x' } });
    for (const v of [1, 2, 3, 4, 5]) {
      await db
        .collection('logs')
        .doc('a')
        .update({ data: { n: _.inc(1), recent: _.push({ each: [{ v }], slice: -3 }) } });
    }
    expect(db.peek('logs')).toEqual([{ _id: 'a', n: 5, text: 'x', recent: [{ v: 3 }, { v: 4 }, { v: 5 }] }]);
    await expect(
      db
        .collection('logs')
        .doc('a')
        .update({ data: { text: _.push({ each: [1] }) } }),
    ).rejects.toMatchObject({ errCode: -502001 });
  });
});
