// getCommunityPoster and the one-function door (POST /cloud/api) through the local runtime.
import { qrPng } from '../../../cloud/local/qr-png';
import { ADMIN, startRuntime, useRuntime } from '../../support/local-runtime';
import { clock, JUNAN } from '../../support/assessment';

const rt = useRuntime(async () => {
  const r = await startRuntime(undefined, clock().now);
  await r.call('assignRole', { openid: 'w-junan', role: 'worker', communityId: JUNAN }, ADMIN);
  await r.call('assignRole', { openid: 'o-dinghai', role: 'official', district: '定海区' }, ADMIN);
  await r.call('assignRole', { openid: 'o-putuo', role: 'official', district: '普陀区' }, ADMIN);
  await r.call('assignRole', { openid: 'e-1', role: 'evaluator' }, ADMIN);
  return r;
});

test('a worker gets their community’s poster: a PNG QR of the H5 survey link, served under /exports', async () => {
  const res = await rt.call('getCommunityPoster', { communityId: JUNAN }, 'w-junan');
  expect(res.body).toEqual({
    ok: true,
    data: {
      communityId: JUNAN,
      fileName: `poster-${JUNAN}.png`,
      fileId: null,
      url: `/exports/poster-${JUNAN}.png`,
      link: `/pages/survey/index?communityId=${JUNAN}`,
    },
  });
  const image = await fetch(rt.url + res.body.data.url);
  expect(image.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await image.arrayBuffer())).toEqual(qrPng(`/#/pages/survey/index?communityId=${JUNAN}`));
  // Asked again, the same file is replaced, not a second one made.
  expect((await rt.call('getCommunityPoster', { communityId: JUNAN }, 'o-dinghai')).body.data.url).toBe(res.body.data.url);
});

test('officials in scope, the community’s workers and admins only; an unknown community is 404', async () => {
  const status = async (who: string, communityId = JUNAN) => (await rt.call('getCommunityPoster', { communityId }, who)).status;
  expect(await status(ADMIN)).toBe(200);
  expect(await status('w-junan', 'dinghai-beiyuan')).toBe(403);
  expect(await status('o-putuo')).toBe(403);
  expect(await status('e-1')).toBe(403);
  expect(await status('resident-1')).toBe(403);
  expect(await status(ADMIN, 'nowhere')).toBe(404);
  expect((await rt.call('getCommunityPoster', {}, ADMIN)).body.error.issues[0].path).toBe('communityId');
});

test('POST /cloud/api takes { call, input } as the cloud function does; an unknown call is 404', async () => {
  const api = (body: unknown, openid = 'resident-1') => rt.post('/cloud/api', JSON.stringify(body), { 'X-OpenId': openid });
  const res = await api({ call: 'getSurvey', input: { communityId: JUNAN }, userInfo: { openId: 'spoofed' } });
  expect(res.status).toBe(200);
  expect(res.body.data.community.id).toBe(JUNAN);
  expect((await api({ call: 'whoami', input: {} }, 'w-junan')).body.data.roles).toEqual(['resident', 'worker']);
  expect((await api({ call: 'nope', input: {} })).status).toBe(404);
  expect((await api({ input: {} })).status).toBe(404);
  const bad = await api({ call: 'getSurvey', input: { communityId: 'BAD ID' } });
  expect([bad.status, bad.body.error.issues[0].path]).toEqual([400, 'communityId']);
});
