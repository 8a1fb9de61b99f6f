// listStaff and revokeRole through the local runtime: staff by staffId and display name, within the caller's scope.
import { ADMIN, startRuntime, useRuntime, type TestRuntime } from '../../support/local-runtime';
import { clock, JUNAN } from '../../support/assessment';
import { publish } from '../../support/projects';

const BEIYUAN = 'dinghai-beiyuan';
const LIANAN = 'putuo-lianan';

/** Staff in three places, all joined by invitation: as staff join in the cloud. */
async function staffed(r: TestRuntime) {
  const join = async (body: Record<string, unknown>, openid: string, displayName: string) => {
    const { code } = (await r.call('createInvitation', body, ADMIN)).body.data;
    const res = await r.call('claimInvitation', { code, displayName }, openid);
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  };
  await join({ role: 'official' }, 'o-city', '市民政');
  await join({ role: 'official', district: '定海区' }, 'o-dinghai', '定海民政');
  await join({ role: 'official', district: '定海区', street: '昌国街道' }, 'o-changguo', '昌国街道');
  await join({ role: 'official', district: '普陀区' }, 'o-putuo', '普陀民政');
  await join({ role: 'worker', communityId: BEIYUAN }, 'w-beiyuan', '北园小王');
  await join({ role: 'worker', communityId: JUNAN }, 'w-junan', '桔南小李');
  await join({ role: 'worker', communityId: LIANAN }, 'w-lianan', '莲安小张');
  await join({ role: 'evaluator' }, 'e-1', '评估机构');
  return r;
}

const rt = useRuntime(async () => staffed(await startRuntime(undefined, clock().now)));
const names = async (who: string) => (await rt.call('listStaff', {}, who)).body.data.staff.map((s: any) => s.displayName);

test('admins and city officials see every staff member; district and street officials those within their scope', async () => {
  const all = ['市民政', '定海民政', '昌国街道', '普陀民政', '北园小王', '桔南小李', '莲安小张', '评估机构'];
  expect((await names(ADMIN)).sort()).toEqual([...all].sort());
  expect(await names('o-city')).toHaveLength(8);
  expect(await names('o-dinghai')).toEqual(['定海民政', '昌国街道', '北园小王', '桔南小李']);
  expect(await names('o-changguo')).toEqual(['昌国街道', '北园小王']);
  for (const who of ['w-junan', 'e-1', 'resident-1']) expect((await rt.call('listStaff', {}, who)).status).toBe(403);
});

test('a staff entry is staffId, display name, post and since when: never an openid', async () => {
  const { staff } = (await rt.call('listStaff', {}, 'o-dinghai')).body.data;
  expect(staff[2]).toEqual({
    staffId: expect.stringMatching(/^[0-9a-f]{32}$/),
    displayName: '北园小王',
    role: 'worker',
    communityId: BEIYUAN,
    scope: null,
    since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
  });
  expect(staff[1]).toMatchObject({ role: 'official', communityId: null, scope: { district: '定海区', street: '昌国街道' } });
  expect(JSON.stringify(staff)).not.toMatch(/o-dinghai|o-changguo|w-beiyuan|w-junan/);
  // whoami gives a staff member the same id, so the app can mark "you" in the list.
  const whoami = (await rt.call('whoami', {}, 'w-beiyuan')).body.data;
  expect(whoami.staffId).toBe(staff[2].staffId);
});

test('revokeRole makes them a plain resident: their next staff call is 403', async () => {
  const target = (await rt.call('listStaff', {}, 'o-dinghai')).body.data.staff.find((s: any) => s.displayName === '桔南小李');
  expect((await rt.call('getIndicators', {}, 'w-junan')).status).toBe(200);
  const missingReason = await rt.call('revokeRole', { staffId: target.staffId }, 'o-dinghai');
  expect([missingReason.status, missingReason.body.error.issues[0].path]).toEqual([400, 'reason']);
  const res = await rt.call('revokeRole', { staffId: target.staffId, reason: '调离本社区' }, 'o-dinghai');
  expect(res.body).toEqual({ ok: true, data: { staffId: target.staffId, revoked: true } });
  expect((await rt.call('getIndicators', {}, 'w-junan')).status).toBe(403);
  expect(
    (await rt.call('publishProject', { communityId: JUNAN, category: 'elderly_care', title: 't', summary: '' }, 'w-junan')).status,
  ).toBe(403);
  expect((await rt.call('whoami', {}, 'w-junan')).body.data).toMatchObject({ roles: ['resident'], staffId: null });
  expect(await names('o-dinghai')).not.toContain('桔南小李');
  expect((await rt.call('revokeRole', { staffId: target.staffId, reason: '再次' }, 'o-dinghai')).status).toBe(404);
});

test('revoking outside one’s view is 404, within view but above one’s post 403', async () => {
  const ids = new Map<string, string>((await rt.call('listStaff', {}, ADMIN)).body.data.staff.map((s: any) => [s.displayName, s.staffId]));
  const revoke = (name: string, who: string) => rt.call('revokeRole', { staffId: ids.get(name), reason: '测试' }, who);
  expect((await revoke('莲安小张', 'o-dinghai')).status).toBe(404);
  expect((await revoke('市民政', 'o-dinghai')).status).toBe(404);
  expect((await revoke('定海民政', 'o-dinghai')).status).toBe(403); // their own post is district-level
  expect((await revoke('北园小王', 'o-changguo')).status).toBe(403); // street officials invite nobody, so revoke nobody
  expect((await revoke('评估机构', 'o-city')).status).toBe(200);
  expect((await rt.call('revokeRole', { staffId: 'f'.repeat(32), reason: '测试' }, ADMIN)).status).toBe(404);
  expect((await rt.call('revokeRole', { staffId: 'not-an-id', reason: '测试' }, ADMIN)).status).toBe(400);
});

test('residents see staff by role and display name only: no openid in a project a resident reads', async () => {
  const project = await publish(rt, { communityId: JUNAN }, 'w-junan');
  expect(
    (await rt.call('updateProject', { projectId: project.id, revision: project.revision, stage: 'needs_analysis' }, 'w-junan')).status,
  ).toBe(200);
  await rt.call('recordActivity', { projectId: project.id, date: '2024-06-01', description: '走访', servedCount: 12 }, 'w-junan');
  const rated = await rt.call('submitFeedback', { projectId: project.id, rating: 5, comment: '好' }, 'resident-1');
  await rt.call('replyFeedback', { projectId: project.id, feedbackId: rated.body.data.mine.feedback.id, reply: '谢谢' }, 'w-junan');
  const seen = (await rt.call('getProject', { projectId: project.id }, 'resident-1')).body.data;
  expect(seen.history[0]).toMatchObject({ by: '社区工作者 桔南小李', who: { role: 'worker', name: '桔南小李' } });
  expect(seen.activities[0]).toMatchObject({ recordedBy: '社区工作者 桔南小李', who: { role: 'worker', name: '桔南小李' } });
  expect(seen.mine.feedback.reply).toMatchObject({ text: '谢谢', by: '社区工作者 桔南小李' });
  expect(JSON.stringify(seen)).not.toContain('w-junan');
});
