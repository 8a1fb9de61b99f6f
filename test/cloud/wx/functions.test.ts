// The one cloud function `api` as WeChat runs it: the bundle `npm run build:cloud` writes, its exports.main
// called with the event callFunction({ name: 'api', data: { call, input } }) makes (data merged with
// userInfo and tcbContext) and the caller's OPENID in the WeChat context; wx-server-sdk's database is the
// in-memory stand-in (test/support/fake-wx-database.ts), since the real one cannot be reached from here.
import { Workbook } from 'exceljs';
import { AsyncLocalStorage } from 'node:async_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CALL_NAMES, CALLS } from '../../../cloud/core/registry';
import { CONTENT_REJECTED_MESSAGES } from '../../../cloud/core/content-check';
import { buildCloudFunction, cloudNeeds, FUNCTION_NAME } from '../../../scripts/build-cloud';
import { createFakeWxDatabase } from '../../support/fake-wx-database';

const mockDb = createFakeWxDatabase();
let mockOpenid: string | undefined;
/** Each invocation's own WeChat context, as each cloud function call has its own: concurrent calls keep their OPENID. */
const mockContext = new AsyncLocalStorage<{ openid: string | undefined }>();
const mockStorage = new Map<string, Buffer>();
const mockChecks: { content: string; version: number; scene: number; openid: string }[] = [];
const mockCodes: { scene: string; page: string; checkPath: boolean; envVersion: string }[] = [];
const mockSent: { touser: string; templateId: string; page: string; data: Record<string, { value: string }> }[] = [];

jest.mock('wx-server-sdk', () => ({
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  init: jest.fn(),
  database: () => mockDb,
  getWXContext: () => ({ OPENID: (mockContext.getStore() ?? { openid: mockOpenid }).openid, APPID: 'wx-test', ENV: 'test' }),
  openapi: {
    subscribeMessage: {
      // 43101 for one who never subscribed: what WeChat answers when a consent was used up or refused.
      send: async (param: { touser: string; templateId: string; page: string; data: Record<string, { value: string }> }) => {
        if (param.touser === 'wx-unsubscribed')
          throw Object.assign(new Error('openapi.subscribeMessage.send:fail 43101'), { errCode: 43101 });
        mockSent.push(param);
        return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
      },
    },
    wxacode: {
      getUnlimited: async (param: { scene: string; page: string; checkPath: boolean; envVersion: string }) => {
        mockCodes.push(param);
        return {
          errCode: 0,
          errMsg: 'openapi.wxacode.getUnlimited:ok',
          contentType: 'image/jpeg',
          buffer: Buffer.from(`jpeg:${param.page}?${param.scene}`),
        };
      },
    },
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
  // What the app's Taro.cloud.uploadFile put in storage is read back by registerFile; a refused file is deleted.
  downloadFile: async ({ fileID }: { fileID: string }) => {
    const fileContent = mockStorage.get(fileID);
    if (!fileContent) throw Object.assign(new Error('downloadFile:fail STORAGE_FILE_NONEXIST'), { errCode: -503003 });
    return { fileContent, statusCode: 200, errMsg: 'downloadFile:ok' };
  },
  deleteFile: async ({ fileList }: { fileList: string[] }) => ({
    fileList: fileList.map((fileID) => ({ fileID, status: mockStorage.delete(fileID) ? 0 : -1, errMsg: 'ok' })),
  }),
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
const DIR = join(OUT, FUNCTION_NAME);
type Main = (event: unknown, context?: unknown) => Promise<any>;
const main = (): Main => require(join(DIR, 'index.js')).main;

/** As WeChat calls it: data merged into the event, with userInfo (which the client can shape) and tcbContext. */
async function invoke(call: string, openid: string | undefined, input: Record<string, unknown> = {}) {
  mockOpenid = openid;
  const event = { call, input, userInfo: { appId: 'wx-test', openId: 'spoofed-by-client' }, tcbContext: { env: 'test' } };
  return mockContext.run({ openid }, () => main()(event, { function_name: FUNCTION_NAME }));
}

beforeAll(async () => {
  process.env.RESPONDENT_KEY = 'test-respondent-key-0123456789';
  process.env.ADMIN_OPENIDS = 'wx-admin';
  process.env.NOTIFY_TEMPLATE_NEED_LINKED = 'tmpl-need-linked';
  process.env.NOTIFY_TEMPLATE_FEEDBACK_REPLIED = 'tmpl-feedback-replied';
  await buildCloudFunction(OUT);
}, 60000);

const COMMUNITY = 'putuo-lianan';
const answers = { awareness: 'heard', satisfaction: 'basically_satisfied' };

/** The admin gives `openid` a role; each test assigns the roles it uses, so any one runs alone (`-t`). */
async function assign(openid: string, role: string, communityId?: string) {
  const res = await invoke('assignRole', 'wx-admin', communityId ? { openid, role, communityId } : { openid, role });
  expect(res).toMatchObject({ ok: true });
}

test("one function folder installs and is granted the union of the registry rows' cloud needs, and bundles no exceljs", () => {
  expect(readdirSync(OUT)).toEqual([FUNCTION_NAME]);
  const pkg = JSON.parse(readFileSync(join(DIR, 'package.json'), 'utf8'));
  expect(Object.keys(pkg.dependencies).sort()).toEqual(['exceljs', 'wx-server-sdk']);
  const { openapi } = JSON.parse(readFileSync(join(DIR, 'config.json'), 'utf8')).permissions;
  expect(openapi).toEqual(['security.msgSecCheck', 'subscribeMessage.send', 'wxacode.getUnlimited']);
  expect(cloudNeeds()).toEqual({ dependencies: ['exceljs'], openapi });
  const bundle = readFileSync(join(DIR, 'index.js'), 'utf8');
  expect(bundle).not.toContain('class Workbook');
  expect(bundle).not.toContain('better-sqlite3');
});

test("the registry says who needs what: exceljs the export, msgSecCheck residents' text, wxacode the codes", () => {
  const withDependency = CALL_NAMES.filter((n) => (CALLS[n].cloud.dependencies ?? []).length > 0);
  const granted = (api: string) => CALL_NAMES.filter((n) => (CALLS[n].cloud.openapi ?? []).includes(api)).sort();
  expect(withDependency).toEqual(['exportScorecards']);
  expect(granted('security.msgSecCheck')).toEqual(['submitFeedback', 'submitNeed']);
  expect(granted('wxacode.getUnlimited')).toEqual(['createInvitation', 'getCommunityPoster']);
  expect(granted('subscribeMessage.send')).toEqual(['linkNeed', 'replyFeedback', 'updateProject']);
});

test("only `input` is the call's input: platform keys are ignored, an unknown or missing call is NOT_FOUND", async () => {
  mockOpenid = 'wx-resident-1';
  const withPlatformKeys = await main()({
    call: 'getSurvey',
    input: { communityId: COMMUNITY },
    userInfo: { openId: 'x' },
    tcbContext: {},
    extra: 1,
  });
  expect(withPlatformKeys.ok).toBe(true);
  // Keys beside `input` are not the input: a strict schema would refuse them if they were.
  expect((await main()({ call: 'getSurvey', communityId: COMMUNITY, userInfo: {} })).error.issues[0].path).toBe('communityId');
  expect(await invoke('noSuchCall', 'wx-resident-1')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(await main()({ input: {}, userInfo: {} })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(await main()(undefined)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

test('identity is the OPENID of the WeChat context, never the event', async () => {
  expect(await invoke('whoami', 'wx-resident-1')).toEqual({
    ok: true,
    data: {
      openid: 'wx-resident-1',
      roles: ['resident'],
      communityId: null,
      community: null,
      scope: null,
      displayName: null,
      staffId: null,
    },
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
  expect(await indicators()).toEqual({
    communityId: COMMUNITY,
    name: '莲安社区',
    responses: 1,
    suppressed: true,
    awareness: null,
    satisfaction: null,
    channels: null,
    options: null,
  });
  for (let i = 2; i <= 10; i++)
    expect(await invoke('submitResponse', `wx-resident-1-${i}`, { communityId: COMMUNITY, answers })).toMatchObject({ ok: true });
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
    Array.from({ length: 30 }, (_, i) =>
      invoke('submitResponse', 'wx-racer', { communityId: i % 2 ? COMMUNITY : 'dinghai-junan', answers }),
    ),
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
  expect((await invoke('assignRole', 'wx-resident-1', { openid: 'wx-worker', role: 'worker', communityId: COMMUNITY })).error.code).toBe(
    'FORBIDDEN',
  );
  expect((await invoke('assignRole', 'wx-admin', { openid: 'wx-worker', role: 'worker', communityId: COMMUNITY })).ok).toBe(true);
  const seen = await invoke('getIndicators', 'wx-worker', {});
  expect(seen.data.communities.map((c: any) => c.communityId)).toEqual([COMMUNITY]);
  expect((await invoke('recountIndicators', 'wx-admin', {})).data.corrections).toEqual([]);
});

test('an official saves an assessment and exports the scorecards to cloud storage, answered with its fileID and a temporary link', async () => {
  await assign('wx-official', 'official');
  await assign('wx-worker', 'worker', COMMUNITY);
  expect((await invoke('saveAssessment', 'wx-worker', { communityId: COMMUNITY, year: 2024, states: { 'II-1.1': 'A' } })).error.code).toBe(
    'FORBIDDEN',
  );
  const saved = await invoke('saveAssessment', 'wx-official', {
    communityId: COMMUNITY,
    year: 2024,
    states: { 'II-1.1': 'A', 'II-1.2': 'B' },
  });
  // Ⅱ-1 = 3 × (100 + 66) / 300 = 1.66.
  expect(saved.data.score.indicators[0]).toEqual({ id: 'II-1', points: 1.66, max: 3 });
  expect(
    mockDb
      .peek('assessments')
      .map((d) => d._id)
      .sort(),
  ).toEqual([`2024:${COMMUNITY}:II-1.1`, `2024:${COMMUNITY}:II-1.2`]);

  const res = await invoke('exportScorecards', 'wx-official', { year: 2024 });
  expect(res.ok).toBe(true);
  // Saved as its Chinese name; stored in cloud storage under an unguessable ASCII one, the same the local runtime uses.
  expect(res.data.fileName).toMatch(/^2024年幸福社区测评_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const stored = /^cloud:\/\/test\/exports\/(scorecards-2024-\d{14}-[0-9a-f]{8}\.xlsx)$/.exec(res.data.fileId)![1];
  expect(res.data.url).toBe(`https://tmp.example/exports/${stored}?max_age=3600`);
  const book = new Workbook();
  await book.xlsx.load(mockStorage.get(res.data.fileId) as any);
  const sheet = book.getWorksheet('莲安社区')!;
  const row = sheet.getRows(3, 45)!.find((r) => r.getCell(1).value === 'Ⅱ-1.2')!;
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
  expect(
    mockDb
      .peek('projects')
      .map((d) => d._id)
      .sort(),
  ).toEqual([1, 2].map((n) => `${year}:${COMMUNITY}:volunteering:${n}`));

  const projectId = results.find((r) => r.ok).data.id;
  const rejected = await invoke('submitFeedback', 'wx-resident-1', { projectId, rating: 4, comment: '违规内容' });
  expect(rejected.error.code).toBe('CONTENT_REJECTED');
  // Label 20001 (时政): the refusal says the kind, not the word.
  expect(rejected.error.message).toBe(CONTENT_REJECTED_MESSAGES.politics);
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

test('invitations in the cloud: a 小程序码 of the claim page in cloud storage; the code works once, whoever claims at once', async () => {
  mockCodes.length = 0;
  const res = await invoke('createInvitation', 'wx-admin', { role: 'worker', communityId: COMMUNITY });
  expect(res.ok).toBe(true);
  const { code, image } = res.data;
  expect(mockCodes).toEqual([{ scene: `i=${code}`, page: 'pages/invite/index', checkPath: false, envVersion: 'release', width: 430 }]);
  expect(image.fileId).toBe(`cloud://test/codes/${image.fileName}`);
  expect(image.fileName).toMatch(/^invite-[0-9a-f]{16}\.jpg$/);
  expect(mockStorage.get(image.fileId)?.toString()).toBe(`jpeg:pages/invite/index?i=${code}`);
  expect(JSON.stringify(mockDb.peek('invitations'))).not.toContain(code);

  const claims = await Promise.all([1, 2, 3].map((i) => invoke('claimInvitation', `wx-claimer-${i}`, { code, displayName: `候选${i}` })));
  expect(claims.filter((c) => c.ok)).toHaveLength(1);
  expect(claims.filter((c) => !c.ok).map((c) => c.error.code)).toEqual(['INVITATION_USED', 'INVITATION_USED']);
  const winner = claims.findIndex((c) => c.ok) + 1;
  expect((await invoke('whoami', `wx-claimer-${winner}`)).data).toMatchObject({
    roles: ['resident', 'worker'],
    communityId: COMMUNITY,
    displayName: `候选${winner}`,
  });
  const staff = await invoke('listStaff', 'wx-admin');
  expect(JSON.stringify(staff.data)).not.toContain('wx-claimer');
});

test('the survey poster in the cloud: a 小程序码 with c=<community> in its scene, answered as a fileID', async () => {
  await assign('wx-worker', 'worker', COMMUNITY);
  mockCodes.length = 0;
  const res = await invoke('getCommunityPoster', 'wx-worker', { communityId: COMMUNITY });
  expect(mockCodes).toEqual([{ scene: `c=${COMMUNITY}`, page: 'pages/survey/index', checkPath: false, envVersion: 'release', width: 430 }]);
  expect(res.data).toEqual({
    communityId: COMMUNITY,
    fileName: `poster-${COMMUNITY}.jpg`,
    fileId: `cloud://test/codes/poster-${COMMUNITY}.jpg`,
    url: `https://tmp.example/codes/poster-${COMMUNITY}.jpg?max_age=3600`,
    link: `/pages/survey/index?communityId=${COMMUNITY}`,
  });
});

test('a community saved through the warm instance is there for the next call at once', async () => {
  const saved = await invoke('saveCommunity', 'wx-admin', {
    name: '东沙社区',
    district: '岱山县',
    street: '东沙镇',
    kind: 'urban',
    households: 900,
    pilot: false,
  });
  expect(saved.ok).toBe(true);
  const { id } = saved.data.community;
  expect((await invoke('getSurvey', 'wx-resident-9', { communityId: id })).data.community).toMatchObject({
    id,
    name: '东沙社区',
    kind: 'urban',
  });
  expect((await invoke('listCommunities', 'wx-resident-9')).data.communities.map((c: { id: string }) => c.id)).toContain(id);
});

test('evidence in the cloud: an upload is registered (its content read and checked), reported and listed with temporary links', async () => {
  const { qrPng } = await import('../../../cloud/local/qr-png');
  await assign('wx-worker-evidence', 'worker', COMMUNITY);
  await assign('wx-official-evidence', 'official');
  // As Taro.cloud.uploadFile leaves them: a real PNG, and a "photo" that is an HTML page.
  const photo = 'cloud://test/uploads/wx-worker/1.png';
  const fake = 'cloud://test/uploads/wx-worker/2.png';
  mockStorage.set(photo, qrPng('证明材料'));
  mockStorage.set(fake, Buffer.from('<html><script>alert(1)</script></html>'));

  expect(await invoke('registerFile', 'wx-resident-1', { fileId: photo })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke('registerFile', 'wx-worker-evidence', { fileId: photo, name: '规划.png' })).toEqual({
    ok: true,
    data: { fileId: photo },
  });
  expect(await invoke('registerFile', 'wx-worker-evidence', { fileId: fake })).toMatchObject({
    ok: false,
    error: { code: 'FILE_TYPE_MISMATCH' },
  });
  expect(mockStorage.has(fake)).toBe(false);
  // Someone else cannot take over a registered file; a file outside uploads/ is not one.
  expect(await invoke('registerFile', 'wx-official-evidence', { fileId: photo })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await invoke('registerFile', 'wx-worker-evidence', { fileId: 'cloud://test/exports/a.xlsx' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });

  const year = new Date().getFullYear() - 1;
  const key = { communityId: COMMUNITY, year };
  const sent = await invoke('submitEvidence', 'wx-worker-evidence', { ...key, itemId: 'II-3.1', note: '规划', files: [photo] });
  expect(sent).toMatchObject({ ok: true, data: { status: 'submitted' } });
  const listed = await invoke('listEvidence', 'wx-official-evidence', key);
  const item = listed.data.items.find((i: { itemId: string }) => i.itemId === 'II-3.1');
  expect(item.files).toEqual([
    {
      fileId: photo,
      name: '规划.png',
      type: 'image/png',
      size: mockStorage.get(photo)!.length,
      url: 'https://tmp.example/uploads/wx-worker/1.png?max_age=3600',
    },
  ]);
  expect(await invoke('listEvidence', 'wx-resident-1', key)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

// Last: it publishes a project and needs, which the tests above count.
test('notifications in the cloud: the outbox is written; a subscribe message goes only to who allowed that kind; a refused send fails nothing', async () => {
  await assign('wx-worker-notify', 'worker', 'dinghai-junan');
  const settings = await invoke('getNotificationSettings', 'wx-notify-1');
  expect(settings.data.templates).toEqual({
    need_linked: 'tmpl-need-linked',
    feedback_replied: 'tmpl-feedback-replied',
    stage_moved: null,
  });
  expect((await invoke('allowNotifications', 'wx-notify-1', { kinds: ['need_linked'] })).data.allowed).toEqual(['need_linked']);
  await invoke('allowNotifications', 'wx-unsubscribed', { kinds: ['need_linked'] });
  const project = (
    await invoke('publishProject', 'wx-worker-notify', {
      communityId: 'dinghai-junan',
      category: 'elderly_care',
      title: '长者食堂',
      summary: '',
    })
  ).data;
  const need = async (who: string) => (await invoke('submitNeed', who, { communityId: 'dinghai-junan', text: '希望有老年食堂' })).data;
  const [one, two, three] = [await need('wx-notify-1'), await need('wx-notify-2'), await need('wx-unsubscribed')];
  mockSent.length = 0;
  for (const n of [one, two, three]) {
    const linked = await invoke('linkNeed', 'wx-worker-notify', { needId: n.id, projectId: project.id });
    expect(linked.ok).toBe(true);
  }
  // wx-notify-2 never allowed it; wx-unsubscribed's send was refused (43101) and the link still stands.
  expect(mockSent).toEqual([
    {
      touser: 'wx-notify-1',
      templateId: 'tmpl-need-linked',
      page: `pages/project/index?projectId=${encodeURIComponent(project.id)}`,
      data: {
        thing1: { value: '长者食堂' },
        thing2: { value: '您的需求有了回应' },
        time3: { value: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/) },
      },
      miniprogramState: 'formal',
      lang: 'zh_CN',
    },
  ]);
  for (const who of ['wx-notify-1', 'wx-notify-2', 'wx-unsubscribed']) {
    const inbox = await invoke('listMessages', who);
    expect(inbox.data.messages.map((m: { kind: string; projectId: string }) => [m.kind, m.projectId])).toEqual([
      ['need_linked', project.id],
    ]);
  }
  expect(JSON.stringify(mockDb.peek('messages'))).not.toContain('wx-notify');
});
