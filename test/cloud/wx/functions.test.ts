// The cloud functions as WeChat runs them: the bundles `npm run build:cloud` writes, their exports.main
// called with an event and the caller's OPENID in the WeChat context; wx-server-sdk's database is the
// in-memory stand-in (test/support/fake-wx-database.ts), since the real one cannot be reached from here.
import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CALL_NAMES, CALLS } from '../../../cloud/core/registry';
import { buildCloudFunctions } from '../../../scripts/build-cloud';
import { createFakeWxDatabase } from '../../support/fake-wx-database';

const mockDb = createFakeWxDatabase();
let mockOpenid: string | undefined;
const mockStorage = new Map<string, Buffer>();
const mockChecks: { content: string; version: number; scene: number; openid: string }[] = [];

jest.mock('wx-server-sdk', () => ({
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  init: jest.fn(),
  database: () => mockDb,
  getWXContext: () => ({ OPENID: mockOpenid, APPID: 'wx-test', ENV: 'test' }),
  openapi: {
    security: {
      // v2 answers errcode 0 with result.suggest; here anything mentioning 违规 is risky.
      msgSecCheck: async (param: { content: string; version: number; scene: number; openid: string }) => {
        mockChecks.push(param);
        const suggest = param.content.includes('违规') ? 'risky' : 'pass';
        return { errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok', result: { suggest, label: suggest === 'pass' ? 100 : 20001 } };
      },
    },
  },
  uploadFile: async ({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer }) => {
    mockStorage.set(`cloud://test/${cloudPath}`, fileContent);
    return { fileID: `cloud://test/${cloudPath}`, statusCode: 200, errMsg: 'uploadFile:ok' };
  },
  getTempFileURL: async ({ fileList }: { fileList: { fileID: string; maxAge: number }[] }) => ({
    fileList: fileList.map(({ fileID, maxAge }) => ({
      fileID,
      tempFileURL: `https://tmp.example/${fileID.slice('cloud://test/'.length)}?max_age=${maxAge}`,
      maxAge,
      status: 0,
      errMsg: 'ok',
    })),
  }),
}));

// Inside the repo so the bundles' require('wx-server-sdk') resolves (to the mock above).
const OUT = resolve(__dirname, '../../../.cache/cloudfunctions-test');
type Main = (event: unknown, context?: unknown) => Promise<any>;
const fn = (name: string): Main => require(join(OUT, name, 'index.js')).main;

async function invoke(name: string, openid: string | undefined, data: Record<string, unknown> = {}) {
  mockOpenid = openid;
  // callFunction merges data into the event and adds userInfo, which the client can shape.
  return fn(name)({ ...data, userInfo: { appId: 'wx-test', openId: 'spoofed-by-client' } }, {});
}

beforeAll(async () => {
  process.env.RESPONDENT_KEY = 'test-respondent-key-0123456789';
  process.env.ADMIN_OPENIDS = 'wx-admin';
  await buildCloudFunctions(OUT);
}, 60000);

const COMMUNITY = 'putuo-lianan';
const answers = { awareness: 'heard', satisfaction: 'basically_satisfied' };

/** The admin gives `openid` a role; each test assigns the roles it uses, so any one runs alone (`-t`). */
async function assign(openid: string, role: string, communityId?: string) {
  const res = await invoke('assignRole', 'wx-admin', communityId ? { openid, role, communityId } : { openid, role });
  expect(res).toMatchObject({ ok: true });
}

test('every call of the registry is its own function folder, installing and granting what its row says and no more', () => {
  for (const name of CALL_NAMES) {
    expect(typeof fn(name)).toBe('function');
    const pkg = JSON.parse(readFileSync(join(OUT, name, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['wx-server-sdk', ...(CALLS[name].cloud.dependencies ?? [])].sort());
    const { openapi } = JSON.parse(readFileSync(join(OUT, name, 'config.json'), 'utf8')).permissions;
    expect(openapi).toEqual(CALLS[name].cloud.openapi ?? []);
    expect(readFileSync(join(OUT, name, 'index.js'), 'utf8')).not.toContain('class Workbook');
  }
});

test('the registry gives exceljs only to exportScorecards and msgSecCheck only to the calls that store residents\' text', () => {
  const withDependency = CALL_NAMES.filter((n) => (CALLS[n].cloud.dependencies ?? []).length > 0);
  const withOpenapi = CALL_NAMES.filter((n) => (CALLS[n].cloud.openapi ?? []).includes('security.msgSecCheck'));
  expect(withDependency).toEqual(['exportScorecards']);
  expect(withOpenapi.sort()).toEqual(['submitFeedback', 'submitNeed']);
});

test('identity is the OPENID of the WeChat context, never the event', async () => {
  expect(await invoke('whoami', 'wx-resident-1')).toEqual({
    ok: true,
    data: { openid: 'wx-resident-1', roles: ['resident'], communityId: null },
  });
  expect((await invoke('whoami', 'wx-admin')).data.roles).toEqual(['resident', 'admin']);
  expect(await invoke('whoami', undefined)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

test('a resident answers once; the second answer is ALREADY_SUBMITTED; an admin sees the count, and the rate from 10 answers', async () => {
  expect((await invoke('getSurvey', 'wx-resident-1', { communityId: COMMUNITY })).data.alreadyAnswered).toBe(false);
  expect(await invoke('submitResponse', 'wx-resident-1', { communityId: COMMUNITY, answers })).toMatchObject({ ok: true });
  expect(await invoke('submitResponse', 'wx-resident-1', { communityId: COMMUNITY, answers })).toMatchObject({
    ok: false,
    error: { code: 'ALREADY_SUBMITTED' },
  });
  expect((await invoke('getSurvey', 'wx-resident-1', { communityId: COMMUNITY })).data.alreadyAnswered).toBe(true);
  const indicators = async () => (await invoke('getIndicators', 'wx-admin', { communityId: COMMUNITY })).data.communities[0];
  expect(await indicators()).toEqual({ communityId: COMMUNITY, name: '莲安社区', responses: 1, suppressed: true, awareness: null, satisfaction: null });
  for (let i = 2; i <= 10; i++) expect(await invoke('submitResponse', `wx-resident-1-${i}`, { communityId: COMMUNITY, answers })).toMatchObject({ ok: true });
  expect(await indicators()).toMatchObject({
    responses: 10,
    suppressed: false,
    awareness: { count: 10, n: 10, meetsTarget: true },
    satisfaction: { count: 10, n: 10 },
  });
  expect(await invoke('getIndicators', 'wx-resident-1', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('one identity answering two communities at once: exactly one answer is stored, the others are 409s', async () => {
  const before = mockDb.peek('responses').length;
  const results = await Promise.all(
    Array.from({ length: 30 }, (_, i) => invoke('submitResponse', 'wx-racer', { communityId: i % 2 ? COMMUNITY : 'dinghai-junan', answers })),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(new Set(results.filter((r) => !r.ok).map((r) => r.error.code))).toEqual(new Set(['ALREADY_SUBMITTED', 'ANSWERED_ELSEWHERE']));
  expect(mockDb.peek('responses').length).toBe(before + 1);
});

test('responses keep no raw openid', async () => {
  await invoke('submitResponse', 'wx-resident-secret', { communityId: COMMUNITY, answers });
  const { data } = await mockDb.collection('responses').limit(1000).get();
  expect(data.length).toBeGreaterThan(0);
  expect(JSON.stringify(data)).not.toContain('wx-resident-secret');
});

test('bad input answers INVALID_INPUT with zod issues and stores nothing', async () => {
  const before = (await mockDb.collection('responses').count()).total;
  const res = await invoke('submitResponse', 'wx-resident-2', { communityId: COMMUNITY, answers: { awareness: 'yes' } });
  expect(res.ok).toBe(false);
  expect(res.error.code).toBe('INVALID_INPUT');
  expect(res.error.issues.map((i: any) => i.path)).toEqual(expect.arrayContaining(['answers.awareness', 'answers.satisfaction']));
  expect((await mockDb.collection('responses').count()).total).toBe(before);
});

test('roles assigned through assignRole hold in every function', async () => {
  expect((await invoke('assignRole', 'wx-resident-1', { openid: 'wx-worker', role: 'worker', communityId: COMMUNITY })).error.code).toBe('FORBIDDEN');
  expect((await invoke('assignRole', 'wx-admin', { openid: 'wx-worker', role: 'worker', communityId: COMMUNITY })).ok).toBe(true);
  const seen = await invoke('getIndicators', 'wx-worker', {});
  expect(seen.data.communities.map((c: any) => c.communityId)).toEqual([COMMUNITY]);
  expect((await invoke('recountIndicators', 'wx-admin', {})).data.corrections).toEqual([]);
});

test('an official saves an assessment and exports the scorecards to cloud storage, answered with a temporary link', async () => {
  await assign('wx-official', 'official');
  await assign('wx-worker', 'worker', COMMUNITY);
  expect((await invoke('saveAssessment', 'wx-worker', { communityId: COMMUNITY, year: 2024, states: { 'II-1.1': 'A' } })).error.code).toBe('FORBIDDEN');
  const saved = await invoke('saveAssessment', 'wx-official', { communityId: COMMUNITY, year: 2024, states: { 'II-1.1': 'A', 'II-1.2': 'B' } });
  // Ⅱ-1 = 3 × (100 + 66) / 300 = 1.66.
  expect(saved.data.score.indicators[0]).toEqual({ id: 'II-1', points: 1.66, max: 3 });
  expect(mockDb.peek('assessments').map((d) => d._id).sort()).toEqual([`2024:${COMMUNITY}:II-1.1`, `2024:${COMMUNITY}:II-1.2`]);

  const res = await invoke('exportScorecards', 'wx-official', { year: 2024 });
  expect(res.ok).toBe(true);
  expect(res.data.url).toBe(`https://tmp.example/exports/${res.data.fileName}?max_age=3600`);
  const book = new Workbook();
  await book.xlsx.load(mockStorage.get(`cloud://test/exports/${res.data.fileName}`) as any);
  const sheet = book.getWorksheet('莲安社区')!;
  const row = sheet.getRows(2, 45)!.find((r) => r.getCell(1).value === 'II-1.2')!;
  expect([row.getCell(3).value, row.getCell(4).value]).toEqual(['B', 0.66]);
});

test('projects: the two-per-category rule holds across simultaneous publishes; resident text passes msgSecCheck', async () => {
  await assign('wx-worker', 'worker', COMMUNITY);
  await assign('wx-worker-2', 'worker', COMMUNITY);
  const body = (i: number) => ({ communityId: COMMUNITY, category: 'volunteering', title: `志愿队${i}`, summary: '' });
  const results = await Promise.all([1, 2, 3, 4, 5].map((i) => invoke('publishProject', i % 2 ? 'wx-worker' : 'wx-worker-2', body(i))));
  expect(results.filter((r) => r.ok)).toHaveLength(2);
  expect(results.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(['CATEGORY_LIMIT', 'CATEGORY_LIMIT', 'CATEGORY_LIMIT']);
  const year = results.find((r) => r.ok).data.year;
  expect(mockDb.peek('projects').map((d) => d._id).sort()).toEqual([1, 2].map((n) => `${year}:${COMMUNITY}:volunteering:${n}`));

  const projectId = results.find((r) => r.ok).data.id;
  const rejected = await invoke('submitFeedback', 'wx-resident-1', { projectId, rating: 4, comment: '违规内容' });
  expect(rejected.error.code).toBe('CONTENT_REJECTED');
  const ok = await invoke('submitFeedback', 'wx-resident-1', { projectId, rating: 4, comment: '很好' });
  expect(ok.data.rating).toEqual({ average: 4, count: 1 });
  expect(mockChecks.at(-1)).toEqual({ content: '很好', version: 2, scene: 2, openid: 'wx-resident-1' });
  expect(JSON.stringify(mockDb.peek('feedback'))).not.toContain('wx-resident-1');
});

test('needs: one identity’s 21st need of the day is RATE_LIMITED, even sent all at once; the list comes in pages', async () => {
  await assign('wx-worker-needs', 'worker', COMMUNITY);
  const send = (i: number) => invoke('submitNeed', 'wx-needs-1', { communityId: COMMUNITY, text: `需求${i}` });
  const results = await Promise.all(Array.from({ length: 25 }, (_, i) => send(i)));
  expect(results.filter((r) => r.ok)).toHaveLength(20);
  expect(results.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(Array(5).fill('RATE_LIMITED'));
  expect(JSON.stringify(mockDb.peek('dailyCounts'))).not.toContain('wx-needs-1');

  const first = await invoke('listNeeds', 'wx-worker-needs', { communityId: COMMUNITY, limit: 15 });
  const second = await invoke('listNeeds', 'wx-worker-needs', { communityId: COMMUNITY, limit: 15, cursor: first.data.next });
  expect([first.data.needs.length, second.data.needs.length, second.data.next]).toEqual([15, 5, null]);
  const ids = [...first.data.needs, ...second.data.needs].map((n: { id: string }) => n.id);
  expect(new Set(ids)).toEqual(new Set(results.filter((r) => r.ok).map((r) => r.data.id)));
});
