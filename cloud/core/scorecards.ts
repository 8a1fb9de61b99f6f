// The scorecard workbook (XLSX, exceljs): 总表 with one row per community, and one sheet per community with every item.
import { stateIndicators, type TItemScore } from '../../rubric';
import { shanghaiDay, SHOWN_FROM, STANDARD, type TAssessment, type TRate } from '../contract';

/** The workbook's Chinese text, in one place. */
const SCORECARD_TEXT = {
  summarySheet: '总表',
  community: '社区',
  district: '区县(功能区)',
  responses: '已收问卷',
  withheld: `不足${SHOWN_FROM}份，不公布`,
  rate: { awareness: '群众知晓率', satisfaction: '群众满意度' },
  count: '人数',
  n: '有效问卷',
  low: '95%区间下限',
  high: '95%区间上限',
  firstClass: STANDARD.classes.first.name,
  secondClass: STANDARD.classes.second.name,
  total: '总分',
  verdict: '结论',
  finalAt: '终期验收',
  itemColumns: ['编号', '测评内容', '状态', '得分', '满分', '来源', '说明', '人工评定理由'],
  source: { manual: '人工评定', rates: '问卷测算', projects: '第三方项目评价' },
  sampleShort: (n: number, min: number) => `问卷测算（样本不足 ${n}/${min}）`,
} as const;

const PERCENT = '0.00%';
const POINTS = '0.00';
type Cell = string | number | null;

/** Excel refuses sheet names over 31 characters or with []:*?/\; two communities may share a name. */
function sheetNames(assessments: TAssessment[]): string[] {
  const used = new Set<string>([SCORECARD_TEXT.summarySheet]);
  return assessments.map((a) => {
    const base = a.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || a.communityId.slice(0, 28);
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}(${i})`;
    used.add(name);
    return name;
  });
}

/** A withheld rate (privacy.ts) says so in place of its figures. */
const rateCells = (r: TRate | null, suppressed: boolean): Cell[] =>
  r ? [r.rate, r.count, r.n, r.ci95[0], r.ci95[1]] : [suppressed ? SCORECARD_TEXT.withheld : null, null, null, null, null];

function summary(assessments: TAssessment[]) {
  const t = SCORECARD_TEXT;
  const indicators = stateIndicators(STANDARD);
  const rateHeaders = (name: string) => [name, `${name}${t.count}`, `${name}${t.n}`, `${name}${t.low}`, `${name}${t.high}`];
  const header = [
    t.community,
    t.district,
    t.responses,
    ...rateHeaders(t.rate.awareness),
    ...rateHeaders(t.rate.satisfaction),
    ...indicators.map((ind) => `${ind.id} ${ind.name}`),
    t.firstClass,
    t.secondClass,
    t.total,
    t.verdict,
    t.finalAt,
  ];
  const rows = assessments.map((a): Cell[] => [
    a.name,
    a.district,
    a.responses,
    ...rateCells(a.rates.awareness, a.suppressed),
    ...rateCells(a.rates.satisfaction, a.suppressed),
    ...indicators.map((ind) => a.score.indicators.find((s) => s.id === ind.id)?.points ?? null),
    a.score.firstClass,
    a.score.secondClass,
    a.score.total,
    a.score.verdictText,
    a.lock ? shanghaiDay(a.lock.at) : null, // a locked year's figures are those stored with its final acceptance
  ]);
  const formats = [
    null,
    null,
    null,
    ...[0, 1].flatMap(() => [PERCENT, null, null, PERCENT, PERCENT]),
    ...indicators.map(() => POINTS),
    POINTS,
    POINTS,
    POINTS,
    null,
    null,
  ];
  return { header, rows, formats };
}

function itemRows(a: TAssessment): Cell[][] {
  const t = SCORECARD_TEXT;
  const scored = new Map<string, TItemScore>(a.score.items.map((i) => [i.id, i]));
  const saved = new Map(a.items.map((i) => [i.id, i]));
  return STANDARD.indicators.flatMap((ind) =>
    ind.items.map((item): Cell[] => {
      const s = scored.get(item.id);
      // 二类 items are scored through the projects.
      const source = !s ? t.source.projects : s.sampleShort ? t.sampleShort(a.responses, s.sampleShort.min) : t.source[s.source];
      const { note = null, reason = null } = saved.get(item.id) ?? {};
      return [item.id, item.text, s?.state ?? null, s?.points ?? null, s?.max ?? null, source, note, reason];
    }),
  );
}

/** The workbook's bytes. */
export async function buildScorecards(year: number, assessments: TAssessment[]): Promise<Uint8Array> {
  // Required on use, not imported: every function's bundle holds this module, and only this call
  // should pay for loading exceljs (a require, since the bundles are CommonJS run without ESM loaders).
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const book = new Workbook();
  book.creator = `${STANDARD.name} ${year}`;
  const t = SCORECARD_TEXT;

  const sum = summary(assessments);
  const sheet = book.addWorksheet(t.summarySheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.addRow(sum.header).font = { bold: true };
  for (const row of sum.rows) sheet.addRow(row);
  sum.formats.forEach((fmt, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = i < 2 ? 16 : 12;
    if (fmt) column.numFmt = fmt;
  });

  const names = sheetNames(assessments);
  assessments.forEach((a, i) => {
    const ws = book.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...t.itemColumns]).font = { bold: true };
    for (const row of itemRows(a)) ws.addRow(row);
    ws.addRow([]);
    ws.addRow([t.firstClass, null, null, a.score.firstClass]);
    ws.addRow([t.secondClass, null, null, a.score.secondClass]);
    ws.addRow([t.total, null, null, a.score.total]);
    ws.addRow([t.verdict, null, null, a.score.verdictText]);
    [10, 60, 6, 8, 8, 12, 40, 40].forEach((width, c) => (ws.getColumn(c + 1).width = width));
    for (const c of [2, 7, 8]) ws.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
