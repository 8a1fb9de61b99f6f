// The workbook's 数据质量 sheet, downloaded through the local runtime and re-opened with exceljs, on a scripted round
// (fast answers, one without a startToken, a burst of 25, assisted and paper entries by two workers, volunteers who
// left phone numbers): every figure equals getQualityReport's for the same data, worked out by hand for Junan; a
// 说明 row explains the flags; no openid and no phone number is written anywhere in the workbook.
import { Workbook, type Worksheet } from 'exceljs';
import { useRuntime } from '../../support/local-runtime';
import {
  ADMIN,
  BEIYUAN,
  clock,
  JUNAN,
  NAMES,
  OFFICIAL,
  publish,
  startProjectRuntime,
  WORKER,
  WORKER_2,
  YEAR,
} from '../../support/projects';

const time = clock();
const rt = useRuntime(() => startProjectRuntime(time.now));
// 45 answers through HTTP and exceljs loading, on a busy machine.
jest.setTimeout(60_000);

const at = (iso: string) => time.set(`${YEAR}-06-01T${iso}Z`);
const plus = (iso: string, seconds: number) => new Date(Date.parse(`${YEAR}-06-01T${iso}Z`) + seconds * 1000).toISOString().slice(11, 23);
const values = (row: { values: unknown }) => (row.values as unknown[]).slice(1); // exceljs rows are 1-based

/** A resident answers `communityId`: opens the survey `secondsBefore` before submitting at `iso`, or sends no token. */
async function selfAnswer(communityId: string, who: string, iso: string, secondsBefore: number | null, answers: Record<string, string>) {
  let startToken: string | undefined;
  if (secondsBefore !== null) {
    at(plus(iso, -secondsBefore));
    startToken = (await rt.call('getSurvey', { communityId }, who)).body.data.startToken;
  }
  at(iso);
  const res = await rt.call('submitResponse', { communityId, answers, ...(startToken ? { startToken } : {}) }, who);
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
}

const PHONES = ['13800138000', '13912345678'];
const RESIDENTS = [
  ...Array.from({ length: 10 }, (_, i) => `resident-spread-${i}`),
  ...Array.from({ length: 25 }, (_, i) => `resident-burst-${i}`),
];

/**
 * Junan, 40 answers (a multiple of 5, so the open round's rates are over all 40):
 * - 10 spread-out self answers, 01:00 to 05:30 UTC every 30 min; i < 5 aware (else unaware), i < 4 satisfied (else
 *   dissatisfied); i = 0, 1, 2 answered 5 s after opening (fast), i = 9 without a startToken, the rest after 60 s.
 * - a burst: 25 self answers 12:00:00 to 12:08:00 UTC (20:00–20:08 in Asia/Shanghai), one every 20 s, each 30 s
 *   after opening; all aware and satisfied.
 * - 2 assisted by 王芳 (WORKER) at 14:00 and 14:30, 60 s after opening (aware/satisfied, unaware/dissatisfied).
 * - 3 paper forms: JN-0 and JN-1 by 王芳, JN-2 by 李娜 (WORKER_2) (heard/fairly_satisfied, unaware/unsure,
 *   aware/basically_satisfied).
 * Beiyuan: 3 self answers without a startToken. Junan's volunteers: two residents, one of them on two projects,
 * both leaving a phone number.
 */
async function scriptRound() {
  for (let i = 0; i < 10; i++) {
    const answers = { awareness: i < 5 ? 'aware' : 'unaware', satisfaction: i < 4 ? 'satisfied' : 'dissatisfied' };
    await selfAnswer(JUNAN, RESIDENTS[i], plus('01:00:00.000', i * 30 * 60), i < 3 ? 5 : i === 9 ? null : 60, answers);
  }
  for (let i = 0; i < 25; i++) {
    await selfAnswer(JUNAN, RESIDENTS[10 + i], plus('12:00:00.000', i * 20), 30, { awareness: 'aware', satisfaction: 'satisfied' });
  }
  const assisted = [
    { room: '101', answers: { awareness: 'aware', satisfaction: 'satisfied' }, iso: '14:00:00.000' },
    { room: '102', answers: { awareness: 'unaware', satisfaction: 'dissatisfied' }, iso: '14:30:00.000' },
  ];
  for (const a of assisted) {
    at(plus(a.iso, -60));
    const { startToken } = (await rt.call('getSurvey', { communityId: JUNAN }, WORKER)).body.data;
    at(a.iso);
    const household = { building: '1幢', unit: '1单元', room: a.room };
    const res = await rt.call(
      'submitAssistedResponse',
      { communityId: JUNAN, household, answers: a.answers, consent: true, startToken },
      WORKER,
    );
    expect(res.status).toBe(200);
  }
  const forms = [
    { awareness: 'heard', satisfaction: 'fairly_satisfied' },
    { awareness: 'unaware', satisfaction: 'unsure' },
    { awareness: 'aware', satisfaction: 'basically_satisfied' },
  ];
  for (const [k, answers] of forms.entries()) {
    at(plus('15:00:00.000', k * 10));
    const res = await rt.call('submitPaperResponse', { communityId: JUNAN, serial: `JN-${k}`, answers }, k < 2 ? WORKER : WORKER_2);
    expect(res.status).toBe(200);
  }
  for (let i = 0; i < 3; i++) {
    await selfAnswer(BEIYUAN, `resident-beiyuan-${i}`, plus('16:00:00.000', i * 3600), null, {
      awareness: 'aware',
      satisfaction: 'satisfied',
    });
  }
  at('17:00:00.000');
  const canteen = await publish(rt);
  const patrol = await publish(rt, { category: 'public_safety', title: '平安巡逻', summary: '夜间巡逻' });
  for (const [projectId, who, phone] of [
    [canteen.id, 'resident-volunteer-1', PHONES[0]],
    [patrol.id, 'resident-volunteer-1', PHONES[0]],
    [patrol.id, 'resident-volunteer-2', '+86 139-1234-5678'],
  ]) {
    expect((await rt.call('joinProject', { projectId, as: 'volunteer', phone, phoneConsent: true }, who)).status).toBe(200);
  }
  time.set(`${YEAR}-12-01T01:00:00.000Z`);
}

async function download(who: string): Promise<Workbook> {
  const res = await rt.call('exportScorecards', { year: YEAR }, who);
  expect(res.status).toBe(200);
  const file = await fetch(rt.url + res.body.data.url);
  expect(file.status).toBe(200);
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as any);
  return book;
}

/** The sheet's rows under its header (row 3, under the title and the 说明), keyed by the community's name. */
function rowsOf(sheet: Worksheet): Map<unknown, unknown[]> {
  const rows = new Map<unknown, unknown[]>();
  sheet.eachRow((row, r) => void (r > 3 && rows.set(values(row)[0], values(row))));
  return rows;
}

const HEADER = [
  '社区',
  '区县(功能区)',
  '已收问卷',
  '本人填写',
  '入户代填',
  '纸质问卷',
  '代录人员（入户代填/纸质）',
  '用时不足8秒',
  '用时未知',
  '集中提交（北京时间）',
  '集中提交中的问卷',
  '标记问卷',
  '计入比率的问卷',
  '群众知晓率（含标记）',
  '群众满意度（含标记）',
  '剔除的标记问卷',
  '剔除后问卷',
  '群众知晓率（剔除标记）',
  '群众满意度（剔除标记）',
  '志愿者人数',
  '志愿者（不少于20人）',
];

test('数据质量 holds getQualityReport’s figures, explains the flags, and writes no openid nor phone number', async () => {
  await scriptRound();
  const book = await download(OFFICIAL);
  const sheet = book.getWorksheet('数据质量')!;
  expect(sheet).toBeDefined();

  // Title, then the 说明 row merged across the table, then the header (frozen under both).
  expect(String(sheet.getCell('A1').value)).toBe(`${YEAR}年幸福社区测评 · 数据质量  导出时间 ${YEAR}-12-01 09:00（北京时间）`);
  const note = String(sheet.getCell('A2').value);
  expect(sheet.getCell(2, HEADER.length).isMerged).toBe(true);
  expect(sheet.getCell(2, HEADER.length + 1).isMerged).toBe(false);
  for (const phrase of ['不会删除', '用时不足8秒', '不足8秒', '用时未知', '开始凭证', '10分钟内收到超过20份', '不含联系电话']) {
    expect(note).toContain(phrase);
  }
  // Excel does not grow a merged row to its text: the 说明 row is set tall enough. The table is 216 characters wide
  // (12 + 12 + 4 × 8 + 26 + 8 + 8 + 24 + 3 × 8 + 2 × 9 + 2 × 8 + 2 × 9 + 8 + 10), a Chinese character takes two, so
  // the note's lines are ⌈units / 216⌉, each 15 pt.
  const units = [...note].reduce((sum, ch) => sum + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
  expect(units).toBeGreaterThan(216 * 2); // three lines at least
  expect(sheet.getRow(2).height).toBeGreaterThanOrEqual(15 * Math.ceil(units / 216));
  expect(values(sheet.getRow(3))).toEqual(HEADER);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'landscape' });
  expect(sheet.getCell(4, HEADER.length).border).toMatchObject({ top: { style: 'thin' }, right: { style: 'thin' } });

  const report = (await rt.call('getQualityReport', { year: YEAR }, OFFICIAL)).body.data;
  const rows = rowsOf(sheet);
  // One row per community in the export's scope, the same communities getQualityReport answers the official.
  expect([...rows.keys()].sort()).toEqual(report.communities.map((c: { name: string }) => c.name).sort());
  const assessments = (await rt.call('listAssessments', { year: YEAR }, OFFICIAL)).body.data.assessments;

  for (const q of report.communities) {
    const row = rows.get(q.name)!;
    const cell = (title: string) => row[HEADER.indexOf(title)];
    const withheld = (r: { rate: number } | null, text: string) => (r ? r.rate : text);
    const shown = q.rates.shownAt !== null;
    expect(cell('区县(功能区)')).toBe(assessments.find((a: { communityId: string }) => a.communityId === q.communityId).district);
    expect([cell('已收问卷'), cell('本人填写'), cell('入户代填'), cell('纸质问卷')]).toEqual([
      q.responses,
      q.channels.self,
      q.channels.assisted,
      q.channels.paper,
    ]);
    expect(cell('代录人员（入户代填/纸质）')).toBe(
      q.workers.length ? q.workers.map((w: any) => `${w.label}：入户代填 ${w.assisted}，纸质 ${w.paper}`).join('\n') : '无',
    );
    expect([cell('用时不足8秒'), cell('用时未知'), cell('集中提交中的问卷'), cell('标记问卷')]).toEqual([
      q.fast,
      q.unknownDuration,
      q.inBursts,
      q.flagged,
    ]);
    expect((cell('集中提交（北京时间）') as string).split('\n').length).toBe(Math.max(1, q.bursts.length));
    expect(cell('计入比率的问卷')).toBe(shown ? q.rates.shownAt : '不足10份，不公布');
    expect([cell('群众知晓率（含标记）'), cell('群众满意度（含标记）')]).toEqual([
      withheld(q.rates.withFlagged.awareness, '不足10份，不公布'),
      withheld(q.rates.withFlagged.satisfaction, '不足10份，不公布'),
    ]);
    const left = shown ? '剔除后不足10份，不公布' : '不足10份，不公布';
    expect([cell('剔除的标记问卷'), cell('剔除后问卷'), cell('群众知晓率（剔除标记）'), cell('群众满意度（剔除标记）')]).toEqual([
      shown ? q.rates.withoutFlagged.excluded : undefined,
      shown ? q.rates.withoutFlagged.n : undefined,
      withheld(q.rates.withoutFlagged.awareness, left),
      withheld(q.rates.withoutFlagged.satisfaction, left),
    ]);
    expect(cell('志愿者人数')).toBe(q.volunteers.count);
    expect(cell('志愿者（不少于20人）')).toBe(q.volunteers.meets ? '达标' : `未达标（差${20 - q.volunteers.count}人）`);
  }

  // Junan by hand. 10 spread + 25 burst = 35 self, 2 assisted, 3 paper; 王芳 entered 2 assisted + 2 paper, 李娜 1 paper.
  // Fast: spread i = 0, 1, 2; unknown: spread i = 9. The burst 12:00–12:08 UTC is 20:00–20:08 in Asia/Shanghai.
  // Flagged 25 + 3 = 28. With them (n 40): aware or heard 25 + 5 + 1 + 2 = 33, satisfied… 25 + 4 + 1 + 2 = 32.
  // Without them, 12 left (spread i = 3..9, 2 assisted, 3 paper): aware or heard 2 + 1 + 2 = 5, satisfied… 1 + 1 + 2 = 4.
  // Volunteers: two residents (one on two projects) against 20: 18 short.
  expect(rows.get('桔南社区')!.slice(2)).toEqual([
    40,
    35,
    2,
    3,
    `社区工作者 ${NAMES.worker}：入户代填 2，纸质 2\n社区工作者 李娜：入户代填 0，纸质 1`,
    3,
    1,
    `${YEAR}-06-01 20:00–20:08，25份`,
    25,
    28,
    40,
    33 / 40,
    32 / 40,
    28,
    12,
    5 / 12,
    4 / 12,
    2,
    '未达标（差18人）',
  ]);
  // Beiyuan: 3 answers without a token, all of unknown duration; below 10, no rate shows, with or without flags.
  expect(rows.get('北园社区')!.slice(2)).toEqual([
    3,
    3,
    0,
    0,
    '无',
    0,
    3,
    '无',
    0,
    0,
    '不足10份，不公布',
    '不足10份，不公布',
    '不足10份，不公布',
    undefined,
    undefined,
    '不足10份，不公布',
    '不足10份，不公布',
    0,
    '未达标（差20人）',
  ]);
  // The rates are shown as percentages.
  expect(sheet.getCell(4, HEADER.indexOf('群众知晓率（含标记）') + 1).numFmt).toBe('0.00%');

  // No openid and no phone number in any cell of any sheet (the phone numbers as left and as stored).
  const cells: string[] = [];
  book.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value)))));
  const openids = [OFFICIAL, ADMIN, WORKER, WORKER_2, ...RESIDENTS, 'resident-volunteer-1', 'resident-volunteer-2', 'resident-beiyuan-0'];
  for (const id of openids) expect(cells.filter((c) => c.includes(id))).toEqual([]);
  // A mobile number anywhere in a cell's text (not the digits of a rate such as 0.4166666666666667), or its parts as typed.
  expect(cells.filter((c) => /(?<![\d.])1[3-9]\d{9}(?!\d)|139-1234|1234-5678/.test(c))).toEqual([]);
  for (const phone of PHONES) expect(cells.filter((c) => c.includes(phone))).toEqual([]);
  // The officials' workbook names the workers, never the worker's openid: the same label getQualityReport answers.
  expect(JSON.stringify(report)).not.toContain(WORKER);
});

test('an admin’s workbook has the same 数据质量 rows as the admin’s getQualityReport, and no contact', async () => {
  await scriptRound();
  const sheet = (await download(ADMIN)).getWorksheet('数据质量')!;
  const report = (await rt.call('getQualityReport', { year: YEAR }, ADMIN)).body.data;
  const rows = rowsOf(sheet);
  expect(rows.size).toBe(report.communities.length);
  const junan = report.communities.find((c: { communityId: string }) => c.communityId === JUNAN);
  expect(rows.get('桔南社区')!.slice(2, 4)).toEqual([junan.responses, junan.channels.self]);
  expect(rows.get('桔南社区')![HEADER.indexOf('志愿者人数')]).toBe(junan.volunteers.count);
  const cells: string[] = [];
  sheet.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
  for (const phone of PHONES) expect(cells.filter((c) => c.includes(phone))).toEqual([]);
});
