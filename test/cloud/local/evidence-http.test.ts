// submitEvidence, listEvidence and reviewEvidence through the local runtime's HTTP face: the community's workers report,
// officials in scope review, outsiders are refused, a locked year is frozen, and the audit log keeps each step.
import { EVIDENCE_ITEM_IDS } from '../../../cloud/contract';
import { useRuntime } from '../../support/local-runtime';
import { completeAssessment, finalize } from '../../support/locks';
import {
  ADMIN,
  BEIYUAN_WORKER,
  clock,
  EVALUATOR,
  JUNAN,
  NAMES,
  OFFICIAL,
  startProjectRuntime,
  WORKER,
  WORKER_2,
  YEAR,
} from '../../support/projects';
import { JPEG, PDF, PNG, TYPES, uploaded } from '../../support/uploads';

const time = clock();
const rt = useRuntime(async () => {
  const started = await startProjectRuntime(time.now);
  // An official of 普陀区: Junan (定海区) is outside their scope.
  await started.call('assignRole', { openid: 'official-putuo', role: 'official', district: '普陀区', displayName: '周科长' }, ADMIN);
  return started;
});
afterEach(() => time.set('2024-06-01T02:00:00.000Z'));

const ITEM = 'II-3.1';
const key = { communityId: JUNAN, year: YEAR };
const submit = (body: Record<string, unknown>, who = WORKER) =>
  rt.call('submitEvidence', { ...key, itemId: ITEM, note: '', files: [], ...body }, who);
const list = async (who = OFFICIAL) => {
  const res = await rt.call('listEvidence', key, who);
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return res.body.data;
};
const item = async (itemId = ITEM, who = OFFICIAL) => (await list(who)).items.find((i: any) => i.itemId === itemId);
const review = (status: string, comment: string, who = OFFICIAL) =>
  rt.call('reviewEvidence', { ...key, itemId: ITEM, status, comment }, who);

test('every item of the standard is listed, 未报送 until reported', async () => {
  const listed = await list(WORKER);
  expect(listed.items.map((i: any) => i.itemId)).toEqual(EVIDENCE_ITEM_IDS);
  expect(listed.items).toHaveLength(45);
  expect(listed.items.every((i: any) => i.status === 'none' && i.files.length === 0 && i.submitted === null)).toBe(true);
  expect(listed).toMatchObject({ ...key, locked: false, linksExpireAt: '2024-06-01T03:00:00.000Z', canSubmit: true, canReview: false });
  expect(await list(OFFICIAL)).toMatchObject({ canSubmit: false, canReview: true });
});

test('a worker reports two photos; an official sees them with links, asks for more; the worker adds a file; the official accepts', async () => {
  const photos = [await uploaded(rt, WORKER, PNG, TYPES.png, '规划图.png'), await uploaded(rt, WORKER_2, JPEG, TYPES.jpeg, '会议.jpg')];
  const sent = await submit({ note: '社区五年发展规划及实施照片', files: photos });
  expect(sent.status).toBe(200);
  expect(sent.body.data).toMatchObject({ itemId: ITEM, status: 'submitted', note: '社区五年发展规划及实施照片', review: null });

  const seen = await item();
  expect(seen.status).toBe('submitted');
  expect(seen.files.map((f: any) => [f.fileId, f.name, f.type, f.size])).toEqual([
    [photos[0], '规划图.png', 'image/png', PNG.length],
    [photos[1], '会议.jpg', 'image/jpeg', JPEG.length],
  ]);
  // Who reported it, by role and display name: no openid anywhere in the answer.
  expect(seen.submitted).toEqual({
    by: `社区工作者 ${NAMES.worker}`,
    who: { role: 'worker', name: NAMES.worker },
    at: '2024-06-01T02:00:00.000Z',
  });
  expect(JSON.stringify(await list())).not.toContain(WORKER);
  // Each link serves its file.
  for (const [i, f] of seen.files.entries()) {
    const res = await fetch(rt.url + f.url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(i === 0 ? PNG : JPEG)).toBe(true);
  }

  time.set('2024-06-02T02:00:00.000Z');
  const asked = await review('needs_more', '请补充规划实施的会议记录');
  expect(asked.status).toBe(200);
  expect(asked.body.data).toMatchObject({
    status: 'needs_more',
    review: { status: 'needs_more', comment: '请补充规划实施的会议记录', by: `民政部门 ${NAMES.official}`, at: '2024-06-02T02:00:00.000Z' },
  });
  expect((await item(ITEM, WORKER)).status).toBe('needs_more');

  // The worker adds a file: the submission carries the kept photos and the new PDF; the item is 已报送 again, the review still readable.
  const minutes = await uploaded(rt, WORKER, PDF, TYPES.pdf, '会议记录.pdf');
  const again = await submit({ note: '已补充会议记录', files: [...photos, minutes] });
  expect(again.body.data).toMatchObject({ status: 'submitted', review: { status: 'needs_more' } });
  expect(again.body.data.files.map((f: any) => f.name)).toEqual(['规划图.png', '会议.jpg', '会议记录.pdf']);

  const accepted = await review('accepted', '');
  expect(accepted.body.data).toMatchObject({ status: 'accepted', review: { status: 'accepted', comment: '' } });
  expect((await item()).status).toBe('accepted');

  // Each step is in the year's audit log, with who and what.
  const log = (await rt.call('getAuditLog', key, OFFICIAL)).body.data;
  expect(log.verified).toBe(true);
  const steps = log.entries.filter((e: any) => e.action === 'evidence' || e.action === 'review');
  expect(steps.map((e: any) => [e.action, e.target, e.by.name])).toEqual([
    ['evidence', ITEM, NAMES.worker],
    ['review', ITEM, NAMES.official],
    ['evidence', ITEM, NAMES.worker],
    ['review', ITEM, NAMES.official],
  ]);
  expect(steps[1]).toMatchObject({ from: 'submitted', to: { status: 'needs_more' }, reason: '请补充规划实施的会议记录' });
  expect(steps[2]).toMatchObject({ from: { files: photos }, to: { files: [...photos, minutes], note: '已补充会议记录' } });
});

test('a submission replaces the item’s files: one left out is no longer listed', async () => {
  const [a, b] = [await uploaded(rt, WORKER, PNG, TYPES.png), await uploaded(rt, WORKER, JPEG, TYPES.jpeg)];
  await submit({ files: [a, b] });
  await submit({ note: '只保留一张', files: [b] });
  expect((await item()).files.map((f: any) => f.fileId)).toEqual([b]);
});

test('outsiders are refused: residents, other communities’ workers, officials out of scope; evaluators do not read it', async () => {
  const photo = await uploaded(rt, WORKER, PNG, TYPES.png);
  await submit({ note: '材料', files: [photo] });
  for (const who of ['resident-1', BEIYUAN_WORKER, 'official-putuo', EVALUATOR]) {
    const res = await rt.call('listEvidence', key, who);
    expect([who, res.status, res.body.error?.code]).toEqual([who, 403, 'FORBIDDEN']);
  }
  // Only the community's workers (and admins) report; officials review, workers do not.
  for (const who of ['resident-1', BEIYUAN_WORKER, OFFICIAL])
    expect([who, (await submit({ note: '冒名' }, who)).status]).toEqual([who, 403]);
  for (const who of [WORKER, BEIYUAN_WORKER, 'official-putuo', 'resident-1']) {
    expect([who, (await review('accepted', '', who)).status]).toEqual([who, 403]);
  }
  expect((await item()).status).toBe('submitted');
  expect((await rt.call('listEvidence', key, ADMIN)).status).toBe(200);
});

test('files must be this community’s staff’s uploads; bad input is 400 naming the field and stores nothing', async () => {
  const beiyuanPhoto = await uploaded(rt, BEIYUAN_WORKER, PNG, TYPES.png);
  const mine = await uploaded(rt, WORKER, PNG, TYPES.png);
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ files: [beiyuanPhoto] }, 'files.0'],
    [{ files: [mine, 'ffffffffffffffffffffffffffffffff.png'] }, 'files.1'],
    [{ files: [mine, mine] }, 'files.1'],
    [{ files: Array.from({ length: 21 }, () => mine) }, 'files'],
    [{ itemId: 'II-3.9' }, 'itemId'],
    [{ itemId: 'Ⅱ-3.1' }, 'itemId'],
    [{ note: 'x'.repeat(2001) }, 'note'],
    [{ note: '', files: [] }, 'files'],
    [{ year: 2025, note: '明年的' }, 'year'],
  ];
  for (const [change, field] of cases) {
    const res = await submit({ note: '材料', ...change });
    expect([field, res.status, res.body.error.code]).toEqual([field, 400, 'INVALID_INPUT']);
    expect(res.body.error.issues.map((i: any) => i.path)).toContain(field);
  }
  expect((await item()).status).toBe('none');
  // An admin may report, with their own upload.
  const adminFile = await uploaded(rt, ADMIN, PDF, TYPES.pdf);
  expect((await submit({ files: [adminFile] }, ADMIN)).status).toBe(200);
});

test('reviews: nothing reported is 409 NO_EVIDENCE; 需补充 needs a comment; only accepted or needs_more', async () => {
  const none = await review('accepted', '');
  expect([none.status, none.body.error.code]).toEqual([409, 'NO_EVIDENCE']);
  await submit({ note: '材料' });
  const bare = await review('needs_more', ' ');
  expect([bare.status, bare.body.error.issues[0].path]).toEqual([400, 'comment']);
  expect((await rt.call('reviewEvidence', { ...key, itemId: ITEM, status: 'submitted', comment: '' }, OFFICIAL)).status).toBe(400);
  expect((await item()).status).toBe('submitted');
});

test('the final acceptance freezes evidence: submit and review answer 409 LOCKED until an admin reopens', async () => {
  await submit({ note: '验收前的材料' });
  await completeAssessment(rt, JUNAN);
  await finalize(rt, JUNAN);
  const locked = await submit({ note: '验收后改' });
  expect([locked.status, locked.body.error.code]).toEqual([409, 'LOCKED']);
  const reviewed = await review('accepted', '');
  expect([reviewed.status, reviewed.body.error.code]).toEqual([409, 'LOCKED']);
  expect(await item()).toMatchObject({ status: 'submitted', note: '验收前的材料' });
  expect((await list()).locked).toBe(true);

  await rt.call('reopenAssessment', { ...key, reason: '更正材料' }, ADMIN);
  expect((await submit({ note: '重新开放后改' })).status).toBe(200);
  expect((await review('accepted', '')).status).toBe(200);
});
