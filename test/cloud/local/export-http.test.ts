// exportScorecards through the local runtime: the workbook is downloaded from GET /exports/<file> and holds the screen's figures.
import { Workbook, type Worksheet } from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useRuntime } from '../../support/local-runtime';
import { answerSurvey, BEIYUAN, clock, EVALUATOR, OFFICIAL, startWithRoles, WORKER, YEAR } from '../../support/assessment';
import { allAWith, without } from '../../rubric/builders';

const rt = useRuntime(() => startWithRoles(clock().now));
// 50–60 answers through HTTP and exceljs loading, on a busy machine, take more than jest's default 5 s.
jest.setTimeout(30_000);

async function download(url: string): Promise<Workbook> {
  const res = await fetch(rt.url + url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
  return book;
}

/** The sheet's rows as arrays of cell values, keyed by the first column. */
function rowsOf(sheet: Worksheet): Map<unknown, unknown[]> {
  const rows = new Map<unknown, unknown[]>();
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1); // exceljs rows are 1-based
    rows.set(values[0], values);
  });
  return rows;
}

test('only officials and admins export', async () => {
  for (const who of [WORKER, EVALUATOR, 'resident-1']) expect((await rt.call('exportScorecards', { year: YEAR }, who)).status).toBe(403);
  expect((await rt.call('exportScorecards', { year: 'last' }, OFFICIAL)).status).toBe(400);
});

test('the exported workbook holds the same figures as getAssessment', async () => {
  // Beiyuan: 51/60 aware (A from the rates), 48/60 satisfied (B); all else A but Ⅱ-5 'AAABCC':
  // Ⅱ-5 = 7 × 432 / 600 = 5.04, Ⅱ-10 = 9 × 266 / 300 = 7.98, 一类 = 44 + 5.04 + 7.98 = 57.02, 不合格.
  await answerSurvey(rt, BEIYUAN, 60, 51, 48);
  await rt.call(
    'saveAssessment',
    {
      communityId: BEIYUAN,
      year: YEAR,
      states: without(allAWith({ 'II-5': 'AAABCC' }), 'II-10.2', 'II-10.3'),
      notes: { 'II-5.5': '活动室面积不足' },
    },
    OFFICIAL,
  );
  const screen = (await rt.call('getAssessment', { communityId: BEIYUAN, year: YEAR }, OFFICIAL)).body.data;
  expect(screen.score.total).toBe(57.02);

  const res = await rt.call('exportScorecards', { year: YEAR }, OFFICIAL);
  expect(res.status).toBe(200);
  const { fileName, url } = res.body.data;
  // Saved as 2024年幸福社区测评_2024-06-01.xlsx (the clock's day in Asia/Shanghai); stored under an unguessable ASCII name.
  expect(fileName).toBe(`${YEAR}年幸福社区测评_${YEAR}-06-01.xlsx`);
  const stored = readdirSync(join(rt.dataDir, 'exports'));
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatch(new RegExp(`^scorecards-${YEAR}-${YEAR}0601\\d{6}-[0-9a-f]{8}\\.xlsx$`));
  expect(url).toBe(`/exports/${stored[0]}`);
  const book = await download(url);

  const summary = book.getWorksheet('总表')!;
  const header = (summary.getRow(2).values as unknown[]).slice(1);
  const row = rowsOf(summary).get('北园社区')!;
  const cell = (title: string) => row[header.indexOf(title)];
  expect(cell('区县(功能区)')).toBe('定海区');
  for (const [name, rate] of [
    ['群众知晓率', screen.rates.awareness],
    ['群众满意度', screen.rates.satisfaction],
  ] as const) {
    expect([cell(name), cell(`${name}人数`), cell(`${name}有效问卷`)]).toEqual([rate.rate, rate.count, rate.n]);
    expect([cell(`${name}95%区间下限`), cell(`${name}95%区间上限`)]).toEqual(rate.ci95);
  }
  expect([cell('群众知晓率'), cell('群众满意度')]).toEqual([0.85, 0.8]);
  for (const ind of screen.score.indicators)
    expect(cell(header.find((h) => String(h).startsWith(`${ind.id.replace('II-', 'Ⅱ-')} `)) as string)).toBe(ind.points);
  expect(cell('Ⅱ-5 社区设施')).toBe(5.04);
  expect([cell('一类指标'), cell('二类指标'), cell('总分'), cell('结论')]).toEqual([57.02, 0, 57.02, '不合格']);

  expect(cell('已收问卷')).toBe(60);
  // Junan: nothing saved, nobody answered: rates withheld, 0 points, not assessed yet.
  const junan = rowsOf(summary).get('桔南社区')!;
  expect(junan[header.indexOf('已收问卷')]).toBe(0);
  expect(junan[header.indexOf('群众知晓率')]).toBe('不足10份，不公布');
  expect(junan[header.indexOf('群众知晓率有效问卷')]).toBeUndefined();
  expect(junan[header.indexOf('结论')]).toBe('未完成评定');
  expect(summary.rowCount).toBe(2 + 8);

  // Beiyuan's own sheet: all 45 items, the 39 scored ones as on the screen, 二类's six through the projects.
  const items = rowsOf(book.getWorksheet('北园社区')!);
  for (const s of screen.score.items) {
    const [, , state, points, max, source] = items.get(s.id.replace('II-', 'Ⅱ-'))!;
    expect([state, points, max, source]).toEqual([s.state, s.points, s.max, s.source === 'rates' ? '按比率' : '人工评定']);
  }
  expect(items.get('Ⅱ-5.5')!.slice(0, 10)).toEqual([
    'Ⅱ-5.5',
    expect.stringContaining(''),
    'C',
    0.39,
    1.17,
    '人工评定',
    '活动室面积不足',
    undefined,
    '民政部门 张科长',
    '2024-06-01 10:00',
  ]);
  expect(items.get('Ⅱ-10.2')!.slice(2, 6)).toEqual(['A', 3, 3, '按比率']);
  expect(book.getWorksheet('北园社区')!.getRow(2).values).toEqual([
    undefined,
    '编号',
    '测评内容',
    '状态',
    '得分',
    '满分',
    '来源',
    '说明',
    '人工评定理由',
    '评定人',
    '评定时间',
  ]);
  expect(items.get('Ⅱ-12.4')!.slice(2, 6)).toEqual([undefined, undefined, undefined, '第三方项目评价']);
  expect([...items.keys()].filter((k) => /^Ⅱ-/.test(String(k)))).toHaveLength(45);
  expect(items.get('总分')![3]).toBe(57.02);
  expect(items.get('结论')![3]).toBe('不合格');
  expect(book.worksheets.map((w) => w.name)).toHaveLength(4 + 8); // 总表, 二类项目评价, 知晓率与满意度, 数据质量
  // Nobody answered in Junan: its rate items say why they have no state.
  expect(rowsOf(book.getWorksheet('桔南社区')!).get('Ⅱ-10.2')!.slice(2, 6)).toEqual([undefined, undefined, 3, '未评定（样本不足 0/50）']);
});

test('a locked year exports the figures stored with its final acceptance, dated', async () => {
  await answerSurvey(rt, BEIYUAN, 50, 50, 50);
  await rt.call('saveAssessment', { communityId: BEIYUAN, year: YEAR, states: without(allAWith({}), 'II-10.2', 'II-10.3') }, OFFICIAL);
  expect((await rt.call('finalizeAssessment', { communityId: BEIYUAN, year: YEAR, stage: 'final' }, OFFICIAL)).status).toBe(200);
  const summary = (await download((await rt.call('exportScorecards', { year: YEAR }, OFFICIAL)).body.data.url)).getWorksheet('总表')!;
  const header = (summary.getRow(2).values as unknown[]).slice(1);
  const cell = (community: string, title: string) => rowsOf(summary).get(community)![header.indexOf(title)];
  expect([cell('北园社区', '总分'), cell('北园社区', '群众知晓率有效问卷'), cell('北园社区', '终期验收')]).toEqual([
    60,
    50,
    `${YEAR}-06-01`,
  ]);
  expect(cell('桔南社区', '终期验收')).toBeUndefined();
});

test('an override’s reason is in the workbook beside its item', async () => {
  const reason = '问卷集中在一个小区，按入户抽查结果评定';
  await rt.call(
    'saveAssessment',
    { communityId: BEIYUAN, year: YEAR, states: { 'II-10.3': 'B' }, notes: { 'II-10.3': '抽查 30 户' }, reasons: { 'II-10.3': reason } },
    OFFICIAL,
  );
  const book = await download((await rt.call('exportScorecards', { year: YEAR }, OFFICIAL)).body.data.url);
  expect(rowsOf(book.getWorksheet('北园社区')!).get('Ⅱ-10.3')!.slice(2, 8)).toEqual(['B', 1.98, 3, '人工评定', '抽查 30 户', reason]);
});

describe('GET /exports/<file>', () => {
  test('serves only plain export names inside DATA_DIR/exports', async () => {
    const { url } = (await rt.call('exportScorecards', { year: YEAR }, OFFICIAL)).body.data;
    expect((await fetch(rt.url + url, { method: 'HEAD' })).status).toBe(200);
    for (const path of [
      '/exports/..%2Fsecret.key',
      '/exports/..%2Fxingfu.sqlite',
      '/exports/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/exports/../secret.key',
      '/exports/nothing-here.xlsx',
      '/exports/.hidden.xlsx',
      '/exports/%E0%A4%A.xlsx',
      '/exports/',
    ]) {
      expect([path, (await fetch(rt.url + path)).status]).toEqual([path, 404]);
    }
    expect((await fetch(rt.url + url, { method: 'POST' })).status).toBe(404);
  });
});

test('a year nobody assessed exports every community as not yet assessed', async () => {
  const { url } = (await rt.call('exportScorecards', { year: 2018 }, OFFICIAL)).body.data;
  const summary = (await download(url)).getWorksheet('总表')!;
  const header = (summary.getRow(2).values as unknown[]).slice(1);
  const verdicts = [...rowsOf(summary).values()].slice(2).map((r) => r[header.indexOf('结论')]);
  expect(verdicts).toEqual(Array(8).fill('未完成评定'));
});
