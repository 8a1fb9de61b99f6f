// Small groups stay hidden (rules/privacy.ts) through the HTTP face: getIndicators, the assessments and the export, hand-worked.
import { Workbook } from 'exceljs';
import { useRuntime } from '../../support/local-runtime';
import { BEIYUAN, clock, OFFICIAL, startWithRoles, YEAR } from '../../support/assessment';

const rt = useRuntime(() => startWithRoles(clock().now));
const BEIYUAN_WORKER = 'worker-beiyuan';

/**
 * Beiyuan's answers in order. 1–10: all aware but the 5th; all satisfied but the 2nd and 7th (unsure).
 * 11–14: unaware and dissatisfied. 15: aware and satisfied.
 */
function nth(i: number) {
  if (i < 10) return { awareness: i === 4 ? 'unaware' : 'aware', satisfaction: i === 1 || i === 6 ? 'unsure' : 'satisfied' };
  if (i < 14) return { awareness: 'unaware', satisfaction: 'dissatisfied' };
  return { awareness: 'aware', satisfaction: 'satisfied' };
}
let answered = 0;
async function answerUpTo(n: number) {
  for (; answered < n; answered++) {
    const res = await rt.call('submitResponse', { communityId: BEIYUAN, answers: nth(answered) }, `beiyuan-r${answered}`);
    expect(res.status).toBe(200);
  }
}
beforeEach(() => void (answered = 0));

const indicators = async (who = OFFICIAL) => (await rt.call('getIndicators', { communityId: BEIYUAN }, who)).body.data.communities[0];
const assessment = async () => (await rt.call('getAssessment', { communityId: BEIYUAN, year: YEAR }, OFFICIAL)).body.data;
const item = (a: any, id: string) => a.score.items.find((i: any) => i.id === id);

test('9 answers: only the count; 10: n 10; 14: still the rates of 10; 15: n 15', async () => {
  await answerUpTo(9);
  expect(await indicators()).toEqual({
    communityId: BEIYUAN,
    name: '北园社区',
    responses: 9,
    suppressed: true,
    awareness: null,
    satisfaction: null,
    channels: null,
    options: null,
  });

  await answerUpTo(10);
  const ten = await indicators();
  expect(ten).toMatchObject({ responses: 10, suppressed: false });
  // 9/10 aware: Wilson 0.5958–0.9821; 8/10 satisfied (the two unsure count in n).
  expect(ten.awareness).toMatchObject({ count: 9, n: 10, rate: 0.9, meetsTarget: true, confidentlyMeets: false });
  expect(ten.awareness.ci95[0]).toBeCloseTo(0.5958, 4);
  expect(ten.awareness.ci95[1]).toBeCloseTo(0.9821, 4);
  expect(ten.satisfaction).toMatchObject({ count: 8, n: 10, rate: 0.8, meetsTarget: false });

  await answerUpTo(14);
  // Over all 14 it would be 9/14 and 8/14; four more people do not show (how answers arrived is no rate: exact).
  expect(await indicators()).toEqual({ ...ten, responses: 14, channels: { self: 14, assisted: 0, paper: 0 } });

  await answerUpTo(15);
  const fifteen = await indicators();
  expect(fifteen).toMatchObject({ responses: 15, suppressed: false, awareness: { count: 10, n: 15 }, satisfaction: { count: 9, n: 15 } });

  // A worker of the community reads the same figures.
  await rt.call('assignRole', { openid: BEIYUAN_WORKER, role: 'worker', communityId: BEIYUAN }, 'admin-1');
  expect(await indicators(BEIYUAN_WORKER)).toEqual(fifteen);
});

test('the assessment shows and scores Ⅱ-10.2/10.3 from the same figures: none below 10, the snapshot after', async () => {
  await answerUpTo(9);
  const nine = await assessment();
  expect(nine).toMatchObject({ responses: 9, suppressed: true, rates: { awareness: null, satisfaction: null } });
  expect(item(nine, 'II-10.2')).toMatchObject({ state: null, source: 'rates' });
  expect(item(nine, 'II-10.3')).toMatchObject({ state: null, source: 'rates' });

  await answerUpTo(14);
  const fourteen = await assessment();
  expect(fourteen).toMatchObject({
    responses: 14,
    suppressed: false,
    rates: { awareness: { count: 9, n: 10 }, satisfaction: { count: 8, n: 10 } },
  });
  // The items read the same snapshot (n 10), and it is short of the minimum sample of 50: no state yet.
  expect(item(fourteen, 'II-10.2')).toMatchObject({ state: null, source: 'rates', sampleShort: { n: 10, min: 50 } });
  expect(item(fourteen, 'II-10.3')).toMatchObject({ state: null, source: 'rates', sampleShort: { n: 10, min: 50 } });
  const listed = (await rt.call('listAssessments', { year: YEAR }, OFFICIAL)).body.data.assessments;
  expect(listed.find((a: any) => a.communityId === BEIYUAN)).toEqual(fourteen);
});

test('the workbook carries the count and the shown rates, and says when they are withheld', async () => {
  await answerUpTo(14);
  const { url } = (await rt.call('exportScorecards', { year: YEAR }, OFFICIAL)).body.data;
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(await (await fetch(rt.url + url)).arrayBuffer()) as any);
  const summary = book.getWorksheet('总表')!;
  const header = (summary.getRow(2).values as unknown[]).slice(1);
  const row = (name: string) => {
    let found: unknown[] = [];
    summary.eachRow((r) => void ((r.values as unknown[])[1] === name && (found = (r.values as unknown[]).slice(1))));
    return (title: string) => found[header.indexOf(title)];
  };
  const beiyuan = row('北园社区');
  expect([beiyuan('已收问卷'), beiyuan('群众知晓率'), beiyuan('群众知晓率人数'), beiyuan('群众知晓率有效问卷')]).toEqual([14, 0.9, 9, 10]);
  const junan = row('桔南社区');
  expect([junan('已收问卷'), junan('群众知晓率'), junan('群众满意度')]).toEqual([0, '不足10份，不公布', '不足10份，不公布']);
});
