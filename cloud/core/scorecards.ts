// The scorecard workbook (XLSX, exceljs), ready for a report: 总表 with one row per community, one sheet per community
// with every item (state, points, source, note, override reason, assessor and time), 二类项目评价 with each evaluated
// project's six aspects and ratio, 知晓率与满意度 with each round's option counts, rates, intervals and verdicts, and
// 数据质量 with getQualityReport's channels, entries per worker, flags, rates with and without the flagged answers and
// volunteers (a 说明 row under its title explains the flags).
// Every sheet has a title row, its header frozen under it (and repeated on each printed page), borders, wrapped text,
// and an A4 page setup fitting the width. Item ids are written as the app writes them (Ⅱ-10.2).
import type { Workbook, Worksheet } from 'exceljs';
import { round2, stateIndicators, type TItemScore } from '../../rubric';
import {
  ASPECTS,
  categoryName,
  displayId,
  staffLabel,
  BURST_MORE_THAN,
  BURST_WINDOW_MS,
  FAST_ANSWER_MS,
  SHOWN_FROM,
  SNAPSHOT_STEP,
  VOLUNTEER_TARGET,
  STANDARD,
  SURVEY_QUESTIONS,
  type RateName,
  type TAssessment,
  type TBurst,
  type TCommunityQuality,
  type TRate,
} from '../contract';
import type { Tally } from '../store/types';

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
/** '2026-12-01T04:05:00Z' → '2026-12-01 12:05' (Asia/Shanghai, UTC+8 all year). */
export function shanghaiStamp(at: Date | string): string {
  const t = typeof at === 'string' ? new Date(at).getTime() : at.getTime();
  if (Number.isNaN(t)) return String(at);
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

const STORED = /^scorecards-(\d{4})-(\d{4})(\d{2})(\d{2})\d{6}-[0-9a-f]{8}\.xlsx$/;

/** The name a workbook is downloaded and saved under: 2026年幸福社区测评_2026-12-01.xlsx (the export's day in Asia/Shanghai). */
export const scorecardsTitle = (year: number, day: string) => `${year}年幸福社区测评_${day}.xlsx`;

/**
 * The name it is stored under (a URL path, a cloud storage key): ASCII, with the year and the Asia/Shanghai time of
 * the export, and 32 random bits so that only whom the call answered knows it.
 */
export function storedScorecardsName(year: number, at: Date, random: string): string {
  const stamp = shanghaiStamp(at).replace(/\D/g, '') + new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(17, 19);
  return `scorecards-${year}-${stamp}-${random}.xlsx`;
}

/** The download name of a stored workbook (null for any other file): what GET /exports/<file> offers to save it as. */
export function downloadNameOf(stored: string): string | null {
  const m = STORED.exec(stored);
  return m ? scorecardsTitle(Number(m[1]), `${m[2]}-${m[3]}-${m[4]}`) : null;
}

/** The workbook's Chinese text, in one place. */
const SCORECARD_TEXT = {
  title: (year: number) => `${year}年幸福社区测评`,
  exportedAt: (stamp: string) => `导出时间 ${stamp}（北京时间）`,
  summarySheet: '总表',
  secondSheet: '二类项目评价',
  ratesSheet: '知晓率与满意度',
  community: '社区',
  district: '区县(功能区)',
  responses: '已收问卷',
  withheld: `不足${SHOWN_FROM}份，不公布`,
  rate: { awareness: '群众知晓率', satisfaction: '群众满意度' } as Record<RateName, string>,
  count: '人数',
  n: '有效问卷',
  low: '95%区间下限',
  high: '95%区间上限',
  verdictOf: '结论',
  rateVerdicts: { met: '达标', missed: '未达标', unsettled: '样本不足以确认' } as Record<TRate['verdict'], string>,
  firstClass: STANDARD.classes.first.name,
  secondClass: STANDARD.classes.second.name,
  total: '总分',
  verdict: '结论',
  finalAt: '终期验收',
  itemColumns: ['编号', '测评内容', '状态', '得分', '满分', '来源', '说明', '人工评定理由', '评定人', '评定时间'],
  source: { manual: '人工评定', rates: '按比率', none: '未评定', projects: '第三方项目评价' },
  sampleShort: (n: number, min: number) => `未评定（样本不足 ${n}/${min}）`,
  projectColumns: [
    '社区',
    '区县(功能区)',
    '项目类别',
    '项目名称',
    ...ASPECTS.map((a) => `${a.name}(分)`),
    '六项平均(分)',
    '得分率',
    '二类得分',
  ],
  projectsTotal: '合计',
  projectsCount: (k: number) => `已评估项目 ${k} 个`,
  noProjects: '暂无已评估项目',
  untitled: '（项目已删除）',
  shownN: '计入比率的问卷',
  option: (question: string, label: string) => `${question}：${label}`,
  questionShort: { awareness: '知晓', satisfaction: '满意度' } as Record<string, string>,
  qualitySheet: '数据质量',
  qualityColumns: [
    '社区',
    '区县(功能区)',
    '已收问卷',
    '本人填写',
    '入户代填',
    '纸质问卷',
    '代录人员（入户代填/纸质）',
    `用时不足${FAST_ANSWER_MS / 1000}秒`,
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
    `志愿者（不少于${VOLUNTEER_TARGET}人）`,
  ],
  workerEntries: (label: string, assisted: number, paper: number) => `${label}：入户代填 ${assisted}，纸质 ${paper}`,
  burst: (span: string, count: number) => `${span}，${count}份`,
  none: '无',
  withheldLeft: `剔除后不足${SHOWN_FROM}份，不公布`,
  volunteersMet: '达标',
  volunteersShort: (short: number) => `未达标（差${short}人）`,
  qualityNote:
    `说明：以下标记只提示需要核查，被标记的问卷不会删除，仍计入已收问卷和“含标记”的比率。` +
    `用时不足${FAST_ANSWER_MS / 1000}秒：从打开问卷到提交不足${FAST_ANSWER_MS / 1000}秒（本人填写和入户代填）；` +
    `用时未知：提交时没有有效的开始凭证，无法计算用时（纸质问卷没有用时，两项都不计）；` +
    `集中提交：同一社区${BURST_WINDOW_MS / 60_000}分钟内收到超过${BURST_MORE_THAN}份问卷，列出起止时间和份数。` +
    `“剔除标记”的比率去掉用时不足${FAST_ANSWER_MS / 1000}秒和集中提交中的问卷（用时未知的不去掉），` +
    `与“含标记”的比率读同一批问卷；剩余不足${SHOWN_FROM}份不公布。` +
    `志愿者人数为今年以志愿者身份参加本社区项目的居民（每人计一次），不含联系电话。`,
  privacy: `未终期验收的社区，比率按最近的${SNAPSHOT_STEP}份整倍数问卷计算；不足${SHOWN_FROM}份问卷只公布份数。`,
};

const PERCENT = '0.00%';
const POINTS = '0.00';
type Cell = string | number | null;

/** What the workbook is built from: the assessments as getAssessment answers them, and what they do not carry. */
export interface ScorecardSources {
  year: number;
  /** When the export was made (the title's time). */
  at: Date;
  assessments: TAssessment[];
  /** Titles of the year's projects, by id (the 二类 sheet names each evaluated project). */
  projectTitles: ReadonlyMap<string, string>;
  /** Each community's option counts as shown (community-rates.ts shownCounts: null while withheld). */
  optionCounts: ReadonlyMap<string, Tally['counts'] | null>;
  /** The communities' data quality as getQualityReport answers it (handlers/fieldwork.ts qualityOf). */
  quality: TCommunityQuality[];
}

/** Excel refuses sheet names over 31 characters or with []:*?/\; two communities may share a name. */
function sheetNames(assessments: TAssessment[]): string[] {
  const t = SCORECARD_TEXT;
  const used = new Set<string>([t.summarySheet, t.secondSheet, t.ratesSheet, t.qualitySheet]);
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

const thin = { style: 'thin' as const, color: { argb: 'FF8A9A9E' } };

/**
 * The sheet's look for print and screen: a title row over every column, the header frozen under it and repeated on
 * each printed page, borders and wrapped text on every cell, A4 fitting the width (as many pages down as it takes).
 */
function sheet(book: Workbook, name: string, title: string, header: Cell[], note?: string): Worksheet {
  const ws = book.addWorksheet(name);
  ws.addRow([title]);
  if (note) ws.addRow([note]);
  ws.addRow(header);
  return ws;
}

/** `noted`: the sheet has a 说明 row under its title (sheet(…, note)), so its header is row 3. */
function finish(ws: Worksheet, widths: number[], formats: (string | null)[] = [], noted = false) {
  const columns = widths.length;
  const headRow = noted ? 3 : 2;
  ws.mergeCells(1, 1, 1, columns);
  const titleRow = ws.getRow(1);
  titleRow.height = 28;
  titleRow.getCell(1).font = { bold: true, size: 14 };
  titleRow.getCell(1).alignment = { horizontal: 'left', vertical: 'middle' };
  if (noted) {
    ws.mergeCells(2, 1, 2, columns);
    const noteRow = ws.getRow(2);
    // Excel does not grow a merged row to its wrapped text: tall enough for its lines across the merged width (a
    // column's width counts characters of the default font; a Chinese character takes two), one line spare.
    const text = String(noteRow.getCell(1).value);
    const across = widths.reduce((sum, w) => sum + w, 0);
    const units = [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
    noteRow.height = 15 * (Math.ceil(units / across) + 1);
    noteRow.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  }
  const head = ws.getRow(headRow);
  head.font = { bold: true };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  formats.forEach((fmt, i) => fmt && (ws.getColumn(i + 1).numFmt = fmt));
  ws.eachRow((row, r) => {
    if (r < headRow) return;
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (r === headRow) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE1F1F5' } };
    }
  });
  const first = `A${headRow + 1}`;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headRow, topLeftCell: first, activeCell: first }];
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: columns > 8 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `1:${headRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
}

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
    ...indicators.map((ind) => `${displayId(ind.id)} ${ind.name}`),
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
    a.lock ? shanghaiStamp(a.lock.at).slice(0, 10) : null, // a locked year's figures are those stored with its final acceptance
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
  const widths = header.map((_, i) => (i < 2 ? 14 : i >= 13 && i < 13 + indicators.length ? 10 : 9));
  return { header, rows, formats, widths };
}

/** 人工评定 or 按比率 for an item with a state; 未评定 (with why, for a short sample) for one without. */
function sourceOf(s: TItemScore | undefined): string {
  const t = SCORECARD_TEXT;
  if (!s) return t.source.projects; // 二类 items are scored through the projects
  if (s.state === null) return s.sampleShort ? t.sampleShort(s.sampleShort.n, s.sampleShort.min) : t.source.none;
  return s.source === 'rates' ? t.source.rates : t.source.manual;
}

function itemRows(a: TAssessment): Cell[][] {
  const scored = new Map<string, TItemScore>(a.score.items.map((i) => [i.id, i]));
  const saved = new Map(a.items.map((i) => [i.id, i]));
  return STANDARD.indicators.flatMap((ind) =>
    ind.items.map((item): Cell[] => {
      const s = scored.get(item.id);
      const got = saved.get(item.id);
      return [
        displayId(item.id),
        item.text,
        s?.state ?? null,
        s?.points ?? null,
        s?.max ?? null,
        sourceOf(s),
        got?.note || null,
        got?.reason || null,
        got ? staffLabel(got.setBy) : null,
        got ? shanghaiStamp(got.setAt) : null,
      ];
    }),
  );
}

/** A project's mean of its six to hundredths (half up, as the rubric rounds) and its ratio as that mean / 100. */
export function projectFigures(aspects: Readonly<Record<string, number>>): { mean: number; ratio: number } {
  const mean = round2(ASPECTS.reduce((sum, a) => sum + aspects[a.id], 0) / ASPECTS.length);
  return { mean, ratio: Math.round(mean * 100) / 10000 };
}

function projectRows(assessments: TAssessment[], titles: ReadonlyMap<string, string>): Cell[][] {
  const t = SCORECARD_TEXT;
  const blanks = ASPECTS.map(() => null);
  return assessments.flatMap((a) => {
    const head = [a.name, a.district];
    if (a.projects.length === 0) return [[...head, t.projectsTotal, t.noProjects, ...blanks, null, null, a.score.secondClass]];
    const rows = a.projects.map((p): Cell[] => {
      const { mean, ratio } = projectFigures(p.aspects);
      const title = p.id ? (titles.get(p.id) ?? t.untitled) : t.untitled;
      return [...head, categoryName(p.category), title, ...ASPECTS.map((x) => p.aspects[x.id]), mean, ratio, null];
    });
    // The mean of the projects' unrounded ratios (what 二类 is 40 × of), to four places.
    const sixMean = (p: (typeof a.projects)[number]) => ASPECTS.reduce((sum, x) => sum + p.aspects[x.id], 0) / ASPECTS.length;
    const meanRatio = Math.round((a.projects.reduce((sum, p) => sum + sixMean(p), 0) / a.projects.length) * 100) / 10000;
    return [...rows, [...head, t.projectsTotal, t.projectsCount(a.projects.length), ...blanks, null, meanRatio, a.score.secondClass]];
  });
}

function rateRows(assessments: TAssessment[], optionCounts: ReadonlyMap<string, Tally['counts'] | null>) {
  const t = SCORECARD_TEXT;
  const rates: RateName[] = ['awareness', 'satisfaction'];
  const questionOf = (rate: RateName) => SURVEY_QUESTIONS.find((q) => q.id === rate)!;
  const header: Cell[] = [t.community, t.district, t.responses, t.shownN];
  const formats: (string | null)[] = [null, null, null, null];
  for (const rate of rates) {
    for (const o of questionOf(rate).options) {
      header.push(t.option(t.questionShort[rate], o.label));
      formats.push(null);
    }
    header.push(t.rate[rate], `${t.rate[rate]}${t.low}`, `${t.rate[rate]}${t.high}`, `${t.rate[rate]}${t.verdictOf}`);
    formats.push(PERCENT, PERCENT, PERCENT, null);
  }
  const rows = assessments.map((a): Cell[] => {
    const counts = optionCounts.get(a.communityId) ?? null;
    const shown = a.suppressed || counts === null ? null : counts;
    const n = a.rates.awareness?.n ?? a.rates.satisfaction?.n ?? null;
    const row: Cell[] = [a.name, a.district, a.responses, shown ? n : t.withheld];
    for (const rate of rates) {
      const r = a.rates[rate];
      for (const o of questionOf(rate).options) row.push(shown ? (shown[rate]?.[o.id] ?? 0) : null);
      row.push(r ? r.rate : null, r ? r.ci95[0] : null, r ? r.ci95[1] : null, r ? t.rateVerdicts[r.verdict] : null);
    }
    return row;
  });
  const widths = header.map((_, i) => (i < 2 ? 14 : 8));
  return { header, rows, formats, widths };
}

/** A burst's first and last answer in Asia/Shanghai: 2026-06-01 20:00–20:08 (the end's day only when it differs). */
export function burstSpan(b: Pick<TBurst, 'start' | 'end'>): string {
  const [start, end] = [shanghaiStamp(b.start), shanghaiStamp(b.end)];
  return `${start}–${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end}`;
}

/** One row per community: how its answers arrived and what is flagged, both rates, the volunteers against the target. */
function qualityRows(quality: TCommunityQuality[], assessments: TAssessment[]): Cell[][] {
  const t = SCORECARD_TEXT;
  const districts = new Map(assessments.map((a) => [a.communityId, a.district]));
  const rate = (r: TRate | null, withheld: string): Cell => (r ? r.rate : withheld);
  return quality.map((q): Cell[] => {
    const { withFlagged, withoutFlagged } = q.rates;
    const shown = q.rates.shownAt !== null;
    return [
      q.name,
      districts.get(q.communityId) ?? null,
      q.responses,
      q.channels.self,
      q.channels.assisted,
      q.channels.paper,
      q.workers.length ? q.workers.map((w) => t.workerEntries(w.label, w.assisted, w.paper)).join('\n') : t.none,
      q.fast,
      q.unknownDuration,
      q.bursts.length ? q.bursts.map((b) => t.burst(burstSpan(b), b.count)).join('\n') : t.none,
      q.inBursts,
      q.flagged,
      shown ? q.rates.shownAt : t.withheld,
      rate(withFlagged.awareness, t.withheld),
      rate(withFlagged.satisfaction, t.withheld),
      shown ? withoutFlagged.excluded : null,
      shown ? withoutFlagged.n : null,
      rate(withoutFlagged.awareness, shown ? t.withheldLeft : t.withheld),
      rate(withoutFlagged.satisfaction, shown ? t.withheldLeft : t.withheld),
      q.volunteers.count,
      q.volunteers.meets ? t.volunteersMet : t.volunteersShort(q.volunteers.target - q.volunteers.count),
    ];
  });
}

/** The workbook's bytes. */
export async function buildScorecards({
  year,
  at,
  assessments,
  projectTitles,
  optionCounts,
  quality,
}: ScorecardSources): Promise<Uint8Array> {
  // Required on use, not imported: every function's bundle holds this module, and only this call
  // should pay for loading exceljs (a require, since the bundles are CommonJS run without ESM loaders).
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const book = new Workbook();
  book.creator = `${STANDARD.name} ${year}`;
  const t = SCORECARD_TEXT;
  const stamp = t.exportedAt(shanghaiStamp(at));
  const titleOf = (what: string) => `${t.title(year)} · ${what}  ${stamp}`;

  const sum = summary(assessments);
  const summarySheet = sheet(book, t.summarySheet, titleOf(t.summarySheet), sum.header);
  for (const row of sum.rows) summarySheet.addRow(row);
  finish(summarySheet, sum.widths, sum.formats);
  summarySheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3', activeCell: 'B3' }];

  const projects = sheet(book, t.secondSheet, titleOf(t.secondSheet), [...t.projectColumns]);
  for (const row of projectRows(assessments, projectTitles)) projects.addRow(row);
  const aspectFormats = ASPECTS.map(() => POINTS);
  finish(projects, [12, 12, 10, 24, ...ASPECTS.map(() => 9), 9, 9, 9], [null, null, null, null, ...aspectFormats, POINTS, PERCENT, POINTS]);

  const rates = rateRows(assessments, optionCounts);
  const ratesSheet = sheet(book, t.ratesSheet, titleOf(t.ratesSheet), rates.header);
  for (const row of rates.rows) ratesSheet.addRow(row);
  finish(ratesSheet, rates.widths, rates.formats);
  // Below the table, without borders: how the figures follow the privacy rule.
  ratesSheet.addRow([]);
  ratesSheet.addRow([t.privacy]);

  const qualitySheet = sheet(book, t.qualitySheet, titleOf(t.qualitySheet), [...t.qualityColumns], t.qualityNote);
  for (const row of qualityRows(quality, assessments)) qualitySheet.addRow(row);
  finish(
    qualitySheet,
    [12, 12, 8, 8, 8, 8, 26, 8, 8, 24, 8, 8, 8, 9, 9, 8, 8, 9, 9, 8, 10],
    [null, null, null, null, null, null, null, null, null, null, null, null, null, PERCENT, PERCENT, null, null, PERCENT, PERCENT],
    true,
  );

  const names = sheetNames(assessments);
  assessments.forEach((a, i) => {
    const ws = sheet(book, names[i], `${a.name}（${a.district}）· ${t.title(year)}  ${stamp}`, [...t.itemColumns]);
    for (const row of itemRows(a)) ws.addRow(row);
    ws.addRow([]);
    ws.addRow([t.firstClass, null, null, a.score.firstClass]);
    ws.addRow([t.secondClass, null, null, a.score.secondClass]);
    ws.addRow([t.total, null, null, a.score.total]);
    ws.addRow([t.verdict, null, null, a.score.verdictText]);
    finish(ws, [9, 48, 6, 7, 7, 12, 28, 22, 16, 16], [null, null, null, POINTS, POINTS]);
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
