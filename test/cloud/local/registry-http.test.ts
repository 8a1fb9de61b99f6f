// saveCommunity, importCommunities and listCommunities through the local runtime: the registry from eight pilots to the whole city.
import { PILOT_COMMUNITIES } from '../../../cloud/data/pilot-communities';
import { ADMIN, useRuntime, type TestRuntime } from '../../support/local-runtime';

const rt = useRuntime();
const DINGHAI = 'official-dinghai';
const CHANGGUO = 'official-changguo';
const CITY = 'official-city';

const row = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  district: '定海区',
  street: '白泉镇',
  kind: 'rural',
  households: 380,
  pilot: false,
  ...extra,
});

async function officials(r: TestRuntime) {
  await r.call('assignRole', { openid: CITY, role: 'official' }, ADMIN);
  await r.call('assignRole', { openid: DINGHAI, role: 'official', district: '定海区' }, ADMIN);
  await r.call('assignRole', { openid: CHANGGUO, role: 'official', district: '定海区', street: '昌国街道' }, ADMIN);
}
const list = async () => (await rt.call('listCommunities', {})).body.data.communities;

describe('saveCommunity', () => {
  test('creates a community under a stable id the server chooses, and edits it by id; listCommunities shows every field', async () => {
    const created = await rt.call('saveCommunity', row('皋泄村'), ADMIN);
    expect(created.status).toBe(200);
    const { community } = created.body.data;
    expect(created.body.data.created).toBe(true);
    expect(community).toEqual({ id: expect.stringMatching(/^c-[0-9a-f]{12}$/), ...row('皋泄村') });
    expect(await list()).toEqual([...PILOT_COMMUNITIES, community]);

    // Saved again without an id, the same place is the same community.
    const again = await rt.call('saveCommunity', row('皋泄村', { households: 400 }), ADMIN);
    expect(again.body.data).toEqual({ community: { ...community, households: 400 }, created: false });
    const renamed = await rt.call('saveCommunity', { ...row('皋泄社区', { kind: 'urban' }), id: community.id }, ADMIN);
    expect(renamed.body.data.community).toMatchObject({ id: community.id, name: '皋泄社区', kind: 'urban' });
    expect((await list()).filter((c: any) => c.id === community.id)).toHaveLength(1);
    // A new community takes its survey at once.
    expect((await rt.call('getSurvey', { communityId: community.id })).body.data.community.name).toBe('皋泄社区');
  });

  test('bad input is 400 with each field named, and nothing is stored', async () => {
    const res = await rt.call(
      'saveCommunity',
      { name: ' ', district: '定海区', street: '', kind: 'town', households: 2.5, pilot: 'yes' },
      ADMIN,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: any) => i.path).sort()).toEqual(['households', 'kind', 'name', 'pilot', 'street']);
    expect((await rt.call('saveCommunity', { ...row('x'), households: undefined }, ADMIN)).body.error.issues[0].path).toBe('households');
    const long = await rt.call('saveCommunity', { ...row('长编号社区'), id: 'a'.repeat(31) }, ADMIN);
    expect([long.status, long.body.error.issues[0].path]).toEqual([400, 'id']);
    const namesake = await rt.call(
      'saveCommunity',
      { ...row('北园社区', { district: '定海区', street: '昌国街道' }), id: 'another-beiyuan' },
      ADMIN,
    );
    expect([namesake.status, namesake.body.error.issues[0].path]).toEqual([400, 'name']);
    expect(await list()).toEqual(PILOT_COMMUNITIES);
  });

  test('admins and city officials everywhere; a district official in their district only, and not the pilots; others not at all', async () => {
    await officials(rt);
    expect((await rt.call('saveCommunity', row('马岙村'), CITY)).status).toBe(200);
    expect((await rt.call('saveCommunity', row('北蝉村'), DINGHAI)).status).toBe(200);
    const elsewhere = await rt.call('saveCommunity', row('东极村', { district: '普陀区', street: '东极镇' }), DINGHAI);
    expect([elsewhere.status, elsewhere.body.error.issues[0].path]).toEqual([403, 'district']);
    const moveAway = await rt.call('saveCommunity', { ...PILOT_COMMUNITIES[0], district: '普陀区' }, DINGHAI);
    expect(moveAway.status).toBe(403);
    const pilot = await rt.call('saveCommunity', row('示范村', { pilot: true }), DINGHAI);
    expect([pilot.status, pilot.body.error.issues[0].path]).toEqual([403, 'pilot']);
    // Editing a pilot's households keeps it a pilot, which a district official may do.
    expect((await rt.call('saveCommunity', { ...PILOT_COMMUNITIES[0], households: 2100 }, DINGHAI)).status).toBe(200);
    for (const who of [CHANGGUO, 'resident-1']) expect((await rt.call('saveCommunity', row('x村'), who)).status).toBe(403);
    expect((await list()).map((c: any) => c.name)).toEqual([...PILOT_COMMUNITIES.map((c) => c.name), '马岙村', '北蝉村']);
  });

  test('listCommunities with mine keeps to the caller’s scope', async () => {
    await officials(rt);
    await rt.call('assignRole', { openid: 'w', role: 'worker', communityId: 'putuo-lianan' }, ADMIN);
    const mine = async (who: string) => (await rt.call('listCommunities', { mine: true }, who)).body.data.communities.map((c: any) => c.id);
    expect(await mine(DINGHAI)).toEqual(['dinghai-beiyuan', 'dinghai-junan']);
    expect(await mine(CHANGGUO)).toEqual(['dinghai-beiyuan']);
    expect(await mine('w')).toEqual(['putuo-lianan']);
    expect(await mine('resident-1')).toEqual([]);
    expect(await mine(CITY)).toHaveLength(8);
  });
});

describe('importCommunities', () => {
  const rows = Array.from({ length: 500 }, (_, i) => row(`第${i + 1}村`, { street: `第${(i % 20) + 1}镇`, households: 100 + i }));

  test('500 rows are saved at once; importing them again adds nothing', async () => {
    const res = await rt.call('importCommunities', { rows }, ADMIN);
    expect(res.status).toBe(200);
    expect([res.body.data.created, res.body.data.updated, res.body.data.communities.length]).toEqual([500, 0, 500]);
    expect(await list()).toHaveLength(508);
    const again = await rt.call('importCommunities', { rows: rows.map((r) => ({ ...r, households: 1 })) }, ADMIN);
    expect([again.body.data.created, again.body.data.updated]).toEqual([0, 500]);
    expect(again.body.data.communities.map((c: any) => c.id)).toEqual(res.body.data.communities.map((c: any) => c.id));
    expect((await list()).slice(8).every((c: any) => c.households === 1)).toBe(true);
  }, 30_000);

  test('any bad row and nothing is saved: every bad row is listed with its fields', async () => {
    const bad = [...rows.slice(0, 10)];
    bad[3] = { ...bad[3], households: -5 };
    bad[5] = { ...bad[5], name: '', kind: 'village' };
    bad[8] = { ...bad[1] }; // the same place as row 2
    const res = await rt.call('importCommunities', { rows: bad }, ADMIN);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.issues.map((i: any) => i.path).sort()).toEqual([
      'rows.3.households',
      'rows.5.kind',
      'rows.5.name',
      'rows.8.name',
    ]);
    expect(res.body.error.issues.find((i: any) => i.path === 'rows.8.name').message).toContain('第 2 行');
    expect(await list()).toEqual(PILOT_COMMUNITIES);
  });

  test('more than 500 rows, none, or rows of another district: refused whole', async () => {
    expect((await rt.call('importCommunities', { rows: [...rows, row('第501村')] }, ADMIN)).body.error.issues[0].path).toBe('rows');
    expect((await rt.call('importCommunities', { rows: [] }, ADMIN)).status).toBe(400);
    await officials(rt);
    const mixed = [
      row('甲村'),
      row('乙村', { district: '岱山县', street: '东沙镇' }),
      row('丙村', { district: '嵊泗县', street: '洋山镇' }),
    ];
    const res = await rt.call('importCommunities', { rows: mixed }, DINGHAI);
    expect(res.status).toBe(403);
    expect(res.body.error.issues.map((i: any) => i.path)).toEqual(['rows.1.district', 'rows.2.district']);
    expect(await list()).toEqual(PILOT_COMMUNITIES);
    expect((await rt.call('importCommunities', { rows: [row('甲村')] }, DINGHAI)).body.data.created).toBe(1);
  });
});
