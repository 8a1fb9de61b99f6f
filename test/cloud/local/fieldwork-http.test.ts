// Fieldwork through the local runtime's HTTP face: assisted interviews (one per household a round, however the
// address is typed), paper forms (one per serial), their channels in the figures, and who may enter them.
import { useRuntime } from '../../support/local-runtime';
import { completeAssessment, finalize } from '../../support/locks';
import {
  ADMIN,
  BEIYUAN,
  BEIYUAN_WORKER,
  clock,
  JUNAN,
  NAMES,
  OFFICIAL,
  startProjectRuntime,
  WORKER,
  WORKER_2,
  YEAR,
} from '../../support/projects';

const rt = useRuntime(() => startProjectRuntime(clock().now));

const answers = { awareness: 'aware', satisfaction: 'satisfied' };
const household = { building: '3幢', unit: '2单元', room: '301' };
const assisted = (body: Record<string, unknown> = {}, who = WORKER) =>
  rt.call('submitAssistedResponse', { communityId: JUNAN, household, answers, consent: true, ...body }, who);
const paper = (serial: string, who = WORKER, body: Record<string, unknown> = {}) =>
  rt.call('submitPaperResponse', { communityId: JUNAN, serial, answers, ...body }, who);
const stored = async () => (await rt.deps.store.countResponses(YEAR)).responses;
const indicators = async () => (await rt.call('getIndicators', { communityId: JUNAN, year: YEAR }, OFFICIAL)).body.data.communities[0];

describe('submitAssistedResponse', () => {
  test('a worker records a household once; the same household typed with full-width digits, spaces or case is 409 HOUSEHOLD_ANSWERED', async () => {
    const first = await assisted();
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual({ round: { communityId: JUNAN, year: YEAR }, accepted: true, channel: 'assisted' });

    for (const again of [
      { building: ' ３幢 ', unit: '２单元', room: '３０１ ' },
      { building: '3 幢', unit: '2 单元', room: ' 301' },
    ]) {
      const res = await assisted({ household: again, answers: { awareness: 'unaware', satisfaction: 'dissatisfied' } }, WORKER_2);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('HOUSEHOLD_ANSWERED');
      expect(res.body.error.message).toContain('这一户');
    }
    // Letters compare without case: 'A座' and 'ａ座' (full-width, lower case) are one building.
    expect((await assisted({ household: { building: 'A座', unit: '', room: '1201' } })).status).toBe(200);
    expect((await assisted({ household: { building: 'ａ座', unit: ' ', room: '１２０１' } })).body.error.code).toBe('HOUSEHOLD_ANSWERED');

    // Two answers stored, counted once each.
    expect(await stored()).toBe(2);
    const [tally] = await rt.deps.store.getTallies(YEAR, JUNAN);
    expect(tally.counts).toEqual({ awareness: { aware: 2 }, satisfaction: { satisfied: 2 } });
  });

  test('households are stored as a keyed hash, never as typed', async () => {
    await assisted({ household: { building: '幸福里7幢', unit: '1单元', room: '502' } });
    const [record] = await rt.deps.store.listResponses(YEAR, [JUNAN]);
    expect(record.respondent).toMatch(/^hh-[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toMatch(/幸福里|502/);
    expect(record).toMatchObject({ channel: 'assisted', enteredBy: { openid: WORKER, who: { role: 'worker', name: NAMES.worker } } });
  });

  test('another community’s household with the same address is another household', async () => {
    expect((await assisted()).status).toBe(200);
    const res = await rt.call('submitAssistedResponse', { communityId: BEIYUAN, household, answers, consent: true }, BEIYUAN_WORKER);
    expect(res.status).toBe(200);
  });

  test('only the community’s own workers enter: residents, officials, admins and other communities’ workers get 403', async () => {
    for (const who of ['resident-1', OFFICIAL, ADMIN, BEIYUAN_WORKER]) {
      const res = await assisted({}, who);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect(await stored()).toBe(0);
  });

  test('the worker cannot answer for themselves, yet records a household: the one-person rules are the resident’s', async () => {
    expect((await rt.call('submitResponse', { communityId: JUNAN, answers }, WORKER)).body.error.code).toBe('STAFF_NOT_ELIGIBLE');
    expect((await assisted()).status).toBe(200);
    // …and a second household right after, by the same worker.
    expect((await assisted({ household: { ...household, room: '302' } })).status).toBe(200);
  });

  test.each([
    [{ consent: false }, 'consent'],
    [{ consent: undefined }, 'consent'],
    [{ household: { building: '  ', unit: '1', room: '101' } }, 'household.building'],
    [{ household: { building: '1', unit: '1' } }, 'household.room'],
    [{ household: { building: '1', unit: '1', room: '1'.repeat(21) } }, 'household.room'],
    [{ household: { building: '1', unit: '1', room: '1', floor: '3' } }, 'household'],
    [{ answers: { awareness: 'aware' } }, 'answers.satisfaction'],
    [{ communityId: 'BAD ID' }, 'communityId'],
  ])('bad input %j is 400 naming %s, and nothing is stored', async (body, field) => {
    const res = await assisted(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect(await stored()).toBe(0);
  });

  test('a round closed by its final acceptance answers 409 ROUND_CLOSED and stores nothing', async () => {
    await completeAssessment(rt, JUNAN);
    await finalize(rt, JUNAN);
    const res = await assisted();
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ROUND_CLOSED');
    expect((await paper('0001')).body.error.code).toBe('ROUND_CLOSED');
    expect(await stored()).toBe(0);
  });
});

describe('submitPaperResponse', () => {
  test('a serial is entered once per round: the second time, however typed, is 409 SERIAL_ENTERED', async () => {
    const first = await paper('BY-2024-001');
    expect(first.status).toBe(200);
    expect(first.body.data.channel).toBe('paper');
    for (const again of ['BY-2024-001', ' by-2024-００１ ', 'ＢＹ-2024-001']) {
      const res = await paper(again, WORKER_2);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('SERIAL_ENTERED');
    }
    expect((await paper('BY-2024-002')).status).toBe(200);
    expect(await stored()).toBe(2);
    const records = await rt.deps.store.listResponses(YEAR, [JUNAN]);
    expect(records.map((r) => [r.channel, r.serial])).toEqual([
      ['paper', 'by-2024-001'],
      ['paper', 'by-2024-002'],
    ]);
  });

  test('the same serial in another community is another form', async () => {
    expect((await paper('0001')).status).toBe(200);
    const res = await rt.call('submitPaperResponse', { communityId: BEIYUAN, serial: '0001', answers }, BEIYUAN_WORKER);
    expect(res.status).toBe(200);
  });

  test.each([
    [{ serial: '   ' }, 'serial'],
    [{ serial: 'x'.repeat(41) }, 'serial'],
    [{ answers: { awareness: 'aware', satisfaction: 'great' } }, 'answers.satisfaction'],
    [{ consent: true }, ''],
  ])('bad input %j is 400 naming "%s", and nothing is stored', async (body, field) => {
    const res = await rt.call('submitPaperResponse', { communityId: JUNAN, serial: '0001', answers, ...body }, WORKER);
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect(await stored()).toBe(0);
  });

  test('officials and residents cannot enter paper forms', async () => {
    expect((await paper('0001', OFFICIAL)).status).toBe(403);
    expect((await paper('0001', 'resident-1')).status).toBe(403);
    expect(await stored()).toBe(0);
  });
});

describe('channels in getIndicators', () => {
  test('withheld below 10 answers; from 10, the exact count per channel', async () => {
    for (let i = 0; i < 4; i++) await rt.call('submitResponse', { communityId: JUNAN, answers }, `r${i}`);
    await assisted();
    await paper('P1');
    // 6 answers: below SHOWN_FROM, only the count shows.
    expect(await indicators()).toMatchObject({ responses: 6, suppressed: true, channels: null });

    for (let i = 4; i < 8; i++) await rt.call('submitResponse', { communityId: JUNAN, answers }, `r${i}`);
    await assisted({ household: { ...household, room: '302' } });
    await assisted({ household: { ...household, room: '303' } }, WORKER_2);
    await paper('P2');
    // 8 self + 3 assisted + 2 paper = 13.
    expect(await indicators()).toMatchObject({ responses: 13, suppressed: false, channels: { self: 8, assisted: 3, paper: 2 } });
    // Every answer counts in the rates like any other: the snapshot at 10 holds all aware/satisfied answers.
    expect((await indicators()).awareness).toMatchObject({ count: 10, n: 10 });
  });

  test('recountIndicators leaves the channel counts as they are', async () => {
    for (let i = 0; i < 10; i++) await rt.call('submitResponse', { communityId: JUNAN, answers }, `r${i}`);
    await assisted();
    await paper('P1');
    const recount = await rt.call('recountIndicators', { year: YEAR }, ADMIN);
    expect(recount.body.data.corrections).toEqual([]);
    expect((await indicators()).channels).toEqual({ self: 10, assisted: 1, paper: 1 });
  });
});
