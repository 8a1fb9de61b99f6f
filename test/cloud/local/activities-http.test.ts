// Activities done properly, through the local runtime's HTTP face: photos on the timeline, a date no later than today
// and within the project's year, corrections and removals with a reason in the audit log, frozen by the final acceptance.
import { useRuntime } from '../../support/local-runtime';
import { completeAssessment, finalize } from '../../support/locks';
import { ADMIN, BEIYUAN_WORKER, clock, JUNAN, NAMES, OFFICIAL, publish, startProjectRuntime, WORKER, YEAR } from '../../support/projects';
import { JPEG, PDF, PNG, TYPES, uploaded } from '../../support/uploads';

// 10:00 on 2024-06-01 in Asia/Shanghai.
const time = clock('2024-06-01T02:00:00.000Z');
const rt = useRuntime(() => startProjectRuntime(time.now));
afterEach(() => time.set('2024-06-01T02:00:00.000Z'));

const base = { date: '2024-05-20', description: '为 12 位高龄老人上门送午餐', servedCount: 12 };
const record = (projectId: string, change: Record<string, unknown> = {}, who = WORKER) =>
  rt.call('recordActivity', { projectId, ...base, ...change }, who);

test('photos go with the activity; a resident sees them on the timeline with links that load', async () => {
  const p = await publish(rt);
  const photos = [await uploaded(rt, WORKER, PNG, TYPES.png, '送餐.png'), await uploaded(rt, WORKER, JPEG, TYPES.jpeg, '合影.jpg')];
  expect((await record(p.id, { photos })).status).toBe(200);
  const seen = (await rt.call('getProject', { projectId: p.id }, 'resident-9')).body.data;
  const [activity] = seen.activities;
  expect(activity.photos.map((f: any) => [f.fileId, f.name, f.type])).toEqual([
    [photos[0], '送餐.png', 'image/png'],
    [photos[1], '合影.jpg', 'image/jpeg'],
  ]);
  const res = await fetch(rt.url + activity.photos[1].url);
  expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
  // Activities recorded without photos answer an empty list.
  await record(p.id, { date: '2024-05-21' });
  expect((await rt.call('getProject', { projectId: p.id })).body.data.activities[0].photos).toEqual([]);
});

test('photos: at most 9, images only, uploaded by this community’s staff; 400 naming the photo', async () => {
  const p = await publish(rt);
  const png = await uploaded(rt, WORKER, PNG, TYPES.png);
  const cases: Array<[unknown, string]> = [
    [Array.from({ length: 10 }, () => png), 'photos'],
    [[png, await uploaded(rt, WORKER, PDF, TYPES.pdf)], 'photos.1'],
    [[await uploaded(rt, BEIYUAN_WORKER, PNG, TYPES.png)], 'photos.0'],
    [['0123456789abcdef0123456789abcdef.png'], 'photos.0'],
  ];
  for (const [photos, field] of cases) {
    const res = await record(p.id, { photos });
    expect([field, res.status, res.body.error.issues.map((i: any) => i.path)]).toEqual([field, 400, expect.arrayContaining([field])]);
  }
  expect((await rt.call('getProject', { projectId: p.id })).body.data.activityCount).toBe(0);
});

test('the date: today (Asia/Shanghai) is the latest day taken, and it must be in the project’s year; 400 on date', async () => {
  const p = await publish(rt);
  // 2024-06-01T02:00Z is 10:00 on 2024-06-01 in Shanghai: that day is today, the next is the future.
  expect((await record(p.id, { date: '2024-06-01' })).status).toBe(200);
  for (const date of ['2024-06-02', '2030-01-01', '2023-12-31']) {
    const res = await record(p.id, { date });
    expect([date, res.status, res.body.error.issues[0].path]).toEqual([date, 400, 'date']);
  }
  const future = await record(p.id, { date: '2024-06-02' });
  expect(future.body.error.message).toContain('不能晚于今天（2024-06-01）');
  // At 23:30 on 2024-06-01 in Shanghai (15:30 UTC) the 2nd is still tomorrow; at 00:30 on the 2nd (16:30 UTC) it is today.
  time.set('2024-06-01T15:30:00.000Z');
  expect((await record(p.id, { date: '2024-06-02' })).status).toBe(400);
  time.set('2024-06-01T16:30:00.000Z');
  expect((await record(p.id, { date: '2024-06-02' })).status).toBe(200);
  expect((await rt.call('getProject', { projectId: p.id })).body.data.activityCount).toBe(2);
});

test('a worker corrects and removes an activity with a reason; residents see the result; the audit log keeps who, why and what it was', async () => {
  const p = await publish(rt);
  const photo = await uploaded(rt, WORKER, PNG, TYPES.png);
  await record(p.id);
  await record(p.id, { date: '2024-05-25', description: '健康讲座', servedCount: 30 });
  const [lecture, meal] = (await rt.call('getProject', { projectId: p.id })).body.data.activities;

  const edit = {
    projectId: p.id,
    activityId: meal.id,
    date: '2024-05-19',
    description: '为 15 位高龄老人上门送午餐',
    servedCount: 15,
    photos: [photo],
    reason: '人数记错了',
  };
  const edited = await rt.call('updateActivity', edit, WORKER);
  expect(edited.status).toBe(200);
  expect(edited.body.data).toMatchObject({ activityCount: 2, servedTotal: 45 });
  const shown = edited.body.data.activities.find((a: any) => a.id === meal.id);
  expect(shown).toMatchObject({ date: '2024-05-19', description: '为 15 位高龄老人上门送午餐', servedCount: 15 });
  expect(shown.photos.map((f: any) => f.fileId)).toEqual([photo]);

  const removed = await rt.call('removeActivity', { projectId: p.id, activityId: lecture.id, reason: '讲座改期，未举办' }, WORKER);
  expect(removed.status).toBe(200);
  // 15 served remain: 45 − 30 (the removed lecture).
  expect(removed.body.data).toMatchObject({ activityCount: 1, servedTotal: 15 });
  expect((await rt.call('getProject', { projectId: p.id }, 'resident-1')).body.data.activities.map((a: any) => a.id)).toEqual([meal.id]);

  const log = (await rt.call('getAuditLog', { communityId: JUNAN, year: YEAR }, OFFICIAL)).body.data;
  expect(log.verified).toBe(true);
  const changes = log.entries.filter((e: any) => e.action.startsWith('activity_'));
  expect(changes).toEqual([
    expect.objectContaining({
      action: 'activity_edit',
      projectId: p.id,
      target: meal.id,
      by: { role: 'worker', name: NAMES.worker },
      from: { date: '2024-05-20', description: '为 12 位高龄老人上门送午餐', servedCount: 12, photos: [] },
      to: { date: '2024-05-19', description: '为 15 位高龄老人上门送午餐', servedCount: 15, photos: [photo] },
      reason: '人数记错了',
    }),
    expect.objectContaining({
      action: 'activity_remove',
      target: lecture.id,
      from: { date: '2024-05-25', description: '健康讲座', servedCount: 30, photos: [] },
      to: null,
      reason: '讲座改期，未举办',
    }),
  ]);
});

test('corrections: a reason is needed, the same date rules hold, only the community’s workers, and an unknown activity is 404', async () => {
  const p = await publish(rt);
  await record(p.id);
  const [a] = (await rt.call('getProject', { projectId: p.id })).body.data.activities;
  const edit = { projectId: p.id, activityId: a.id, ...base, photos: [], reason: '更正' };
  expect((await rt.call('updateActivity', { ...edit, reason: ' ' }, WORKER)).body.error.issues[0].path).toBe('reason');
  expect((await rt.call('updateActivity', { ...edit, date: '2024-07-01' }, WORKER)).body.error.issues[0].path).toBe('date');
  expect((await rt.call('removeActivity', { projectId: p.id, activityId: a.id }, WORKER)).status).toBe(400);
  for (const who of ['resident-1', BEIYUAN_WORKER, OFFICIAL]) {
    expect([who, (await rt.call('updateActivity', edit, who)).status]).toEqual([who, 403]);
    expect([who, (await rt.call('removeActivity', { projectId: p.id, activityId: a.id, reason: '删' }, who)).status]).toEqual([who, 403]);
  }
  const other = await publish(rt, { category: 'volunteering' });
  expect((await rt.call('updateActivity', { ...edit, projectId: other.id }, WORKER)).status).toBe(404);
  expect((await rt.call('removeActivity', { projectId: p.id, activityId: 'nope', reason: '删' }, WORKER)).status).toBe(404);
  expect((await rt.call('getProject', { projectId: p.id })).body.data.activities).toMatchObject([{ id: a.id, servedCount: 12 }]);
  expect((await rt.call('updateActivity', edit, ADMIN)).status).toBe(200);
});

test('a locked year: updateActivity and removeActivity answer 409 LOCKED and change nothing', async () => {
  const p = await publish(rt);
  await record(p.id);
  const [a] = (await rt.call('getProject', { projectId: p.id })).body.data.activities;
  await completeAssessment(rt, JUNAN);
  await finalize(rt, JUNAN);
  const edit = await rt.call(
    'updateActivity',
    { projectId: p.id, activityId: a.id, ...base, servedCount: 99, photos: [], reason: '改' },
    WORKER,
  );
  const remove = await rt.call('removeActivity', { projectId: p.id, activityId: a.id, reason: '删' }, WORKER);
  expect([edit.status, edit.body.error.code, remove.status, remove.body.error.code]).toEqual([409, 'LOCKED', 409, 'LOCKED']);
  expect((await rt.call('getProject', { projectId: p.id })).body.data).toMatchObject({ activityCount: 1, servedTotal: 12 });
});
