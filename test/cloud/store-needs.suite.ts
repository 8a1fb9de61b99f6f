// The needs and daily-count part of the Store behaviour, run by store.suite.ts on every store.
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { DailyKey, NeedRecord, NeedsQuery, Store } from '../../cloud/store/types';

const [A, B] = PILOT_COMMUNITIES.map((c) => c.id);
const AT = '2024-06-01T08:00:00.000Z';

function need(id: string, change: Partial<NeedRecord> = {}): NeedRecord {
  return {
    id,
    communityId: A,
    category: null,
    text: '路灯坏了',
    respondent: 'h1',
    submittedAt: AT,
    projectId: null,
    linkedBy: null,
    linkedAt: null,
    ...change,
  };
}
/** The i-th second after 08:00 UTC on 1 June 2024. */
const second = (i: number) => new Date(Date.parse(AT) + i * 1000).toISOString();
/** The order every page follows: newest first, then by id, descending. */
const newestFirst = (a: NeedRecord, b: NeedRecord) => b.submittedAt.localeCompare(a.submittedAt) || b.id.localeCompare(a.id);

/** Reads every page of `limit` (from the one after `from`) and answers the pages' ids. */
async function pages(
  store: Store,
  query: Omit<NeedsQuery, 'limit' | 'after'>,
  limit: number,
  from?: NeedsQuery['after'],
): Promise<string[][]> {
  const read: string[][] = [];
  for (let after = from; ;) {
    const page = await store.listNeeds({ ...query, limit, after });
    if (page.length === 0) return read;
    read.push(page.map((n) => n.id));
    after = page[page.length - 1];
  }
}

async function addAll(store: Store, needs: NeedRecord[]): Promise<void> {
  for (let i = 0; i < needs.length; i += 40) await Promise.all(needs.slice(i, i + 40).map((n) => store.addNeed(n)));
}

export function describeNeeds(store: () => Store): void {
  describe('needs', () => {
    test('are listed per community newest first, a resident’s alone if asked, and can be linked to a project', async () => {
      await store().addNeed(need('n2', { submittedAt: '2024-05-02T00:00:00.000Z' }));
      await store().addNeed(need('n1', { submittedAt: '2024-05-01T00:00:00.000Z', category: 'public_safety' }));
      await store().addNeed(need('n3', { communityId: B }));
      await store().addNeed(need('n4', { respondent: 'h2' }));
      expect((await store().listNeeds({ communityId: A, limit: 10 })).map((x) => x.id)).toEqual(['n4', 'n2', 'n1']);
      expect((await store().listNeeds({ communityId: A, respondent: 'h1', limit: 10 })).map((x) => x.id)).toEqual(['n2', 'n1']);
      expect((await store().listNeeds({ communityId: A, respondent: 'h2', limit: 10 })).map((x) => x.id)).toEqual(['n4']);
      expect(await store().listNeeds({ communityId: B, respondent: 'h2', limit: 10 })).toEqual([]);
      expect(await store().listNeeds({ communityId: A, limit: 1 })).toEqual([need('n4', { respondent: 'h2' })]);
      await store().linkNeed('n2', 'p1', 'o-w', AT);
      expect(await store().getNeed('n2')).toEqual(
        need('n2', { submittedAt: '2024-05-02T00:00:00.000Z', projectId: 'p1', linkedBy: 'o-w', linkedAt: AT }),
      );
      expect(await store().getNeed('n9')).toBeNull();
    });

    test('120 needs read in pages of 50: 50, 50, 20, newest first, none twice, none missing, ties at one instant kept apart by id', async () => {
      // Three needs share each instant, so page ends fall inside a tie.
      const all = Array.from({ length: 120 }, (_, i) =>
        need(`n-${String((i * 37) % 120).padStart(3, '0')}`, { submittedAt: second(Math.floor(i / 3)) }),
      );
      const others = [need('b-1', { communityId: B }), need('b-2', { communityId: B, submittedAt: second(100) })];
      await addAll(store(), [...all, ...others]);
      const read = await pages(store(), { communityId: A }, 50);
      expect(read.map((p) => p.length)).toEqual([50, 50, 20]);
      expect(read.flat()).toEqual([...all].sort(newestFirst).map((n) => n.id));
    });

    test('one resident’s needs page the same way, among another’s', async () => {
      const mine = Array.from({ length: 25 }, (_, i) => need(`m-${i}`, { submittedAt: second(i % 10) }));
      const theirs = Array.from({ length: 25 }, (_, i) => need(`t-${i}`, { respondent: 'h2', submittedAt: second(i % 10) }));
      await addAll(store(), [...mine, ...theirs]);
      const read = await pages(store(), { communityId: A, respondent: 'h1' }, 10);
      expect(read.map((p) => p.length)).toEqual([10, 10, 5]);
      expect(read.flat()).toEqual([...mine].sort(newestFirst).map((n) => n.id));
    });

    test('needs sent while a reader pages do not shift the later pages', async () => {
      await addAll(
        store(),
        Array.from({ length: 30 }, (_, i) => need(`old-${String(i).padStart(2, '0')}`, { submittedAt: second(i) })),
      );
      const first = await store().listNeeds({ communityId: A, limit: 10 });
      await addAll(
        store(),
        Array.from({ length: 5 }, (_, i) => need(`new-${i}`, { submittedAt: second(100 + i) })),
      );
      const rest = await pages(store(), { communityId: A }, 10, first[9]);
      expect(rest.map((p) => p.length)).toEqual([10, 10]);
      expect([...first.map((n) => n.id), ...rest.flat()]).toEqual(
        Array.from({ length: 30 }, (_, i) => `old-${String(29 - i).padStart(2, '0')}`),
      );
      expect((await store().listNeeds({ communityId: A, limit: 5 })).map((n) => n.id)).toEqual([
        'new-4',
        'new-3',
        'new-2',
        'new-1',
        'new-0',
      ]);
    });
  });

  describe('daily counts', () => {
    const key: DailyKey = { kind: 'need', day: '2024-06-01', respondent: 'h1' };

    test('count up to the limit, then refuse without counting; another day, kind or resident has its own', async () => {
      expect(await store().getDailyCount(key)).toBe(0);
      for (let i = 0; i < 3; i++) expect(await store().takeDailySlot(key, 3)).toBe(true);
      expect(await store().takeDailySlot(key, 3)).toBe(false);
      expect(await store().getDailyCount(key)).toBe(3);
      expect(await store().takeDailySlot({ ...key, day: '2024-06-02' }, 3)).toBe(true);
      expect(await store().takeDailySlot({ ...key, kind: 'feedback' }, 3)).toBe(true);
      expect(await store().takeDailySlot({ ...key, respondent: 'h2' }, 3)).toBe(true);
      expect(await store().getDailyCount(key)).toBe(3);
      expect(await store().getDailyCount({ ...key, day: '2024-06-02' })).toBe(1);
    });

    test('thirty taken at the same moment against a limit of twenty: exactly twenty counted', async () => {
      const results = await Promise.all(Array.from({ length: 30 }, () => store().takeDailySlot(key, 20)));
      expect(results.filter(Boolean)).toHaveLength(20);
      expect(await store().getDailyCount(key)).toBe(20);
    });
  });
}
