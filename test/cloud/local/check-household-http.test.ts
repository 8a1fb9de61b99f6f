// checkHousehold through the local runtime's HTTP face: before the resident answers, whether the household already
// answered through 入户代填 this round — however the address is typed, for the community's own workers only.
import type { Clock } from '../../support/assessment';
import { useRuntime } from '../../support/local-runtime';
import {
  ADMIN,
  BEIYUAN,
  BEIYUAN_WORKER,
  clock,
  JUNAN,
  OFFICIAL,
  startProjectRuntime,
  WORKER,
  WORKER_2,
  YEAR,
} from '../../support/projects';

let time: Clock;
const rt = useRuntime(() => {
  time = clock();
  return startProjectRuntime(time.now);
});

const answers = { awareness: 'aware', satisfaction: 'satisfied' };
const household = { building: '3幢', unit: '2单元', room: '301' };
const check = (body: Record<string, unknown> = {}, who = WORKER) =>
  rt.call('checkHousehold', { communityId: JUNAN, household, ...body }, who);
const assisted = (body: Record<string, unknown> = {}, who = WORKER) =>
  rt.call('submitAssistedResponse', { communityId: JUNAN, household, answers, consent: true, ...body }, who);
const stored = async () => (await rt.deps.store.countResponses(YEAR)).responses;

describe('checkHousehold', () => {
  test('answered is false before the household answers through 入户代填, true after, and stores nothing', async () => {
    const before = await check();
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ ok: true, data: { answered: false } });
    expect(await stored()).toBe(0);

    expect((await assisted()).status).toBe(200);
    expect((await check()).body.data).toEqual({ answered: true });
    // Another worker of the community learns the same; another room is another household.
    expect((await check({}, WORKER_2)).body.data).toEqual({ answered: true });
    expect((await check({ household: { ...household, room: '302' } })).body.data).toEqual({ answered: false });
    // Asking changed nothing: the one assisted answer only.
    expect(await stored()).toBe(1);
  });

  test('the same household typed with full-width digits, extra spaces or another case is the same household', async () => {
    await assisted({ household: { building: 'A座', unit: '', room: '1201' } });
    for (const typed of [
      { building: 'A座', unit: '', room: '1201' },
      { building: ' ａ座 ', unit: ' ', room: '１２０１' },
      { building: 'a 座', unit: '', room: ' 12 01 ' },
    ]) {
      expect((await check({ household: typed })).body.data).toEqual({ answered: true });
    }
    await assisted();
    for (const typed of [
      { building: ' ３幢 ', unit: '２单元', room: '３０１ ' },
      { building: '3 幢', unit: '2 单元', room: ' 301' },
    ]) {
      expect((await check({ household: typed })).body.data).toEqual({ answered: true });
    }
  });

  test('only 入户代填 answers of this community and this round count', async () => {
    // A resident answering alone, a paper form and the same address in another community are not this household.
    expect((await rt.call('submitResponse', { communityId: JUNAN, answers }, 'resident-1')).status).toBe(200);
    expect((await rt.call('submitPaperResponse', { communityId: JUNAN, serial: '3幢2单元301', answers }, WORKER)).status).toBe(200);
    expect(
      (await rt.call('submitAssistedResponse', { communityId: BEIYUAN, household, answers, consent: true }, BEIYUAN_WORKER)).status,
    ).toBe(200);
    expect((await check()).body.data).toEqual({ answered: false });

    // Answered this year; the next year is a new round (Asia/Shanghai: 1 January 00:30 there is 16:30 UTC the day before).
    await assisted();
    expect((await check()).body.data).toEqual({ answered: true });
    time.set(`${YEAR}-12-31T16:30:00.000Z`);
    expect((await check()).body.data).toEqual({ answered: false });
  });

  test('only the community’s own workers may ask: residents, officials, admins and other communities’ workers get 403', async () => {
    await assisted();
    for (const who of ['resident-1', OFFICIAL, ADMIN, BEIYUAN_WORKER]) {
      const res = await check({}, who);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res.body)).not.toContain('answered');
    }
  });

  test('an unknown community is 404', async () => {
    const res = await check({ communityId: 'no-such-community' });
    expect(res.status).toBe(404);
  });

  test.each([
    [{ household: { building: '  ', unit: '1', room: '101' } }, 'household.building'],
    [{ household: { building: '1', unit: '1' } }, 'household.room'],
    [{ household: { building: '1', unit: '1', room: '1'.repeat(21) } }, 'household.room'],
    [{ household: { building: '1', unit: '1', room: '1', floor: '3' } }, 'household'],
    [{ household: undefined }, 'household'],
    [{ communityId: 'BAD ID' }, 'communityId'],
    [{ answers }, ''],
  ])('bad input %j is 400 naming "%s", and nothing is stored', async (body, field) => {
    const res = await check(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect(await stored()).toBe(0);
  });
});
