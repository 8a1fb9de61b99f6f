// The report-ready workbook, downloaded through the local runtime and re-opened with exceljs: its Chinese file name,
// title rows, frozen headers, borders, A4 fit-to-width print setup, Ⅱ ids, assessors by name (never an openid), the
// 二类 sheet and the sheet of rates, every figure equal to what getAssessment and getIndicators answer.
import { Workbook, type Worksheet } from 'exceljs';
import { useRuntime, ADMIN } from '../../support/local-runtime';
import { answerSurvey, BEIYUAN, clock, EVALUATOR, JUNAN, OFFICIAL, startWithRoles, WORKER, YEAR } from '../../support/assessment';
import { publish } from '../../support/projects';

const time = clock();
const rt = useRuntime(() => startWithRoles(time.now));
// 69 answers through HTTP and exceljs loading, on a busy machine.
jest.setTimeout(60_000);

const values = (row: { values: unknown }) => (row.values as unknown[]).slice(1); // exceljs rows are 1-based
/** A sheet's rows below its header, keyed by the first column (a community, an item id). */
function rowsOf(sheet: Worksheet): Map<unknown, unknown[]> {
  const rows = new Map<unknown, unknown[]>();
  sheet.eachRow((row, r) => void (r > 2 && rows.set(values(row)[0], values(row))));
  return rows;
}
const headerOf = (sheet: Worksheet) => values(sheet.getRow(2)) as string[];

const aspects = (
  completion: number,
  satisfaction: number,
  finance: number,
  organization: number,
  operation: number,
  effectiveness: number,
) => ({
  completion,
  satisfaction,
  finance,
  organization,
  operation,
  effectiveness,
});

async function scene() {
  // Beiyuan: 62 answers, the first 51 知道 (the rest 不知道), the first 48 满意 (the rest 说不清). The round is open,
  // so its rates and option counts are those of its 60th answer: 知道 51, 不知道 9; 满意 48, 说不清 12.
  await answerSurvey(rt, BEIYUAN, 62, 51, 48);
  // Junan: 7 answers, below 10: only their number is shown.
  await answerSurvey(rt, JUNAN, 7, 7, 7);
  // The official sets Ⅱ-1.1 and Ⅱ-1.2 at 10:00 (Asia/Shanghai); the admin Ⅱ-2.1 the next day at 23:30.
  await rt.call(
    'saveAssessment',
    { communityId: BEIYUAN, year: YEAR, states: { 'II-1.1': 'A', 'II-1.2': 'B' }, notes: { 'II-1.2': '台账不全' } },
    OFFICIAL,
  );
  time.set(`${YEAR}-06-02T15:30:00.000Z`);
  await rt.call('saveAssessment', { communityId: BEIYUAN, year: YEAR, states: { 'II-2.1': 'C' } }, ADMIN);
  // Junan's two projects, evaluated by the third party.
  const meals = await publish(rt, { title: '长者食堂' }, WORKER);
  const patrol = await publish(rt, { category: 'public_safety', title: '平安巡逻队' }, WORKER);
  await rt.call('saveProjectEvaluation', { projectId: meals.id, aspects: aspects(90, 80, 85, 70, 95, 88) }, EVALUATOR);
  await rt.call('saveProjectEvaluation', { projectId: patrol.id, aspects: aspects(60, 60, 60, 60, 60, 60) }, EVALUATOR);
  time.set(`${YEAR}-12-01T01:00:00.000Z`);
}

test('the workbook is report-ready and holds the figures the app shows', async () => {
  await scene();
  const res = await rt.call('exportScorecards', { year: YEAR }, OFFICIAL);
  expect(res.status).toBe(200);
  // Exported at 01:00 UTC on 1 December: 09:00 in Asia/Shanghai, the same day.
  expect(res.body.data.fileName).toBe(`${YEAR}年幸福社区测评_${YEAR}-12-01.xlsx`);
  const download = await fetch(rt.url + res.body.data.url);
  expect(download.status).toBe(200);
  // RFC 5987: the Chinese name percent-encoded in UTF-8, beside an ASCII fallback.
  const disposition = download.headers.get('content-disposition')!;
  const star = /filename\*=UTF-8''([^;]+)/.exec(disposition)![1];
  expect(decodeURIComponent(star)).toBe(`${YEAR}年幸福社区测评_${YEAR}-12-01.xlsx`);
  expect(disposition).toMatch(/^attachment; filename="scorecards-[\w.-]+\.xlsx"; filename\*=/);
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(await download.arrayBuffer()) as any);

  expect(book.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['总表', '二类项目评价', '知晓率与满意度']);
  expect(book.worksheets[3].name).toBe('数据质量');
  for (const sheet of book.worksheets) {
    // A title row over the whole table, the header under it frozen and repeated on each printed page; 数据质量 has
    // its 说明 row between the two.
    const title = String(sheet.getCell('A1').value);
    expect(title).toContain(`${YEAR}年幸福社区测评`);
    expect(title).toContain(`导出时间 ${YEAR}-12-01 09:00（北京时间）`);
    const headRow = sheet.name === '数据质量' ? 3 : 2;
    const width = (values(sheet.getRow(headRow)) as string[]).length;
    expect(sheet.getCell(1, width).isMerged).toBe(true);
    expect(sheet.getCell(1, width + 1).isMerged).toBe(false);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headRow });
    expect(sheet.pageSetup.printTitlesRow).toBe(`1:${headRow}`);
    // A4, as wide as one page, as many pages down as it takes.
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.orientation).toBe(width > 8 ? 'landscape' : 'portrait');
    // Borders and wrapped text on the header and the first row under it.
    for (const cell of [sheet.getCell(headRow, 1), sheet.getCell(headRow + 1, width)]) {
      expect(cell.border).toMatchObject({
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      });
      expect(cell.alignment).toMatchObject({ wrapText: true });
    }
  }
  expect(book.getWorksheet('总表')!.views[0]).toMatchObject({ xSplit: 1, ySplit: 2 });

  // Ids as the app writes them, and no openid anywhere: every cell of every sheet.
  const cells: string[] = [];
  book.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value)))));
  expect(cells.filter((c) => /\bII-\d/.test(c))).toEqual([]);
  for (const openid of [OFFICIAL, ADMIN, EVALUATOR, WORKER]) expect(cells.filter((c) => c.includes(openid))).toEqual([]);
  expect(headerOf(book.getWorksheet('总表')!)).toContain('Ⅱ-10 共性任务');

  // Beiyuan's items: state, points, source, note, assessor by role and name, time in Asia/Shanghai.
  const beiyuan = (await rt.call('getAssessment', { communityId: BEIYUAN, year: YEAR }, OFFICIAL)).body.data;
  const items = rowsOf(book.getWorksheet('北园社区')!);
  expect(headerOf(book.getWorksheet('北园社区')!)).toEqual([
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
  // Ⅱ-1 holds three items of 1 point each (3 / 3): A 1, B 0.66.
  expect(items.get('Ⅱ-1.1')!.slice(2)).toEqual(['A', 1, 1, '人工评定', undefined, undefined, '民政部门 张科长', `${YEAR}-06-01 10:00`]);
  expect(items.get('Ⅱ-1.2')!.slice(2)).toEqual(['B', 0.66, 1, '人工评定', '台账不全', undefined, '民政部门 张科长', `${YEAR}-06-01 10:00`]);
  expect(items.get('Ⅱ-2.1')!.slice(2, 4)).toEqual(['C', beiyuan.score.items.find((i: any) => i.id === 'II-2.1').points]);
  expect(items.get('Ⅱ-2.1')!.slice(5)).toEqual(['人工评定', undefined, undefined, '管理员', `${YEAR}-06-02 23:30`]);
  // An item nobody assessed is 未评定, not 人工评定; Ⅱ-10.2 (51/60 = 85%) is A by the rates.
  expect(items.get('Ⅱ-3.1')!.slice(2, 6)).toEqual([
    undefined,
    undefined,
    beiyuan.score.items.find((i: any) => i.id === 'II-3.1').max,
    '未评定',
  ]);
  expect(items.get('Ⅱ-10.2')!.slice(2, 6)).toEqual(['A', 3, 3, '按比率']);
  for (const s of beiyuan.score.items) {
    const [, , state, points, max] = items.get(s.id.replace('II-', 'Ⅱ-'))!;
    expect([s.id, state ?? null, points ?? null, max]).toEqual([s.id, s.state, s.points, s.max]);
  }
  expect(items.get('总分')![3]).toBe(beiyuan.score.total);

  // 二类项目评价: each of Junan's projects with its six aspects, its mean and ratio; the community's 二类.
  // 长者食堂: (90 + 80 + 85 + 70 + 95 + 88) / 6 = 508 / 6 = 84.67, ratio 0.8467; 平安巡逻队: 60, ratio 0.6.
  // 二类 = 40 × (508 / 6 / 100 + 0.6) / 2 = 40 × 0.72333 = 28.93; the community's mean ratio to four places 0.7233.
  const junan = (await rt.call('getAssessment', { communityId: JUNAN, year: YEAR }, OFFICIAL)).body.data;
  expect(junan.score.secondClass).toBe(28.93);
  const second = book.getWorksheet('二类项目评价')!;
  expect(headerOf(second)).toEqual([
    '社区',
    '区县(功能区)',
    '项目类别',
    '项目名称',
    '完成情况(分)',
    '服务满意率(分)',
    '财务状况(分)',
    '组织能力(分)',
    '项目运营(分)',
    '综合效能(分)',
    '六项平均(分)',
    '得分率',
    '二类得分',
  ]);
  const projectRows: unknown[][] = [];
  second.eachRow((row, r) => void (r > 2 && projectRows.push(values(row))));
  const junanRows = projectRows.filter((r) => r[0] === '桔南社区');
  expect(junanRows.map((r) => r.slice(2))).toEqual(
    expect.arrayContaining([
      ['养老服务', '长者食堂', 90, 80, 85, 70, 95, 88, 84.67, 0.8467],
      ['平安综治', '平安巡逻队', 60, 60, 60, 60, 60, 60, 60, 0.6],
      [
        '合计',
        '已评估项目 2 个',
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        0.7233,
        junan.score.secondClass,
      ],
    ]),
  );
  expect(projectRows.find((r) => r[0] === '北园社区')!.slice(2)).toEqual([
    '合计',
    '暂无已评估项目',
    ...Array(8).fill(undefined),
    beiyuan.score.secondClass,
  ]);
  expect(beiyuan.score.secondClass).toBe(0);

  // 知晓率与满意度: what getIndicators shows, with the option counts the rates are read from.
  const indicators = (await rt.call('getIndicators', { year: YEAR }, OFFICIAL)).body.data.communities;
  const ratesSheet = book.getWorksheet('知晓率与满意度')!;
  const header = headerOf(ratesSheet);
  const rates = rowsOf(ratesSheet);
  const cell = (community: string, title: string) => rates.get(community)![header.indexOf(title)];
  const b = indicators.find((c: any) => c.communityId === BEIYUAN);
  expect([cell('北园社区', '已收问卷'), cell('北园社区', '计入比率的问卷')]).toEqual([62, b.awareness.n]);
  expect(b.awareness.n).toBe(60);
  const options = (question: string, labels: string[]) => labels.map((l) => cell('北园社区', `${question}：${l}`));
  expect(options('知晓', ['知道', '听说过', '不知道'])).toEqual([51, 0, 9]);
  expect(options('满意度', ['满意', '比较满意', '基本满意', '不太满意', '不满意', '说不清'])).toEqual([48, 0, 0, 0, 0, 12]);
  for (const [name, rate] of [
    ['群众知晓率', b.awareness],
    ['群众满意度', b.satisfaction],
  ] as const) {
    expect([cell('北园社区', name), cell('北园社区', `${name}95%区间下限`), cell('北园社区', `${name}95%区间上限`)]).toEqual([
      rate.rate,
      ...rate.ci95,
    ]);
    expect(cell('北园社区', `${name}结论`)).toBe({ met: '达标', missed: '未达标', unsettled: '样本不足以确认' }[rate.verdict as string]);
  }
  // 51/60 = 0.85 exactly: never confidently above 85%; 48/60 = 0.8.
  expect([b.awareness.rate, b.satisfaction.rate, cell('北园社区', '群众知晓率结论')]).toEqual([0.85, 0.8, '样本不足以确认']);
  // Junan: 7 answers, withheld: the count only.
  expect(indicators.find((c: any) => c.communityId === JUNAN)).toMatchObject({ responses: 7, suppressed: true });
  expect([
    cell('桔南社区', '已收问卷'),
    cell('桔南社区', '计入比率的问卷'),
    cell('桔南社区', '知晓：知道'),
    cell('桔南社区', '群众知晓率'),
  ]).toEqual([7, '不足10份，不公布', undefined, undefined]);
});
