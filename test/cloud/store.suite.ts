// The behaviour every Store must show; store.sqlite.test.ts and store.wxcloud.test.ts run it on each.
import type { TAnswers, TCommunity } from '../../cloud/contract';
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { ResponseRecord, Store, StoredTally, Tally } from '../../cloud/store/types';
import { describeAssessmentItems, item } from './store-assessments.suite';
import { describeAudit } from './store-audit.suite';
import { describeLocks } from './store-locks.suite';
import { describeFinalizeRace } from './finalize-race.suite';
import { describeNeeds } from './store-needs.suite';
import { describeProjects } from './store-projects.suite';
import { describeRegistry } from './store-registry.suite';
import { describeStaff } from './store-staff.suite';
import { describeRounds } from './store-rounds.suite';
import { describeNotify } from './store-notify.suite';
import { describeEvidence } from './store-evidence.suite';
import { describeFieldwork } from './store-fieldwork.suite';

export interface StoreFixture {
  store: Store;
  /** A new Store on the same data, opened after the current one is closed. */
  reopen: () => Promise<Store>;
  cleanup: () => Promise<void>;
}

const [A, B, C] = PILOT_COMMUNITIES.map((c) => c.id);
const AWARENESS = ['aware', 'heard', 'unaware'] as const;
const SATISFACTION = ['satisfied', 'fairly_satisfied', 'basically_satisfied', 'fairly_dissatisfied', 'dissatisfied', 'unsure'] as const;

function response(communityId: string, year: number, respondent: string, answers?: Partial<TAnswers>): ResponseRecord {
  return {
    communityId,
    year,
    respondent,
    answers: { awareness: 'aware', satisfaction: 'satisfied', ...answers },
    submittedAt: `${year}-06-01T08:00:00.000Z`,
  };
}

/** The i-th respondent's answers, spread over every option. */
const spread = (i: number): TAnswers => ({ awareness: AWARENESS[i % 3], satisfaction: SATISFACTION[i % 6] });

/** The tallies a list of responses should leave, built by hand. */
function expectedTallies(records: ResponseRecord[]): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const r of records) {
    const key = `${r.year}:${r.communityId}`;
    let t = byKey.get(key);
    if (!t) byKey.set(key, (t = { communityId: r.communityId, year: r.year, counts: {} }));
    for (const [q, o] of Object.entries(r.answers)) {
      const options = (t.counts[q] ??= {});
      options[o] = (options[o] ?? 0) + 1;
    }
  }
  return sorted([...byKey.values()]);
}
const sorted = (tallies: Tally[]) => [...tallies].sort((a, b) => a.communityId.localeCompare(b.communityId) || a.year - b.year);
/** Tallies without their number of answers and snapshot (store-rounds.suite.ts is about those). */
const bare = (tallies: Tally[]): Tally[] => tallies.map(({ communityId, year, counts }) => ({ communityId, year, counts }));

async function addAll(store: Store, records: ResponseRecord[], concurrency = 50): Promise<void> {
  for (let i = 0; i < records.length; i += concurrency) {
    const results = await Promise.all(records.slice(i, i + concurrency).map((r) => store.addResponse(r)));
    expect(results.every((x) => x === 'inserted')).toBe(true);
  }
}

export function describeStore(name: string, make: () => Promise<StoreFixture>): void {
  describe(`Store on ${name}`, () => {
    let fixture: StoreFixture;
    let store: Store;

    beforeEach(async () => {
      fixture = await make();
      store = fixture.store;
      await store.seedCommunities(PILOT_COMMUNITIES);
    });
    afterEach(async () => {
      await store.close();
      await fixture.cleanup();
    });

    describe('communities', () => {
      test('are listed in seed order', async () => {
        expect(await store.listCommunities()).toEqual(PILOT_COMMUNITIES);
      });

      test('seeding again changes nothing and appends only new ones, after the others', async () => {
        const renamed: TCommunity = { ...PILOT_COMMUNITIES[0], name: '改过的名字', households: 1200 };
        const extra: TCommunity = {
          id: 'dinghai-extra',
          district: '定海区',
          street: '环南街道',
          name: '新社区',
          households: 800,
          kind: 'rural',
          pilot: false,
        };
        await store.seedCommunities([extra, ...[...PILOT_COMMUNITIES].reverse(), renamed]);
        await store.seedCommunities(PILOT_COMMUNITIES);
        expect(await store.listCommunities()).toEqual([...PILOT_COMMUNITIES, extra]);
      });

      test('getCommunity finds one by id and answers null for an unknown id', async () => {
        expect(await store.getCommunity(B)).toEqual(PILOT_COMMUNITIES[1]);
        expect(await store.getCommunity('no-such-community')).toBeNull();
      });
    });

    describe('roles', () => {
      test('an openid without a role has none', async () => {
        expect(await store.getRole('o-nobody')).toBeNull();
      });

      test('setRole stores an assignment and replaces an earlier one of the same openid', async () => {
        const worker = {
          openid: 'o-1',
          role: 'worker' as const,
          communityId: A,
          district: null,
          street: null,
          displayName: null,
          assignedBy: 'o-admin',
          assignedAt: '2024-03-01T00:00:00.000Z',
        };
        const other = { ...worker, openid: 'o-2', communityId: B };
        await store.setRole(worker);
        await store.setRole(other);
        expect(await store.getRole('o-1')).toEqual(worker);

        const official = { ...worker, role: 'official' as const, communityId: null, assignedAt: '2024-04-01T00:00:00.000Z' };
        await store.setRole(official);
        expect(await store.getRole('o-1')).toEqual(official);
        expect(await store.getRole('o-2')).toEqual(other);
      });
    });

    describe('responses', () => {
      test('the first answer of a round is inserted, a second one is a duplicate that counts nothing', async () => {
        expect(await store.hasResponded(A, 2024, 'r1')).toBe(false);
        expect(await store.addResponse(response(A, 2024, 'r1'))).toBe('inserted');
        expect(await store.hasResponded(A, 2024, 'r1')).toBe(true);

        const second = response(A, 2024, 'r1', { awareness: 'unaware', satisfaction: 'dissatisfied' });
        expect(await store.addResponse(second)).toBe('duplicate');
        expect(bare(await store.getTallies(2024))).toEqual([
          { communityId: A, year: 2024, counts: { awareness: { aware: 1 }, satisfaction: { satisfied: 1 } } },
        ]);
        expect((await store.countResponses(2024)).responses).toBe(1);
      });

      test('another year is another round; another community the same year is refused, naming the one answered', async () => {
        expect(await store.addResponse(response(A, 2024, 'r1'))).toBe('inserted');
        expect(await store.addResponse(response(A, 2025, 'r1'))).toBe('inserted');
        expect(await store.addResponse(response(B, 2024, 'r2'))).toBe('inserted');
        expect(await store.addResponse(response(B, 2024, 'r1'))).toEqual({ elsewhere: A });
        expect(await store.hasResponded(B, 2024, 'r1')).toBe(false);
        expect(await store.hasResponded(B, 2025, 'r1')).toBe(false);
        expect((await store.countResponses(2024)).responses).toBe(2);
        expect((await store.countResponses(2025)).responses).toBe(1);
      });

      test('tallies count each chosen option', async () => {
        const answers: Array<Partial<TAnswers>> = [
          { awareness: 'aware', satisfaction: 'satisfied' },
          { awareness: 'aware', satisfaction: 'fairly_satisfied' },
          { awareness: 'heard', satisfaction: 'satisfied' },
          { awareness: 'unaware', satisfaction: 'unsure' },
          { awareness: 'aware', satisfaction: 'satisfied' },
        ];
        for (const [i, a] of answers.entries()) await store.addResponse(response(A, 2024, `r${i}`, a));
        await store.addResponse(response(B, 2024, 'b0', { awareness: 'heard', satisfaction: 'dissatisfied' }));

        expect(bare(await store.getTallies(2024, A))).toEqual([
          {
            communityId: A,
            year: 2024,
            counts: {
              awareness: { aware: 3, heard: 1, unaware: 1 },
              satisfaction: { satisfied: 3, fairly_satisfied: 1, unsure: 1 },
            },
          },
        ]);
        expect(bare(await store.getTallies(2024, B))).toEqual([
          { communityId: B, year: 2024, counts: { awareness: { heard: 1 }, satisfaction: { dissatisfied: 1 } } },
        ]);
      });

      test('getTallies keeps to the year and the community asked for', async () => {
        await store.addResponse(response(A, 2024, 'r1'));
        await store.addResponse(response(B, 2024, 'r2', { awareness: 'heard' }));
        await store.addResponse(response(A, 2025, 'r1', { satisfaction: 'unsure' }));

        expect(sorted(bare(await store.getTallies(2024)))).toEqual([
          { communityId: A, year: 2024, counts: { awareness: { aware: 1 }, satisfaction: { satisfied: 1 } } },
          { communityId: B, year: 2024, counts: { awareness: { heard: 1 }, satisfaction: { satisfied: 1 } } },
        ]);
        expect(bare(await store.getTallies(2025))).toEqual([
          { communityId: A, year: 2025, counts: { awareness: { aware: 1 }, satisfaction: { unsure: 1 } } },
        ]);
        expect(await store.getTallies(2025, B)).toEqual([]);
        expect(await store.getTallies(2023)).toEqual([]);
        expect(await store.getTallies(2024, 'no-such-community')).toEqual([]);
      });
    });

    describeAssessmentItems(() => store);
    describeProjects(() => store);
    describeNeeds(() => store);
    describeRegistry(() => store);
    describeStaff(() => store);
    describeRounds(() => store);
    describeNotify(() => store);
    describeAudit(() => store);
    describeLocks(() => store);
    describeFinalizeRace(() => store);
    describeEvidence(() => store);
    describeFieldwork(() => store);

    describe('concurrency', () => {
      test('30 simultaneous answers of one respondent: one inserted, counted once', async () => {
        const results = await Promise.all(Array.from({ length: 30 }, (_, i) => store.addResponse(response(C, 2024, 'r-same', spread(i)))));
        expect(results.filter((r) => r === 'inserted')).toHaveLength(1);
        expect(results.filter((r) => r === 'duplicate')).toHaveLength(29);
        const [tally] = await store.getTallies(2024, C);
        expect(Object.values(tally.counts.awareness).reduce((a, b) => a + b, 0)).toBe(1);
        expect(Object.values(tally.counts.satisfaction).reduce((a, b) => a + b, 0)).toBe(1);
        expect((await store.countResponses(2024)).responses).toBe(1);
      });

      test('many respondents at once, on a round not yet counted: exact tallies', async () => {
        const records = Array.from({ length: 90 }, (_, i) => response(i % 3 === 0 ? A : B, 2024, `r${i}`, spread(i)));
        const results = await Promise.all(records.map((r) => store.addResponse(r)));
        expect(results.every((r) => r === 'inserted')).toBe(true);
        expect(sorted(bare(await store.getTallies(2024)))).toEqual(expectedTallies(records));
        // 30 in A: i = 0, 3, …, 87 → awareness always 'aware'; satisfaction i % 6 ∈ {0, 3} → 15 each.
        const [a] = await store.getTallies(2024, A);
        expect(a.counts).toEqual({ awareness: { aware: 30 }, satisfaction: { satisfied: 15, fairly_dissatisfied: 15 } });
      });
    });

    test('countResponses reads every response past 1,000 and recounts exactly', async () => {
      const records = Array.from({ length: 1203 }, (_, i) => response([A, B, C][i % 3], 2024, `r${String(i).padStart(4, '0')}`, spread(i)));
      const otherYear = [response(A, 2023, 'r0000'), response(A, 2025, 'r0000')];
      await addAll(store, [...records, ...otherYear]);

      const { responses, tallies } = await store.countResponses(2024);
      expect(responses).toBe(1203);
      expect(sorted(bare(tallies))).toEqual(expectedTallies(records));
      expect(sorted(bare(await store.getTallies(2024)))).toEqual(expectedTallies(records));
      // 401 per community; in A (i ≡ 0 mod 3) awareness is always 'aware'.
      expect(tallies.find((t) => t.communityId === A)?.counts.awareness).toEqual({ aware: 401 });
      expect((await store.countResponses(2023)).responses).toBe(1);
    }, 60_000);

    test('replaceTallies makes the year’s tallies exactly the replacement', async () => {
      await store.addResponse(response(A, 2024, 'r1'));
      await store.addResponse(response(B, 2024, 'r2'));
      await store.addResponse(response(A, 2025, 'r1'));

      const replacement: StoredTally = {
        communityId: A,
        year: 2024,
        counts: { awareness: { aware: 4, unaware: 2 }, satisfaction: { satisfied: 5, unsure: 1 } },
        responses: 6,
        snapshot: null,
      };
      await store.replaceTallies(2024, [replacement]);
      expect(await store.getTallies(2024)).toEqual([replacement]);
      expect(await store.getTallies(2024, B)).toEqual([]);
      expect(await store.getTallies(2025)).toHaveLength(1);

      await store.addResponse(response(A, 2024, 'r3', { awareness: 'unaware' }));
      expect((await store.getTallies(2024, A))[0].counts.awareness).toEqual({ aware: 4, unaware: 3 });

      await store.replaceTallies(2024, []);
      expect(await store.getTallies(2024)).toEqual([]);
      expect(await store.getTallies(2025)).toHaveLength(1);
    });

    test('reopening keeps everything', async () => {
      const role = {
        openid: 'o-1',
        role: 'worker' as const,
        communityId: A,
        district: null,
        street: null,
        displayName: null,
        assignedBy: 'o-admin',
        assignedAt: '2024-03-01T00:00:00.000Z',
      };
      await store.setRole(role);
      await store.addResponse(response(A, 2024, 'r1', { awareness: 'heard' }));
      await store.saveAssessmentItems(A, 2024, [item(A, 2024, 'II-3.1', { note: '证明材料' })], []);
      const tallies = await store.getTallies(2024);

      await store.close();
      store = await fixture.reopen();
      await store.seedCommunities(PILOT_COMMUNITIES);
      expect(await store.listCommunities()).toEqual(PILOT_COMMUNITIES);
      expect(await store.getRole('o-1')).toEqual(role);
      expect(await store.hasResponded(A, 2024, 'r1')).toBe(true);
      expect(await store.addResponse(response(A, 2024, 'r1'))).toBe('duplicate');
      expect(await store.getTallies(2024)).toEqual(tallies);
      expect((await store.countResponses(2024)).responses).toBe(1);
      expect(await store.getAssessmentItems(2024)).toEqual([item(A, 2024, 'II-3.1', { note: '证明材料' })]);
    });
  });
}
