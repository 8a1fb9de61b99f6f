// createInvitation and claimInvitation through the local runtime: staff join by a single-use code.
import { qrPng } from '../../../cloud/local/qr-png';
import { ADMIN, startRuntime, useRuntime } from '../../support/local-runtime';
import { clock, JUNAN } from '../../support/assessment';

const time = clock('2025-06-01T02:00:00.000Z');
const rt = useRuntime(async () => {
  const r = await startRuntime(undefined, time.now);
  time.set('2025-06-01T02:00:00.000Z');
  await r.call('assignRole', { openid: 'city', role: 'official' }, ADMIN);
  await r.call('assignRole', { openid: 'dinghai', role: 'official', district: '定海区' }, ADMIN);
  await r.call('assignRole', { openid: 'changguo', role: 'official', district: '定海区', street: '昌国街道' }, ADMIN);
  return r;
});

const invite = (body: Record<string, unknown>, who = ADMIN) => rt.call('createInvitation', body, who);
const claim = (code: string, who: string, displayName = '新同事') => rt.call('claimInvitation', { code, displayName }, who);

test('an invitation is a 10-character code, a link to the claim page and a QR of its H5 link; claiming it makes the caller that staff member', async () => {
  const res = await invite({ role: 'worker', communityId: JUNAN });
  expect(res.status).toBe(200);
  const { code, link, expiresAt, image } = res.body.data;
  expect(code).toMatch(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}$/);
  expect(link).toBe(`/pages/invite/index?code=${code}`);
  expect(expiresAt).toBe('2025-06-04T02:00:00.000Z'); // 72 hours
  expect(res.body.data).toMatchObject({ role: 'worker', communityId: JUNAN, scope: null });
  expect(image).toEqual({ fileName: expect.stringMatching(/^invite-[0-9a-f]{16}\.png$/), fileId: null, url: `/exports/${image.fileName}` });
  const png = Buffer.from(await (await fetch(rt.url + image.url)).arrayBuffer());
  expect(png).toEqual(qrPng(`/#/pages/invite/index?code=${code}`));

  const claimed = await claim(code.toLowerCase(), 'new-worker', ' 王芳 ');
  expect(claimed.status).toBe(200);
  expect(claimed.body.data).toEqual({
    staffId: expect.stringMatching(/^[0-9a-f]{32}$/),
    displayName: '王芳',
    role: 'worker',
    communityId: JUNAN,
    scope: null,
    since: '2025-06-01T02:00:00.000Z',
  });
  expect((await rt.call('whoami', {}, 'new-worker')).body.data).toMatchObject({
    roles: ['resident', 'worker'],
    communityId: JUNAN,
    community: { id: JUNAN, name: '桔南社区' },
    displayName: '王芳',
    staffId: claimed.body.data.staffId,
  });
  expect((await rt.call('getIndicators', {}, 'new-worker')).status).toBe(200);
});

test('a used code is 409 INVITATION_USED, an expired one 409 INVITATION_EXPIRED, an unknown one 404, a malformed one 400', async () => {
  const { code } = (await invite({ role: 'evaluator', expiresInHours: 1 })).body.data;
  expect((await claim(code, 'first')).status).toBe(200);
  const used = await claim(code, 'second');
  expect([used.status, used.body.error.code]).toEqual([409, 'INVITATION_USED']);
  expect((await rt.call('whoami', {}, 'second')).body.data.roles).toEqual(['resident']);

  const late = (await invite({ role: 'evaluator', expiresInHours: 1 })).body.data.code;
  time.set('2025-06-01T03:00:00.000Z');
  const expired = await claim(late, 'third');
  expect([expired.status, expired.body.error.code]).toEqual([409, 'INVITATION_EXPIRED']);
  expect((await claim('ABCDEFGHJK', 'third')).status).toBe(404);
  const malformed = await claim('ABC-1', 'third');
  expect([malformed.status, malformed.body.error.issues[0].path]).toEqual([400, 'code']);
  expect((await rt.call('claimInvitation', { code: late }, 'third')).body.error.issues[0].path).toBe('displayName');
});

test('five people claiming one code at once: exactly one becomes staff', async () => {
  const { code } = (await invite({ role: 'official', district: '定海区', street: '城东街道' })).body.data;
  const results = await Promise.all([1, 2, 3, 4, 5].map((i) => claim(code, `racer-${i}`)));
  expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
  const roles = await Promise.all([1, 2, 3, 4, 5].map(async (i) => (await rt.call('whoami', {}, `racer-${i}`)).body.data.roles));
  expect(roles.filter((r) => r.includes('official'))).toHaveLength(1);
});

test('bad posts are 400 with the field named and no invitation is made', async () => {
  const problems: [Record<string, unknown>, string][] = [
    [{ role: 'worker' }, 'communityId'],
    [{ role: 'worker', communityId: JUNAN, district: '定海区' }, 'district'],
    [{ role: 'official', street: '昌国街道' }, 'district'],
    [{ role: 'official', communityId: JUNAN }, 'communityId'],
    [{ role: 'evaluator', district: '定海区' }, 'district'],
    [{ role: 'official', district: '舟山区' }, 'district'],
    [{ role: 'official', district: '定海区', street: '东港街道' }, 'street'],
    [{ role: 'worker', communityId: JUNAN, expiresInHours: 0 }, 'expiresInHours'],
    [{ role: 'admin' }, 'role'],
  ];
  for (const [body, path] of problems) {
    const res = await invite(body);
    expect([JSON.stringify(body), res.status, res.body.error.issues?.[0]?.path]).toEqual([JSON.stringify(body), 400, path]);
  }
  expect((await invite({ role: 'worker', communityId: 'nowhere' })).status).toBe(404);
});

test('who may invite: city officials every post; district officials street officials and workers of their district; street officials nobody', async () => {
  const status = async (who: string, body: Record<string, unknown>) => (await invite(body, who)).status;
  expect(await status('city', { role: 'evaluator' })).toBe(200);
  expect(await status('city', { role: 'official', district: '普陀区' })).toBe(200);
  expect(await status('dinghai', { role: 'official', district: '定海区', street: '城东街道' })).toBe(200);
  expect(await status('dinghai', { role: 'worker', communityId: JUNAN })).toBe(200);
  expect(await status('dinghai', { role: 'worker', communityId: 'putuo-lianan' })).toBe(403);
  expect(await status('dinghai', { role: 'official', district: '普陀区', street: '东港街道' })).toBe(403);
  expect(await status('dinghai', { role: 'official', district: '定海区' })).toBe(403);
  expect(await status('dinghai', { role: 'evaluator' })).toBe(403);
  expect(await status('changguo', { role: 'worker', communityId: 'dinghai-beiyuan' })).toBe(403);
  expect(await status('resident-1', { role: 'evaluator' })).toBe(403);
});
