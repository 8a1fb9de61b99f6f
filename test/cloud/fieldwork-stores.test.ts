// Fieldwork and the quality report through the core's one door (api.ts handle) on both stores: the SQLite store and
// the WeChat cloud store over its stand-in database. The same scripted round gives the same figures on each.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handle } from '../../cloud/core/api';
import type { Deps } from '../../cloud/core/deps';
import { testDeps } from '../support/deps';
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import { openSqliteStore } from '../../cloud/store/sqlite';
import type { Store } from '../../cloud/store/types';
import { createCloudStore } from '../../cloud/store/wxcloud';
import { createFakeWxDatabase } from '../support/fake-wx-database';

const ADMIN = 'admin';
const WORKER = 'worker-junan';
const OFFICIAL = 'official';
const JUNAN = 'dinghai-junan';

const stores: [string, () => { store: Store; cleanup: () => void }][] = [
  [
    'SQLite',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'fieldwork-'));
      return { store: openSqliteStore(join(dir, 'xingfu.sqlite')), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  ['the WeChat cloud database (stand-in)', () => ({ store: createCloudStore(createFakeWxDatabase({ jitterSeed: 3 })), cleanup: () => {} })],
];

describe.each(stores)('on %s', (_name, make) => {
  let store: Store;
  let cleanup: () => void;
  let at = new Date('2024-06-01T00:00:00.000Z');
  let deps: Deps;
  const call = (name: string, input: unknown, openid: string) => handle(name, input, openid, deps) as Promise<any>;
  const set = (iso: string) => void (at = new Date(`2024-06-01T${iso}Z`));
  const plus = (iso: string, s: number) => new Date(Date.parse(`2024-06-01T${iso}Z`) + s * 1000).toISOString().slice(11, 23);

  beforeEach(async () => {
    ({ store, cleanup } = make());
    await store.seedCommunities(PILOT_COMMUNITIES);
    deps = testDeps(store, {
      config: { adminOpenids: new Set([ADMIN]), respondentSecret: 'fieldwork-test-key-0123456789' },
      now: () => at,
    });
    set('00:00:00.000');
    expect((await call('assignRole', { openid: WORKER, role: 'worker', communityId: JUNAN, displayName: '王芳' }, ADMIN)).ok).toBe(true);
    expect((await call('assignRole', { openid: OFFICIAL, role: 'official', displayName: '张科长' }, ADMIN)).ok).toBe(true);
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });

  test('a household and a serial answer once a round, however typed', async () => {
    const answers = { awareness: 'aware', satisfaction: 'satisfied' };
    const assisted = (household: object) =>
      call('submitAssistedResponse', { communityId: JUNAN, household, answers, consent: true }, WORKER);
    expect((await assisted({ building: '3幢', unit: '2单元', room: '301' })).ok).toBe(true);
    expect((await assisted({ building: ' ３ 幢', unit: '２单元', room: '３０１ ' })).error.code).toBe('HOUSEHOLD_ANSWERED');
    const paper = (serial: string) => call('submitPaperResponse', { communityId: JUNAN, serial, answers }, WORKER);
    expect((await paper('JN-001')).ok).toBe(true);
    expect((await paper(' jn-００１')).error.code).toBe('SERIAL_ENTERED');
    const [tally] = await store.getTallies(2024, JUNAN);
    expect(tally).toMatchObject({ responses: 2, channels: { assisted: 1, paper: 1 } });
  });

  test('a scripted burst and fast answers: the same report as worked out by hand', async () => {
    const self = async (who: string, iso: string, before: number, answers: object) => {
      set(plus(iso, -before));
      const { startToken } = (await call('getSurvey', { communityId: JUNAN }, who)).data;
      set(iso);
      expect((await call('submitResponse', { communityId: JUNAN, answers, startToken }, who)).ok).toBe(true);
    };
    // 5 spread answers an hour apart (the first two 4 s after opening: fast), aware/unsure;
    // then 21 in 5 minutes (one every 15 s, 40 s after opening), unaware/satisfied. 26 answers.
    for (let i = 0; i < 5; i++)
      await self(`s${i}`, plus('01:00:00.000', i * 3600), i < 2 ? 4 : 60, { awareness: 'aware', satisfaction: 'unsure' });
    for (let i = 0; i < 21; i++) await self(`b${i}`, plus('08:00:00.000', i * 15), 40, { awareness: 'unaware', satisfaction: 'satisfied' });
    // 4 paper forms one a second: paper entry is no burst. 30 answers in all.
    for (let i = 0; i < 4; i++) {
      set(plus('09:00:00.000', i));
      const res = await call(
        'submitPaperResponse',
        { communityId: JUNAN, serial: `P${i}`, answers: { awareness: 'heard', satisfaction: 'satisfied' } },
        WORKER,
      );
      expect(res.ok).toBe(true);
    }
    const report = await call('getQualityReport', { year: 2024, communityId: JUNAN }, OFFICIAL);
    const [q] = report.data.communities;
    expect(q).toMatchObject({
      responses: 30,
      channels: { self: 26, assisted: 0, paper: 4 },
      workers: [{ label: '社区工作者 王芳', assisted: 0, paper: 4 }],
      fast: 2,
      unknownDuration: 0,
      inBursts: 21,
      bursts: [{ start: '2024-06-01T08:00:00.000Z', end: '2024-06-01T08:05:00.000Z', count: 21, peak: 21 }],
      flagged: 23,
    });
    // Over all 30: aware or heard = 5 + 4 = 9; satisfied = 21 + 4 = 25.
    expect(q.rates.withFlagged.awareness).toMatchObject({ count: 9, n: 30 });
    expect(q.rates.withFlagged.satisfaction).toMatchObject({ count: 25, n: 30 });
    // Without the 23 flagged (2 fast, 21 burst): 3 spread + 4 paper = 7 left, below 10: withheld.
    expect(q.rates.withoutFlagged).toEqual({ n: 7, excluded: 23, awareness: null, satisfaction: null });
    // getIndicators reads the same answers from the tallies, and the channels from them.
    const [ind] = (await call('getIndicators', { communityId: JUNAN, year: 2024 }, OFFICIAL)).data.communities;
    expect(ind.awareness).toEqual(q.rates.withFlagged.awareness);
    expect(ind.channels).toEqual({ self: 26, assisted: 0, paper: 4 });

    // The workbook's 数据质量 row for Junan holds the same figures. Beyond what listAssessments reads, the export reads
    // the projects once (the titles; 数据质量 reuses them) and, for 数据质量, the answers and the participants once
    // each; the tallies the assessments read serve the option counts and 数据质量 too.
    const calls = new Map<string, number>();
    const counting = new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.set(String(key), (calls.get(String(key)) ?? 0) + 1);
          return value.apply(target, args);
        };
      },
    });
    let bytes: Uint8Array = new Uint8Array();
    const plain = deps;
    deps = { ...plain, store: counting, files: { publish: async (_name, b) => ((bytes = b), { fileId: null, url: '' }) } };
    expect((await call('listAssessments', { year: 2024 }, OFFICIAL)).ok).toBe(true);
    const listed = new Map(calls);
    calls.clear();
    expect((await call('exportScorecards', { year: 2024 }, OFFICIAL)).ok).toBe(true);
    deps = plain;
    const extra = Object.fromEntries([...calls].map(([k, n]) => [k, n - (listed.get(k) ?? 0)]).filter(([, n]) => n !== 0));
    expect(extra).toEqual({ listProjects: 1, listResponses: 1, listParticipants: 1 });
    const { Workbook } = await import('exceljs');
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(bytes) as any);
    let row: unknown[] = [];
    book
      .getWorksheet('数据质量')!
      .eachRow((r) => void ((r.values as unknown[])[1] === '桔南社区' && (row = (r.values as unknown[]).slice(1))));
    // 已收 30; 本人 26, 代填 0, 纸质 4; 王芳 4 paper; 2 fast, 0 unknown; the burst 16:00–16:05 in Asia/Shanghai, 21 in it;
    // 23 flagged; over 30: 9/30 and 25/30; 23 left out, 7 left: withheld.
    expect(row.slice(2)).toEqual([
      30,
      26,
      0,
      4,
      '社区工作者 王芳：入户代填 0，纸质 4',
      2,
      0,
      '2024-06-01 16:00–16:05，21份',
      21,
      23,
      30,
      9 / 30,
      25 / 30,
      23,
      7,
      '剔除后不足10份，不公布',
      '剔除后不足10份，不公布',
      0,
      '未达标（差20人）',
    ]);
  });
});
