// The officials' console through the HTTP face: getRollup, getTrend, getCityProgress and getGradeOutlook answer
// the envelope with hand-worked figures, 401 without a caller, 403 out of scope, 400 naming the field.
import { useRuntime } from '../../support/local-runtime';
import { BEIYUAN, clock, JUNAN, OFFICIAL, startWithRoles, WORKER, YEAR } from '../../support/assessment';
import { ADMIN } from '../../support/local-runtime';

const rt = useRuntime(() => startWithRoles(clock().now));
const PUTUO_OFFICIAL = 'official-putuo';

/** Beiyuan: 12 answers, the first 10 aware (then unaware), the first 9 satisfied (then unsure). Junan: 9, all aware. */
async function answer() {
  for (let i = 0; i < 12; i++) {
    const answers = { awareness: i < 10 ? 'aware' : 'unaware', satisfaction: i < 9 ? 'satisfied' : 'unsure' };
    expect((await rt.call('submitResponse', { communityId: BEIYUAN, answers }, `beiyuan-${i}`)).status).toBe(200);
  }
  for (let i = 0; i < 9; i++) {
    const answers = { awareness: 'aware', satisfaction: 'satisfied' };
    expect((await rt.call('submitResponse', { communityId: JUNAN, answers }, `junan-${i}`)).status).toBe(200);
  }
}

test('getRollup pools 定海区 from what its communities show: Beiyuan at its snapshot of 10, Junan (9) by its count only', async () => {
  await answer();
  const res = await rt.call('getRollup', { year: YEAR, level: 'district' }, OFFICIAL);
  expect(res.status).toBe(200);
  const [dinghai, putuo] = res.body.data.groups;
  // 定海区 = 北园 (12 answers, shows the 10 first: 10 aware, 9 satisfied) + 桔南 (9: nothing but the count) + nothing else.
  // Answers 12 + 9 = 21; 知晓率 10/10 (Wilson [0.7225, 1]), 满意度 9/10 (0.9).
  expect(dinghai).toMatchObject({
    name: '定海区',
    communities: { total: 2, urban: 2, rural: 0 },
    responses: 21,
    suppressed: 1,
    awareness: { count: 10, n: 10, rate: 1, verdict: 'unsettled' },
    satisfaction: { count: 9, n: 10, rate: 0.9 },
    assessments: { graded: 0, qualified: 0 },
  });
  expect(putuo).toMatchObject({ name: '普陀区', responses: 0, awareness: null, suppressed: 2 });

  const street = await rt.call('getRollup', { year: YEAR, level: 'street', district: '定海区', street: '昌国街道' }, OFFICIAL);
  expect(street.body.data.communities).toEqual([
    expect.objectContaining({
      level: 'community',
      communityId: BEIYUAN,
      responses: 12,
      awareness: expect.objectContaining({ count: 10, n: 10 }),
    }),
  ]);
});

test('getTrend, getCityProgress and getGradeOutlook answer through the face; 401, 403 and 400 as the rules say', async () => {
  await answer();
  const trend = await rt.call('getTrend', { communityId: BEIYUAN, fromYear: YEAR - 1, toYear: YEAR }, OFFICIAL);
  expect(trend.status).toBe(200);
  expect(trend.body.data.years.map((y: any) => [y.year, y.responses, y.awareness?.count ?? null])).toEqual([
    [YEAR - 1, 0, null],
    [YEAR, 12, 10],
  ]);

  const progress = await rt.call('getCityProgress', { year: YEAR }, ADMIN);
  expect(progress.body.data).toMatchObject({ target: 0.8, targetYear: 2019 });
  // The eight pilots are urban and none is assessed: 0 of 8.
  expect(progress.body.data.total.urban).toEqual({ communities: 8, graded: 0, qualified: 0, share: 0, meetsTarget: false });

  const outlook = await rt.call('getGradeOutlook', { communityId: JUNAN, year: YEAR }, WORKER);
  expect(outlook.status).toBe(200);
  // Nothing assessed: 39 items of 一类 less Ⅱ-10.2/10.3 are missing; Junan's 9 answers show no rate (withheld).
  expect(outlook.body.data).toMatchObject({ status: 'incomplete', missing: 37, outcomes: null });
  expect(outlook.body.data.items.map((i: any) => i.source)).toEqual(['withheld', 'withheld']);

  expect((await rt.call('getRollup', { year: YEAR, level: 'city' }, null)).status).toBe(401);
  expect((await rt.call('getRollup', { year: YEAR, level: 'city' }, 'resident-9')).body.error.code).toBe('FORBIDDEN');
  expect((await rt.call('getGradeOutlook', { communityId: BEIYUAN, year: YEAR }, WORKER)).status).toBe(403);
  await rt.call('assignRole', { openid: PUTUO_OFFICIAL, role: 'official', district: '普陀区' }, ADMIN);
  const other = await rt.call('getRollup', { year: YEAR, level: 'street', district: '定海区' }, PUTUO_OFFICIAL);
  expect(other.status).toBe(403);
  expect(other.body.error.message).toContain('不在您的工作范围');
  expect((await rt.call('getRollup', { year: YEAR, level: 'city' }, PUTUO_OFFICIAL)).status).toBe(403);

  const bad = await rt.call('getTrend', { district: '定海区', fromYear: 2017, toYear: 2030 }, OFFICIAL);
  expect(bad.status).toBe(400);
  expect(bad.body.error).toMatchObject({
    code: 'INVALID_INPUT',
    issues: [expect.objectContaining({ path: 'toYear', message: '一次最多查看 10 年' })],
  });
});

test('a roll-up moves only when a community’s shown figures move: Beiyuan’s 11th to 14th answers change nothing but the count', async () => {
  const dinghai = async () =>
    (await rt.call('getRollup', { year: YEAR, level: 'district', district: '定海区' }, OFFICIAL)).body.data.groups[0];
  const send = async (i: number, awareness: string) =>
    expect(
      (await rt.call('submitResponse', { communityId: BEIYUAN, answers: { awareness, satisfaction: 'satisfied' } }, `b-${i}`)).status,
    ).toBe(200);
  for (let i = 0; i < 10; i++) await send(i, 'aware');
  const atTen = await dinghai();
  expect(atTen).toMatchObject({ responses: 10, awareness: { count: 10, n: 10 } });
  // Four unaware answers: were the pooled counts exact, 10/14 would tell how each of them answered.
  for (let i = 10; i < 14; i++) await send(i, 'unaware');
  const atFourteen = await dinghai();
  expect(atFourteen.responses).toBe(14);
  expect({ ...atFourteen, responses: 10 }).toEqual(atTen);
  await send(14, 'aware');
  // At 15 the snapshot moves: 11 aware of 15.
  expect((await dinghai()).awareness).toMatchObject({ count: 11, n: 15 });
});
