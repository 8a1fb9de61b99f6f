// The officials' console on a scripted city, run by store-console.test.ts on every store: getRollup, getTrend and
// getCityProgress against sums worked by hand, each caller held to their scope, bad input refused naming the field.
//
// The city: the eight pilots of 附件1 (urban, in six districts, no answers, no assessment) and two made-up districts:
//
//   东海区  一街道  c1 东一社区 urban · c2 东二社区 urban · c3 东三村 rural
//           二街道  c4 东四社区 urban · c5 东五村 rural
//   西岛区  三街道  c6 西一社区 urban · c7 西二村 rural
//           四镇    c8 西三村 rural   · c9 西四社区 urban
//
// Answers (n, aware, satisfied): the first `aware` answer 知道 (the rest 不知道), the first `satisfied` 满意
// (the rest 说不清), one after the other, so a snapshot at s answers holds min(aware, s) and min(satisfied, s).
// A round shows the counts at its latest multiple of 5 from 10 answers on, every answer once finalized.
//
//   2024  c1 60,54,51 → shows 54/60, 51/60     c2 52,40,50 → shows at 50: 40/50, 50/50   c3 9 → nothing
//         c4 12,12,6, finalized → 12/12, 6/12   c5 none                                   c6 20,17,15 → 17/20, 15/20
//         c7 14,14,14 → at 10: 10/10, 10/10     c8 50,45,30 → 45/50, 30/50                c9 10,5,10 → 5/10, 10/10
//   2023  c1 30,24,27 → 24/30, 27/30   c2 15,15,0 → 15/15, 0/15   c8 25,20,20 → 20/25, 20/25
//   2022  c1 20,10,12 → 10/20, 12/20   c2 10,9,8 → 9/10, 8/10     c4 5 → nothing
//
// Assessments: 一类 is 60 (Ⅱ-1 … Ⅱ-9 weigh 51, Ⅱ-10 9: 3 items of 3); 二类 = 40 × the project's six-aspect score / 100.
// Ⅱ-10 row = 9 × (sum of its three factors A 1, B 0.66, C 0.33) / 3: AAA 9, AAB 7.98, AAC 6.99, ABB 6.96.
//   2024  c1 all A, rates A (54/60 ≥ 85%) A (51/60 = 85%): 60 + project 90 → 36 = 96.00 优秀
//         c2 all A, rates B (40/50 = 80%) A: 51 + 7.98 = 58.98 + project 70 → 28 = 86.98 良好
//         c3 all A (rate items by hand, A A): 60 + project 40 → 16 = 76.00 不合格 (eligible)
//         c4 all A (by hand A A): 60 + project 85 → 34 = 94.00 良好, then finalized (locked)
//         c5 none: 未完成评定          c6 only Ⅱ-1.1: 未完成评定
//         c7 all C (by hand C C): 60 × 0.33 = 19.80 + project 100 → 40 = 59.80, 一类 < 50: 不具备评定资格
//         c8 all A, rates A (45/50) C (30/50 = 60%): 51 + 6.99 = 57.99 + project 80 → 32 = 89.99 良好
//         c9 all A (by hand B B): 51 + 6.96 = 57.96 + project 60 → 24 = 81.96 合格
//   2023  c1 all A (by hand A A) + project 75 → 30 = 90.00 良好      c8 all A (by hand A A), no project: 60.00 不合格
//   2022  c2 all A (by hand A A), no project: 60.00 不合格
import { handle } from '../../cloud/core/api';
import { testDeps } from '../support/deps';
import { CALLS, type CallName } from '../../cloud/core/registry';
import type { TAspects, TCommunity } from '../../cloud/contract';
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { AssessmentItemRecord, Store } from '../../cloud/store/types';
import { stateItems, zhoushan2017, type TState } from '../../rubric';

const ADMIN = 'o-admin';
const CITY_OFFICIAL = 'o-city';
const DONGHAI_OFFICIAL = 'o-donghai';
const STREET_OFFICIAL = 'o-donghai-er';
const WORKER = 'o-worker-c1';
const RESIDENT = 'o-resident';

const community = (id: string, district: string, street: string, name: string, kind: 'urban' | 'rural'): TCommunity => ({
  id,
  district,
  street,
  name,
  households: 500,
  kind,
  pilot: false,
});
export const SCRIPTED_CITY: TCommunity[] = [
  community('c1', '东海区', '一街道', '东一社区', 'urban'),
  community('c2', '东海区', '一街道', '东二社区', 'urban'),
  community('c3', '东海区', '一街道', '东三村', 'rural'),
  community('c4', '东海区', '二街道', '东四社区', 'urban'),
  community('c5', '东海区', '二街道', '东五村', 'rural'),
  community('c6', '西岛区', '三街道', '西一社区', 'urban'),
  community('c7', '西岛区', '三街道', '西二村', 'rural'),
  community('c8', '西岛区', '四镇', '西三村', 'rural'),
  community('c9', '西岛区', '四镇', '西四社区', 'urban'),
];

/** [communityId, year, n, aware, satisfied] */
const ANSWERS: [string, number, number, number, number][] = [
  ['c1', 2024, 60, 54, 51],
  ['c2', 2024, 52, 40, 50],
  ['c3', 2024, 9, 9, 9],
  ['c4', 2024, 12, 12, 6],
  ['c6', 2024, 20, 17, 15],
  ['c7', 2024, 14, 14, 14],
  ['c8', 2024, 50, 45, 30],
  ['c9', 2024, 10, 5, 10],
  ['c1', 2023, 30, 24, 27],
  ['c2', 2023, 15, 15, 0],
  ['c8', 2023, 25, 20, 20],
  ['c1', 2022, 20, 10, 12],
  ['c2', 2022, 10, 9, 8],
  ['c4', 2022, 5, 5, 5],
];

const ALL_ITEMS = stateItems(zhoushan2017).map((i) => i.id);
const RATE_ITEMS = ['II-10.2', 'II-10.3'];

/** Every 一类 item in `state`; the rate items by hand (`rates`, with a reason) or left to the rates (undefined). */
function items(communityId: string, year: number, state: TState, rates?: [TState, TState]): AssessmentItemRecord[] {
  const at = `${year}-10-01T00:00:00.000Z`;
  const record = (itemId: string, s: TState, reason: string | null): AssessmentItemRecord => ({
    communityId,
    year,
    itemId,
    state: s,
    note: null,
    reason,
    setBy: CITY_OFFICIAL,
    setByRole: 'official',
    setByName: null,
    setAt: at,
  });
  const fixed = ALL_ITEMS.filter((id) => !RATE_ITEMS.includes(id)).map((id) => record(id, state, null));
  return rates ? [...fixed, ...RATE_ITEMS.map((id, i) => record(id, rates[i], '样本不足，按入户核查评定'))] : fixed;
}

const aspects = (v: number): TAspects => Object.fromEntries(zhoushan2017.aspects.map((a) => [a.id, v])) as TAspects;

async function project(store: Store, communityId: string, year: number, score: number): Promise<void> {
  const at = `${year}-09-01T00:00:00.000Z`;
  const added = await store.addProject(
    {
      communityId,
      year,
      category: 'elderly_care',
      title: '助老食堂',
      summary: '为老人送餐',
      plan: '',
      reflection: '',
      stage: 'completed',
      history: [],
      evaluation: { aspects: aspects(score), by: 'o-evaluator', at },
      createdBy: WORKER,
      createdAt: at,
      updatedAt: at,
    },
    2,
  );
  if (added === 'limit') throw new Error('project slot taken');
}

async function answerAll(store: Store): Promise<void> {
  // One community's answers one after the other (their order makes the snapshots); communities side by side.
  await Promise.all(
    ANSWERS.map(async ([communityId, year, n, aware, satisfied]) => {
      for (let i = 0; i < n; i++) {
        const answers = { awareness: i < aware ? 'aware' : 'unaware', satisfaction: i < satisfied ? 'satisfied' : 'unsure' } as const;
        const stored = await store.addResponse({
          communityId,
          year,
          respondent: `${communityId}-${year}-${i}`,
          answers,
          submittedAt: `${year}-06-01T08:00:00.000Z`,
        });
        if (stored !== 'inserted') throw new Error(`answer ${communityId} ${year} ${i}: ${JSON.stringify(stored)}`);
      }
    }),
  );
}

/** Builds the scripted city on the store and answers a call as the given caller. */
export async function scriptCity(store: Store): Promise<(name: string, input: unknown, openid: string) => Promise<any>> {
  const deps = testDeps(store, {
    config: { adminOpenids: new Set([ADMIN]), respondentSecret: 'console-test-key-0123456789' },
    now: () => new Date('2024-11-01T02:00:00.000Z'),
  });
  const call = (name: string, input: unknown, openid: string) => handle(name, input, openid, deps);
  await store.seedCommunities(PILOT_COMMUNITIES);
  await store.saveCommunities(SCRIPTED_CITY);
  const role = (openid: string, r: 'official' | 'worker', where: { district?: string; street?: string; communityId?: string }) =>
    store.setRole({
      openid,
      role: r,
      communityId: where.communityId ?? null,
      district: where.district ?? null,
      street: where.street ?? null,
      displayName: null,
      assignedBy: ADMIN,
      assignedAt: '2024-01-01T00:00:00.000Z',
    });
  await role(CITY_OFFICIAL, 'official', {});
  await role(DONGHAI_OFFICIAL, 'official', { district: '东海区' });
  await role(STREET_OFFICIAL, 'official', { district: '东海区', street: '二街道' });
  await role(WORKER, 'worker', { communityId: 'c1' });
  await answerAll(store);

  const save = (list: AssessmentItemRecord[]) => store.saveAssessmentItems(list[0].communityId, list[0].year, list, []);
  await save(items('c1', 2024, 'A'));
  await save(items('c2', 2024, 'A'));
  await save(items('c3', 2024, 'A', ['A', 'A']));
  await save(items('c4', 2024, 'A', ['A', 'A']));
  await save(items('c6', 2024, 'A').filter((i) => i.itemId === 'II-1.1'));
  await save(items('c7', 2024, 'C', ['C', 'C']));
  await save(items('c8', 2024, 'A'));
  await save(items('c9', 2024, 'A', ['B', 'B']));
  await save(items('c1', 2023, 'A', ['A', 'A']));
  await save(items('c8', 2023, 'A', ['A', 'A']));
  await save(items('c2', 2022, 'A', ['A', 'A']));
  for (const [id, year, score] of [
    ['c1', 2024, 90],
    ['c2', 2024, 70],
    ['c3', 2024, 40],
    ['c4', 2024, 85],
    ['c7', 2024, 100],
    ['c8', 2024, 80],
    ['c9', 2024, 60],
    ['c1', 2023, 75],
  ] as const)
    await project(store, id, year, score);
  const finalized = await call('finalizeAssessment', { communityId: 'c4', year: 2024, stage: 'final' }, CITY_OFFICIAL);
  if (!finalized.ok) throw new Error(JSON.stringify(finalized));
  return call;
}

const rate = (count: number, n: number) => expect.objectContaining({ count, n });
const none = { meets: 0, confidentlyMeets: 0, confidentlyMisses: 0 };

/**
 * Counts per option in this city, where every answer is 知道 or 不知道 and 满意 or 说不清: the other options are 0.
 * `aware` of `n` answered 知道 (the rest 不知道), `satisfied` of the same n 满意 (the rest 说不清).
 */
function options(n: number, aware: number, satisfied: number) {
  return {
    awareness: { aware, heard: 0, unaware: n - aware },
    satisfaction: {
      satisfied,
      fairly_satisfied: 0,
      basically_satisfied: 0,
      fairly_dissatisfied: 0,
      dissatisfied: 0,
      unsure: n - satisfied,
    },
  };
}

export function describeConsole(name: string, makeStore: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  describe(`the officials' console on ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let call: Awaited<ReturnType<typeof scriptCity>>;
    const ok = async (name: string, input: unknown, openid: string) => {
      const answer = await call(name, input, openid);
      if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
      // What the app will parse (test/src/support/fake-cloud.ts does the same): the answer fits the contract.
      expect(CALLS[name as CallName].output.safeParse(answer.data).error).toBeUndefined();
      return answer.data;
    };
    const refused = async (name: string, input: unknown, openid: string) => (await call(name, input, openid)).error;

    beforeAll(async () => {
      ({ store, cleanup } = await makeStore());
      call = await scriptCity(store);
    }, 60_000);
    afterAll(async () => {
      await store.close();
      await cleanup();
    });

    test('getRollup by district: 东海区 and 西岛区 pooled from what each community shows (hand-worked)', async () => {
      const { groups, communities, scope } = await ok('getRollup', { year: 2024, level: 'district' }, CITY_OFFICIAL);
      expect(scope).toEqual({ district: null, street: null });
      expect(communities).toEqual([]);
      // Registry order: the pilots' six districts (one or two urban communities each, nothing else), then ours.
      expect(groups.map((g: any) => g.name)).toEqual([
        '定海区',
        '普陀区',
        '岱山县',
        '嵊泗县',
        '新城管委会',
        '普陀山—朱家尖管委会',
        '东海区',
        '西岛区',
      ]);
      expect(groups[0]).toMatchObject({
        communities: { total: 2, urban: 2, rural: 0 },
        responses: 0,
        suppressed: 2,
        awareness: null,
        satisfaction: null,
        options: null,
        assessments: { graded: 0, qualified: 0, meanTotal: null },
      });
      const [donghai, xidao] = groups.slice(6);
      // 东海区 = c1 … c5: urban c1 c2 c4, rural c3 c5; answers 60 + 52 + 9 + 12 + 0 = 133; c3 (9) and c5 (0) show nothing.
      // 知晓率 pooled from the shown counts: (54 + 40 + 12) / (60 + 50 + 12) = 106/122 = 0.8689; Wilson [0.7975, 0.9176]: unsettled.
      // 满意度: (51 + 50 + 6) / 122 = 107/122 = 0.8770; Wilson [0.8070, 0.9241]: unsettled.
      // Meeting 85% (100 × count ≥ 85 × n): 知晓率 c1 (90%), c4 (100%), not c2 (80%) → 2; none confidently (c1 [0.7985, 0.9534]).
      // 满意度 c1 (51/60 = 85%), c2 (100%) → 2; c2 confidently ([0.9287, 1]); c4 (50%, [0.2538, 0.7462]) confidently misses.
      // Graded c1 c2 c3 c4 (c5 未完成): 达标 c1 c2 c4, all urban; 优秀 c1, 良好 c2 c4, 不合格 c3.
      // Mean total (96 + 86.98 + 76 + 94) / 4 = 352.98 / 4 = 88.245 → 88.25 (half up).
      expect(donghai).toEqual({
        level: 'district',
        name: '东海区',
        district: '东海区',
        street: null,
        communityId: null,
        communities: { total: 5, urban: 3, rural: 2 },
        responses: 133,
        suppressed: 2,
        awareness: expect.objectContaining({ count: 106, n: 122, verdict: 'unsettled', meetsTarget: true }),
        satisfaction: expect.objectContaining({ count: 107, n: 122, verdict: 'unsettled', meetsTarget: true }),
        // Per option, the shown counts added up (c3, c5 add nothing): 知道 54 + 40 + 12 = 106, 不知道 6 + 10 + 0 = 16;
        // 满意 51 + 50 + 6 = 107, 说不清 9 + 0 + 6 = 15; every other option 0.
        options: options(122, 106, 107),
        targets: {
          awareness: { meets: 2, confidentlyMeets: 0, confidentlyMisses: 0 },
          satisfaction: { meets: 2, confidentlyMeets: 1, confidentlyMisses: 1 },
        },
        assessments: {
          graded: 4,
          qualified: 3,
          qualifiedByKind: { urban: 3, rural: 0 },
          byGrade: { excellent: 1, good: 2, pass: 0, fail: 1 },
          ineligible: 0,
          meanTotal: 88.25,
        },
        community: null,
      });
      expect(donghai.awareness.ci95[0]).toBeCloseTo(0.7975, 4);
      expect(donghai.awareness.ci95[1]).toBeCloseTo(0.9176, 4);
      expect(donghai.satisfaction.rate).toBeCloseTo(107 / 122, 12);
      // 西岛区 = c6 … c9: urban c6 c9, rural c7 c8; answers 20 + 14 + 50 + 10 = 94, all shown.
      // 知晓率 (17 + 10 + 45 + 5) / (20 + 10 + 50 + 10) = 77/90 = 0.8556, Wilson [0.7684, 0.9136]: unsettled.
      // 满意度 (15 + 10 + 30 + 10) / 90 = 65/90 = 0.7222, Wilson [0.6220, 0.8042]: confidently missed.
      // Meeting: 知晓率 c6 (85%), c7, c8 → 3, c9 (50%, [0.2366, 0.7634]) confidently misses;
      // 满意度 c7, c9 → 2, c8 (60%, [0.4618, 0.7239]) confidently misses.
      // Graded c7 c8 c9 (c6 未完成): 达标 c8 (rural, 良好), c9 (urban, 合格); c7 不具备评定资格.
      // Mean total (59.80 + 89.99 + 81.96) / 3 = 231.75 / 3 = 77.25.
      expect(xidao).toMatchObject({
        communities: { total: 4, urban: 2, rural: 2 },
        responses: 94,
        suppressed: 0,
        awareness: rate(77, 90),
        satisfaction: expect.objectContaining({ count: 65, n: 90, verdict: 'missed' }),
        // 知道 17 + 10 + 45 + 5 = 77, 不知道 3 + 0 + 5 + 5 = 13; 满意 15 + 10 + 30 + 10 = 65, 说不清 5 + 0 + 20 + 0 = 25.
        options: options(90, 77, 65),
        targets: {
          awareness: { meets: 3, confidentlyMeets: 0, confidentlyMisses: 1 },
          satisfaction: { meets: 2, confidentlyMeets: 0, confidentlyMisses: 1 },
        },
        assessments: {
          graded: 3,
          qualified: 2,
          qualifiedByKind: { urban: 1, rural: 1 },
          byGrade: { excellent: 0, good: 1, pass: 1, fail: 0 },
          ineligible: 1,
          meanTotal: 77.25,
        },
      });
    });

    test('getRollup of the city: every community, the pilots included (hand-worked)', async () => {
      const { groups } = await ok('getRollup', { year: 2024, level: 'city' }, ADMIN);
      // 17 communities: 8 pilots (urban) + 9; urban 8 + 3 + 2 = 13, rural 2 + 2 = 4. Answers 133 + 94 = 227.
      // Suppressed: the 8 pilots (no answers), c3, c5 = 10. 知晓率 (106 + 77) / (122 + 90) = 183/212; 满意度 (107 + 65) / 212 = 172/212.
      // Graded 4 + 3 = 7, 达标 3 + 2 = 5 (urban c1 c2 c4 c9, rural c8); mean (352.98 + 231.75) / 7 = 584.73 / 7 = 83.5329 → 83.53.
      expect(groups).toEqual([
        expect.objectContaining({
          level: 'city',
          name: '全市',
          communities: { total: 17, urban: 13, rural: 4 },
          responses: 227,
          suppressed: 10,
          awareness: rate(183, 212),
          satisfaction: rate(172, 212),
          // 知道 106 + 77 = 183, 不知道 16 + 13 = 29; 满意 107 + 65 = 172, 说不清 15 + 25 = 40 (the pilots add nothing).
          options: options(212, 183, 172),
          targets: {
            awareness: { meets: 5, confidentlyMeets: 0, confidentlyMisses: 1 },
            satisfaction: { meets: 4, confidentlyMeets: 1, confidentlyMisses: 2 },
          },
          assessments: {
            graded: 7,
            qualified: 5,
            qualifiedByKind: { urban: 4, rural: 1 },
            byGrade: { excellent: 1, good: 3, pass: 1, fail: 1 },
            ineligible: 1,
            meanTotal: 83.53,
          },
        }),
      ]);
    });

    test('getRollup by street of a district, then one street with its communities: the drill-down reaches a community', async () => {
      const streets = await ok('getRollup', { year: 2024, level: 'street', district: '东海区' }, CITY_OFFICIAL);
      // 一街道 = c1 c2 c3: answers 60 + 52 + 9 = 121; 知晓率 (54 + 40) / (60 + 50) = 94/110, 满意度 (51 + 50) / 110 = 101/110.
      // 二街道 = c4 c5: answers 12; c4 finalized shows all 12: 12/12, 6/12; c5 nothing.
      expect(streets.groups).toEqual([
        expect.objectContaining({
          level: 'street',
          name: '一街道',
          district: '东海区',
          street: '一街道',
          communities: { total: 3, urban: 2, rural: 1 },
          responses: 121,
          suppressed: 1,
          awareness: rate(94, 110),
          satisfaction: rate(101, 110),
          // 知道 54 + 40 = 94, 不知道 6 + 10 = 16; 满意 51 + 50 = 101, 说不清 9 + 0 = 9 (c3 adds nothing).
          options: options(110, 94, 101),
        }),
        expect.objectContaining({
          name: '二街道',
          communities: { total: 2, urban: 1, rural: 1 },
          responses: 12,
          suppressed: 1,
          awareness: rate(12, 12),
          satisfaction: rate(6, 12),
          // c4 alone (finalized, all 12): 知道 12, 不知道 0; 满意 6, 说不清 6.
          options: options(12, 12, 6),
          assessments: expect.objectContaining({ graded: 1, qualified: 1, meanTotal: 94 }),
        }),
      ]);
      expect(streets.communities).toEqual([]);

      const street = await ok('getRollup', { year: 2024, level: 'street', district: '东海区', street: '一街道' }, CITY_OFFICIAL);
      expect(street.groups.map((g: any) => [g.name, g.responses])).toEqual([['一街道', 121]]);
      expect(street.communities.map((c: any) => c.communityId)).toEqual(['c1', 'c2', 'c3']);
      const [c1, c2, c3] = street.communities;
      expect(c1).toMatchObject({
        level: 'community',
        name: '东一社区',
        communities: { total: 1, urban: 1, rural: 0 },
        responses: 60,
        awareness: rate(54, 60),
        satisfaction: rate(51, 60),
        community: { kind: 'urban', verdict: 'excellent', verdictText: '优秀', total: 96, locked: false },
      });
      // c2's 52 answers show as the snapshot at 50: the roll-up shows no more than its page.
      expect(c2).toMatchObject({ responses: 52, awareness: rate(40, 50), satisfaction: rate(50, 50), community: { total: 86.98 } });
      // Its options too: the snapshot at 50 (知道 40, 不知道 10; 满意 50, 说不清 0), not the 52 answers.
      expect(c2.options).toEqual(options(50, 40, 50));
      expect(c1.options).toEqual(options(60, 54, 51));
      expect(c3).toMatchObject({
        responses: 9,
        suppressed: 1,
        awareness: null,
        satisfaction: null,
        options: null,
        targets: { awareness: none, satisfaction: none },
        community: { kind: 'rural', verdict: 'fail', verdictText: '不合格', total: 76 },
      });
      // The same figures getIndicators shows for each community.
      const indicators = await ok('getIndicators', { year: 2024 }, CITY_OFFICIAL);
      for (const row of street.communities) {
        const shown = indicators.communities.find((c: any) => c.communityId === row.communityId);
        expect([row.responses, row.awareness, row.satisfaction, row.options]).toEqual([
          shown.responses,
          shown.awareness,
          shown.satisfaction,
          shown.options,
        ]);
      }
      const locked = await ok('getRollup', { year: 2024, level: 'street', district: '东海区', street: '二街道' }, CITY_OFFICIAL);
      expect(locked.communities[0].community).toEqual({ kind: 'urban', verdict: 'good', verdictText: '良好', total: 94, locked: true });
    });

    test('getTrend of a community: one entry per year, null where nothing shows, the total where assessed (hand-worked)', async () => {
      const trend = await ok('getTrend', { communityId: 'c1', fromYear: 2021, toYear: 2024 }, WORKER);
      expect(trend).toMatchObject({ level: 'community', name: '东一社区', communityId: 'c1', district: '东海区', street: '一街道' });
      expect(trend.years).toEqual([
        { year: 2021, responses: 0, awareness: null, satisfaction: null, score: null, assessed: 0, qualified: 0, verdict: 'incomplete' },
        // 2022: 20 answers, 10 and 12 of them; nothing assessed.
        expect.objectContaining({
          year: 2022,
          responses: 20,
          awareness: rate(10, 20),
          satisfaction: rate(12, 20),
          score: null,
          assessed: 0,
        }),
        // 2023: 60 + project 75 → 30 = 90.00 良好.
        expect.objectContaining({
          year: 2023,
          responses: 30,
          awareness: rate(24, 30),
          score: 90,
          assessed: 1,
          qualified: 1,
          verdict: 'good',
        }),
        expect.objectContaining({ year: 2024, responses: 60, awareness: rate(54, 60), score: 96, assessed: 1, verdict: 'excellent' }),
      ]);
    });

    test('getTrend of a district and of the whole scope: pooled rates, the mean total of the graded (hand-worked)', async () => {
      const donghai = await ok('getTrend', { district: '东海区', fromYear: 2022, toYear: 2024 }, DONGHAI_OFFICIAL);
      expect(donghai).toMatchObject({ level: 'district', name: '东海区', communityId: null, district: '东海区', street: null });
      expect(donghai.years).toEqual([
        // 2022: c1 20 + c2 10 + c4 5 (shows nothing) = 35; 知晓率 (10 + 9) / (20 + 10) = 19/30, 满意度 (12 + 8) / 30 = 20/30;
        // graded c2 only: 60.00, not 达标.
        expect.objectContaining({
          year: 2022,
          responses: 35,
          awareness: rate(19, 30),
          satisfaction: rate(20, 30),
          score: 60,
          assessed: 1,
          qualified: 0,
        }),
        // 2023: c1 30 + c2 15 = 45; 知晓率 (24 + 15) / 45 = 39/45, 满意度 (27 + 0) / 45 = 27/45; graded c1 only: 90.
        expect.objectContaining({
          year: 2023,
          responses: 45,
          awareness: rate(39, 45),
          satisfaction: rate(27, 45),
          score: 90,
          assessed: 1,
          qualified: 1,
        }),
        // 2024: as getRollup: 133 answers, 106/122, 107/122, mean 88.25 of 4, 3 达标.
        expect.objectContaining({
          year: 2024,
          responses: 133,
          awareness: rate(106, 122),
          score: 88.25,
          assessed: 4,
          qualified: 3,
          verdict: null,
        }),
      ]);
      // The district official's whole scope is the same district; the city's 2023 adds c8: 70 answers,
      // 知晓率 (39 + 20) / (45 + 25) = 59/70, 满意度 (27 + 20) / 70 = 47/70; graded c1 90, c8 60 → mean 75.
      const scope = await ok('getTrend', { fromYear: 2022, toYear: 2024 }, DONGHAI_OFFICIAL);
      expect(scope.years).toEqual(donghai.years);
      const city = await ok('getTrend', { fromYear: 2023, toYear: 2023 }, CITY_OFFICIAL);
      expect(city).toMatchObject({ level: 'city', name: '全市', district: null });
      expect(city.years).toEqual([
        expect.objectContaining({
          responses: 70,
          awareness: rate(59, 70),
          satisfaction: rate(47, 70),
          score: 75,
          assessed: 2,
          qualified: 1,
        }),
      ]);
    });

    test('getCityProgress: the share of urban (and rural) communities 达标 per district against the 80% goal (hand-worked)', async () => {
      const progress = await ok('getCityProgress', { year: 2024 }, CITY_OFFICIAL);
      expect(progress).toMatchObject({ year: 2024, target: 0.8, targetYear: 2019, scope: { district: null, street: null } });
      const zero = (communities: number) => ({
        communities,
        graded: 0,
        qualified: 0,
        share: communities ? 0 : null,
        meetsTarget: communities ? false : null,
      });
      expect(progress.districts[0]).toEqual({ district: '定海区', urban: zero(2), rural: zero(0) });
      expect(progress.districts.slice(6)).toEqual([
        // 东海区: urban c1 c2 c4 all 达标 → 3/3 = 1 ≥ 0.8; rural c3 (不合格) c5 (未完成): 0/2.
        {
          district: '东海区',
          urban: { communities: 3, graded: 3, qualified: 3, share: 1, meetsTarget: true },
          rural: { communities: 2, graded: 1, qualified: 0, share: 0, meetsTarget: false },
        },
        // 西岛区: urban c6 (未完成) c9 (合格) → 1/2 = 0.5 (100 × 1 < 80 × 2); rural c7 (不具备) c8 (良好) → 1/2.
        {
          district: '西岛区',
          urban: { communities: 2, graded: 1, qualified: 1, share: 0.5, meetsTarget: false },
          rural: { communities: 2, graded: 2, qualified: 1, share: 0.5, meetsTarget: false },
        },
      ]);
      // The city: urban 13 (8 pilots), 达标 4 → 4/13; rural 4, graded 3, 达标 1 → 1/4.
      expect(progress.total).toEqual({
        urban: { communities: 13, graded: 4, qualified: 4, share: 4 / 13, meetsTarget: false },
        rural: { communities: 4, graded: 3, qualified: 1, share: 0.25, meetsTarget: false },
      });
      const district = await ok('getCityProgress', { year: 2024 }, DONGHAI_OFFICIAL);
      expect(district.districts.map((d: any) => d.district)).toEqual(['东海区']);
      expect(district.total).toEqual({ urban: progress.districts[6].urban, rural: progress.districts[6].rural });
    });

    test('each caller sees their own scope; levels above it, other areas, workers and residents are refused 403', async () => {
      const district = await ok('getRollup', { year: 2024, level: 'district' }, DONGHAI_OFFICIAL);
      expect(district.scope).toEqual({ district: '东海区', street: null });
      expect(district.groups.map((g: any) => g.name)).toEqual(['东海区']);
      const streets = await ok('getRollup', { year: 2024, level: 'street' }, DONGHAI_OFFICIAL);
      expect(streets.groups.map((g: any) => g.name)).toEqual(['一街道', '二街道']);
      const street = await ok('getRollup', { year: 2024, level: 'street' }, STREET_OFFICIAL);
      expect(street.groups).toEqual([expect.objectContaining({ name: '二街道', responses: 12, awareness: rate(12, 12) })]);
      const forbidden = { code: 'FORBIDDEN' };
      expect(await refused('getRollup', { year: 2024, level: 'city' }, DONGHAI_OFFICIAL)).toMatchObject(forbidden);
      expect(await refused('getRollup', { year: 2024, level: 'district', district: '西岛区' }, DONGHAI_OFFICIAL)).toMatchObject(forbidden);
      expect(await refused('getRollup', { year: 2024, level: 'street', district: '西岛区' }, DONGHAI_OFFICIAL)).toMatchObject(forbidden);
      expect(await refused('getRollup', { year: 2024, level: 'district' }, STREET_OFFICIAL)).toMatchObject(forbidden);
      expect(
        await refused('getRollup', { year: 2024, level: 'street', district: '东海区', street: '一街道' }, STREET_OFFICIAL),
      ).toMatchObject(forbidden);
      expect(await refused('getRollup', { year: 2024, level: 'street' }, WORKER)).toMatchObject(forbidden);
      expect(await refused('getRollup', { year: 2024, level: 'street' }, RESIDENT)).toMatchObject(forbidden);
      expect(await refused('getCityProgress', { year: 2024 }, STREET_OFFICIAL)).toMatchObject(forbidden);
      expect(await refused('getCityProgress', { year: 2024 }, WORKER)).toMatchObject(forbidden);
      expect(await refused('getTrend', { communityId: 'c2', fromYear: 2022, toYear: 2024 }, WORKER)).toMatchObject(forbidden);
      expect(await refused('getTrend', { district: '东海区', fromYear: 2022, toYear: 2024 }, WORKER)).toMatchObject(forbidden);
      expect(await refused('getTrend', { communityId: 'c6', fromYear: 2022, toYear: 2024 }, DONGHAI_OFFICIAL)).toMatchObject(forbidden);
      expect(await refused('getTrend', { district: '东海区', fromYear: 2022, toYear: 2024 }, STREET_OFFICIAL)).toMatchObject(forbidden);
      expect(await refused('getTrend', { fromYear: 2022, toYear: 2024 }, RESIDENT)).toMatchObject(forbidden);
      expect(await refused('getGradeOutlook', { communityId: 'c6', year: 2024 }, DONGHAI_OFFICIAL)).toMatchObject(forbidden);
      expect(await refused('getGradeOutlook', { communityId: 'c2', year: 2024 }, WORKER)).toMatchObject(forbidden);
      // A place no community is in: 404 within the caller's scope.
      expect(await refused('getRollup', { year: 2024, level: 'district', district: '北极区' }, ADMIN)).toMatchObject({ code: 'NOT_FOUND' });
    });

    test('bad input is refused 400 naming the field', async () => {
      const field = async (name: string, input: unknown) => {
        const error = await refused(name, input, CITY_OFFICIAL);
        expect(error.code).toBe('INVALID_INPUT');
        return error.issues.map((i: any) => i.path);
      };
      expect(await field('getRollup', { year: 2024, level: 'county' })).toEqual(['level']);
      expect(await field('getRollup', { year: 2016, level: 'city' })).toEqual(['year']);
      expect(await field('getRollup', { year: 2024, level: 'street', street: '一街道' })).toEqual(['district']);
      expect(await field('getRollup', { year: 2024, level: 'city', district: '东海区' })).toEqual(['district']);
      expect(await field('getRollup', { year: 2024, level: 'district', district: '东海区', street: '一街道' })).toEqual(['street']);
      expect(await field('getRollup', { year: 2024, level: 'district', district: '' })).toEqual(['district']);
      expect(await field('getTrend', { fromYear: 2024, toYear: 2023 })).toEqual(['toYear']);
      expect(await field('getTrend', { fromYear: 2017, toYear: 2027 })).toEqual(['toYear']); // 11 years
      expect(await field('getTrend', { communityId: 'c1', district: '东海区', fromYear: 2022, toYear: 2024 })).toEqual(['district']);
      expect(await field('getTrend', { street: '一街道', fromYear: 2022, toYear: 2024 })).toEqual(['district']);
      expect(await field('getTrend', { fromYear: 2022 })).toEqual(['toYear']);
      expect(await field('getCityProgress', {})).toEqual(['year']);
      expect(await field('getGradeOutlook', { communityId: 'C1!', year: 2024 })).toEqual(['communityId']);
      // Ten years is the most: 2017 … 2026.
      expect((await ok('getTrend', { communityId: 'c1', fromYear: 2017, toYear: 2026 }, CITY_OFFICIAL)).years).toHaveLength(10);
    });

    test('getGradeOutlook: c8 rests on its sample, c4 is final, c6 incomplete, c3 withheld but set by hand', async () => {
      const c8 = await ok('getGradeOutlook', { communityId: 'c8', year: 2024 }, CITY_OFFICIAL);
      expect(c8).toMatchObject({ status: 'sample', verdict: 'good', missing: 0 });
      expect(c8.items).toEqual([
        expect.objectContaining({ itemId: 'II-10.2', source: 'sample', count: 45, n: 50 }),
        expect.objectContaining({ itemId: 'II-10.3', source: 'sample', count: 30, n: 50 }),
      ]);
      const sum = Object.values(c8.outcomes as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 12);
      // With 二类 32 and 51 from the other items, every combination is 良好 (CC 51 + 4.98 + 32 = 87.98 … AA 92): certain.
      expect(c8.outcomes.good).toBeCloseTo(1, 12);
      expect(c8.qualified).toBeCloseTo(1, 12);
      expect(c8.moreAnswers).toEqual({ qualified: 0, verdict: 0 });
      // c1: 二类 36; AA gives 96 优秀, any B or C 94.98 or less 良好: P(优秀) = P(知晓率 A) × P(满意度 A).
      const c1 = await ok('getGradeOutlook', { communityId: 'c1', year: 2024 }, WORKER);
      expect(c1).toMatchObject({ status: 'sample', verdict: 'excellent', settled: { qualified: true, verdict: false } });
      const [aware, satisfied] = c1.items;
      expect([aware.count, aware.n, satisfied.count, satisfied.n]).toEqual([54, 60, 51, 60]);
      expect(c1.outcomes.excellent).toBeCloseTo(aware.states.A * satisfied.states.A, 12);
      expect(c1.outcomes.good).toBeCloseTo(1 - aware.states.A * satisfied.states.A, 12);
      // 满意度 sits exactly on 85% (51/60): answers following it keep P(A) near one half, so 优秀 never settles.
      expect(c1.moreAnswers).toEqual({ qualified: 0, verdict: null });
      const c4 = await ok('getGradeOutlook', { communityId: 'c4', year: 2024 }, CITY_OFFICIAL);
      expect(c4).toMatchObject({
        status: 'final',
        outcomes: { good: 1, excellent: 0 },
        qualified: 1,
        moreAnswers: { qualified: 0, verdict: 0 },
      });
      expect(await ok('getGradeOutlook', { communityId: 'c6', year: 2024 }, CITY_OFFICIAL)).toMatchObject({
        status: 'incomplete',
        missing: 36, // 39 items of 一类, less Ⅱ-10.2/10.3 and the one assessed
        outcomes: null,
      });
      const c3 = await ok('getGradeOutlook', { communityId: 'c3', year: 2024 }, CITY_OFFICIAL);
      expect(c3).toMatchObject({ status: 'fixed', outcomes: { fail: 1 }, qualified: 0, settled: { qualified: true, verdict: true } });
    });
  });
}
