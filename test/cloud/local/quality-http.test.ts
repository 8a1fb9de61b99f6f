// getQualityReport through the local runtime's HTTP face, on a scripted round: spread-out answers (some fast, one
// without a startToken), a burst of 25 within 10 minutes, assisted and paper entries; then the volunteers against 20.
import { useRuntime } from '../../support/local-runtime';
import { ADMIN, BEIYUAN_WORKER, clock, JUNAN, NAMES, OFFICIAL, publish, startProjectRuntime, WORKER, YEAR } from '../../support/projects';

const time = clock();
const rt = useRuntime(() => startProjectRuntime(time.now));
beforeEach(() => time.set(`${YEAR}-06-01T00:00:00.000Z`));

const at = (iso: string) => time.set(`${YEAR}-06-01T${iso}Z`);
const plus = (iso: string, seconds: number) => new Date(Date.parse(`${YEAR}-06-01T${iso}Z`) + seconds * 1000).toISOString().slice(11, 23);

/** A resident answers: opens the survey (its startToken) `secondsBefore` before submitting at `iso`, or sends no token. */
async function selfAnswer(who: string, iso: string, secondsBefore: number | null, answers: Record<string, string>) {
  let startToken: string | undefined;
  if (secondsBefore !== null) {
    at(plus(iso, -secondsBefore));
    startToken = (await rt.call('getSurvey', { communityId: JUNAN }, who)).body.data.startToken;
  }
  at(iso);
  const res = await rt.call('submitResponse', { communityId: JUNAN, answers, ...(startToken ? { startToken } : {}) }, who);
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
}
const report = async (who = OFFICIAL) => rt.call('getQualityReport', { year: YEAR, communityId: JUNAN }, who);

/**
 * The scripted round of Junan, 40 answers (a multiple of 5, so the open round's rates are over all 40):
 * - 10 spread-out self answers, 01:00 to 05:30 every 30 min. i < 5 aware (else unaware), i < 4 satisfied (else
 *   dissatisfied). i = 0, 1, 2 answered 5 s after opening (fast); i = 9 without a startToken; the rest after 60 s.
 * - a burst: 25 self answers 12:00:00 to 12:08:00, one every 20 s, each 30 s after opening; all aware and satisfied.
 * - 2 assisted by 王芳 at 14:00 and 14:30 (aware/satisfied, unaware/dissatisfied), each 60 s after opening.
 * - 3 paper forms by 王芳 at 15:00:00, :10, :20 (heard/fairly_satisfied, unaware/unsure, aware/basically_satisfied).
 */
async function scriptRound() {
  for (let i = 0; i < 10; i++) {
    const iso = plus('01:00:00.000', i * 30 * 60);
    const answers = { awareness: i < 5 ? 'aware' : 'unaware', satisfaction: i < 4 ? 'satisfied' : 'dissatisfied' };
    await selfAnswer(`spread-${i}`, iso, i < 3 ? 5 : i === 9 ? null : 60, answers);
  }
  for (let i = 0; i < 25; i++) {
    await selfAnswer(`burst-${i}`, plus('12:00:00.000', i * 20), 30, { awareness: 'aware', satisfaction: 'satisfied' });
  }
  const assisted = [
    { room: '101', answers: { awareness: 'aware', satisfaction: 'satisfied' }, iso: '14:00:00.000' },
    { room: '102', answers: { awareness: 'unaware', satisfaction: 'dissatisfied' }, iso: '14:30:00.000' },
  ];
  for (const a of assisted) {
    at(plus(a.iso, -60));
    const { startToken } = (await rt.call('getSurvey', { communityId: JUNAN }, WORKER)).body.data;
    at(a.iso);
    const household = { building: '1幢', unit: '1单元', room: a.room };
    const res = await rt.call(
      'submitAssistedResponse',
      { communityId: JUNAN, household, answers: a.answers, consent: true, startToken },
      WORKER,
    );
    expect(res.status).toBe(200);
  }
  const forms = [
    { awareness: 'heard', satisfaction: 'fairly_satisfied' },
    { awareness: 'unaware', satisfaction: 'unsure' },
    { awareness: 'aware', satisfaction: 'basically_satisfied' },
  ];
  for (const [k, answers] of forms.entries()) {
    at(plus('15:00:00.000', k * 10));
    expect((await rt.call('submitPaperResponse', { communityId: JUNAN, serial: `JN-${k}`, answers }, WORKER)).status).toBe(200);
  }
}

test('channels, per-worker entries, fast and unknown answers, the burst, and both rates, worked out by hand', async () => {
  await scriptRound();
  const res = await report();
  expect(res.status).toBe(200);
  const [q] = res.body.data.communities;
  expect(res.body.data.rules).toEqual({ fastMs: 8000, burstWindowMs: 600000, burstMoreThan: 20, volunteerTarget: 20 });
  expect(q.responses).toBe(40);
  expect(q.final).toBe(false);
  // 10 spread + 25 burst = 35 self; 2 assisted; 3 paper.
  expect(q.channels).toEqual({ self: 35, assisted: 2, paper: 3 });
  expect(q.workers).toEqual([{ who: { role: 'worker', name: NAMES.worker }, label: `社区工作者 ${NAMES.worker}`, assisted: 2, paper: 3 }]);
  expect(JSON.stringify(res.body)).not.toContain(WORKER); // by display name, never the openid
  // Fast: spread i = 0, 1, 2 (5 s < 8 s). Unknown: spread i = 9 only (paper forms have no duration and are in neither).
  expect(q.fast).toBe(3);
  expect(q.unknownDuration).toBe(1);
  // One burst: the 25 answers 12:00:00–12:08:00; the spread answers are 30 min apart and none joins it.
  expect(q.bursts).toEqual([{ start: `${YEAR}-06-01T12:00:00.000Z`, end: `${YEAR}-06-01T12:08:00.000Z`, count: 25, peak: 25 }]);
  expect(q.inBursts).toBe(25);
  // Flagged: 25 in the burst + 3 fast (none both) = 28.
  expect(q.flagged).toBe(28);

  expect(q.rates.shownAt).toBe(40);
  // With every answer (n 40): aware or heard = 25 burst + 5 spread + 1 assisted + 2 paper (heard, aware) = 33;
  // satisfied, fairly or basically = 25 burst + 4 spread + 1 assisted + 2 paper (fairly, basically) = 32.
  expect(q.rates.withFlagged.n).toBe(40);
  expect(q.rates.withFlagged.awareness).toMatchObject({ count: 33, n: 40, rate: 33 / 40 });
  expect(q.rates.withFlagged.satisfaction).toMatchObject({ count: 32, n: 40, rate: 32 / 40 });
  // Without the 28 flagged: 12 left = spread i = 3..9 (7), 2 assisted, 3 paper.
  // aware or heard: spread i = 3, 4 (2) + assisted 1 + paper 2 = 5; satisfied…: spread i = 3 (1) + assisted 1 + paper 2 = 4.
  expect(q.rates.withoutFlagged).toMatchObject({ n: 12, excluded: 28 });
  expect(q.rates.withoutFlagged.awareness).toMatchObject({ count: 5, n: 12, rate: 5 / 12 });
  expect(q.rates.withoutFlagged.satisfaction).toMatchObject({ count: 4, n: 12, rate: 4 / 12 });

  // The rates with every answer are getIndicators' own; flags deleted nothing.
  const [ind] = (await rt.call('getIndicators', { communityId: JUNAN, year: YEAR }, OFFICIAL)).body.data.communities;
  expect(ind.awareness).toEqual(q.rates.withFlagged.awareness);
  expect(ind.channels).toEqual(q.channels);
  expect(ind.responses).toBe(40);
});

test('an open round’s rates are over its latest multiple of 5 answers; without flags, withheld below 10 left', async () => {
  // 12 self answers 30 min apart, 3 of them fast: rates over the first 10; 10 − 2 fast among them = 8 left → withheld.
  for (let i = 0; i < 12; i++)
    await selfAnswer(`s-${i}`, plus('01:00:00.000', i * 1800), i % 5 === 0 ? 2 : 60, { awareness: 'aware', satisfaction: 'unsure' });
  const [q] = (await report()).body.data.communities;
  expect(q.responses).toBe(12);
  expect(q.fast).toBe(3); // i = 0, 5, 10
  expect(q.rates.shownAt).toBe(10);
  expect(q.rates.withFlagged.awareness).toMatchObject({ count: 10, n: 10 });
  expect(q.rates.withFlagged.satisfaction).toMatchObject({ count: 0, n: 10 });
  // Among the first 10, i = 0 and 5 are fast: 8 remain, below SHOWN_FROM.
  expect(q.rates.withoutFlagged).toEqual({ n: 8, excluded: 2, awareness: null, satisfaction: null });
});

test('below 10 answers no rate shows, yet the counts of how answers arrived do', async () => {
  await selfAnswer('a', '01:00:00.000', 3, { awareness: 'aware', satisfaction: 'satisfied' });
  const [q] = (await report(WORKER)).body.data.communities;
  expect(q).toMatchObject({ responses: 1, fast: 1, channels: { self: 1, assisted: 0, paper: 0 } });
  expect(q.rates).toEqual({
    shownAt: null,
    withFlagged: { n: 0, awareness: null, satisfaction: null },
    withoutFlagged: { n: 0, excluded: 0, awareness: null, satisfaction: null },
  });
});

test('a forged, foreign or stale startToken makes the answer of unknown duration, never refused', async () => {
  at('08:00:00.000');
  const token = (await rt.call('getSurvey', { communityId: 'dinghai-beiyuan' }, 'x')).body.data.startToken;
  const forged = token.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'));
  at('08:00:03.000');
  // A token of another community, a forged one, garbage: each accepted, each of unknown duration.
  expect(
    (
      await rt.call(
        'submitResponse',
        { communityId: JUNAN, answers: { awareness: 'aware', satisfaction: 'satisfied' }, startToken: token },
        'u1',
      )
    ).status,
  ).toBe(200);
  expect(
    (
      await rt.call(
        'submitResponse',
        { communityId: JUNAN, answers: { awareness: 'aware', satisfaction: 'satisfied' }, startToken: forged },
        'u2',
      )
    ).status,
  ).toBe(200);
  expect(
    (
      await rt.call(
        'submitResponse',
        { communityId: JUNAN, answers: { awareness: 'aware', satisfaction: 'satisfied' }, startToken: 'x.y' },
        'u3',
      )
    ).status,
  ).toBe(200);
  // A token older than a day.
  at('08:00:00.000');
  const old = (await rt.call('getSurvey', { communityId: JUNAN }, 'u4')).body.data.startToken;
  time.set(`${YEAR}-06-02T09:00:00.000Z`);
  expect(
    (
      await rt.call(
        'submitResponse',
        { communityId: JUNAN, answers: { awareness: 'aware', satisfaction: 'satisfied' }, startToken: old },
        'u4',
      )
    ).status,
  ).toBe(200);
  const [q] = (await report()).body.data.communities;
  expect(q).toMatchObject({ responses: 4, fast: 0, unknownDuration: 4 });
  // A token longer than the contract allows is bad input.
  const long = await rt.call(
    'submitResponse',
    { communityId: JUNAN, answers: { awareness: 'aware', satisfaction: 'satisfied' }, startToken: 'x'.repeat(513) },
    'u5',
  );
  expect(long.status).toBe(400);
  expect(long.body.error.issues[0].path).toBe('startToken');
});

test('who may read it: officials in scope, the community’s workers, admins; not residents nor other communities’ workers', async () => {
  expect((await report(OFFICIAL)).status).toBe(200);
  expect((await report(WORKER)).status).toBe(200);
  expect((await report(ADMIN)).status).toBe(200);
  expect((await report('resident-1')).status).toBe(403);
  expect((await report(BEIYUAN_WORKER)).status).toBe(403);
  // Without a community: each caller's own communities.
  const mine = await rt.call('getQualityReport', { year: YEAR }, WORKER);
  expect(mine.body.data.communities.map((c: { communityId: string }) => c.communityId)).toEqual([JUNAN]);
  expect((await rt.call('getQualityReport', { year: YEAR }, OFFICIAL)).body.data.communities).toHaveLength(8);
  expect((await rt.call('getQualityReport', {}, OFFICIAL)).body.error.issues[0].path).toBe('year');
});

describe('volunteers against the seed’s 20', () => {
  test('distinct residents who joined as 志愿者, and the phone numbers left with consent for the community’s workers only', async () => {
    const canteen = await publish(rt);
    const patrol = await publish(rt, { category: 'public_safety', title: '平安巡逻', summary: '夜间巡逻' });
    const join = (projectId: string, who: string, body: Record<string, unknown> = {}) =>
      rt.call('joinProject', { projectId, as: 'volunteer', ...body }, who);
    at('09:00:00.000');
    expect((await join(canteen.id, 'v1', { phone: '138 0013 8000', phoneConsent: true })).status).toBe(200);
    at('09:10:00.000');
    expect((await join(patrol.id, 'v1')).status).toBe(200); // the same resident again: still one volunteer
    at('09:20:00.000');
    expect((await join(patrol.id, 'v2', { phone: '＋86 １３９－１２３４－５６７８', phoneConsent: true })).status).toBe(200);
    at('09:30:00.000');
    expect((await join(canteen.id, 'v3')).status).toBe(200);
    // A supervisor is no volunteer.
    expect((await rt.call('joinProject', { projectId: canteen.id, as: 'supervisor' }, 'v4')).status).toBe(200);

    const forWorker = (await report(WORKER)).body.data.communities[0].volunteers;
    expect(forWorker).toEqual({
      count: 3,
      target: 20,
      meets: false,
      contacts: [
        { phone: '13800138000', projects: ['长者食堂', '平安巡逻'], joinedAt: `${YEAR}-06-01T09:00:00.000Z` },
        { phone: '13912345678', projects: ['平安巡逻'], joinedAt: `${YEAR}-06-01T09:20:00.000Z` },
      ],
    });
    // Officials and admins see the count against 20, never a phone number.
    for (const who of [OFFICIAL, ADMIN]) {
      const res = await report(who);
      expect(res.body.data.communities[0].volunteers).toEqual({ count: 3, target: 20, meets: false, contacts: null });
      expect(JSON.stringify(res.body)).not.toMatch(/13800138000|13912345678/);
    }
    // Nor does a project's detail, to anyone.
    const detail = await rt.call('getProject', { projectId: canteen.id }, WORKER);
    expect(JSON.stringify(detail.body)).not.toContain('13800138000');
    expect(detail.body.data.joined.volunteer).toBe(2);
  });

  test('20 volunteers meet the target', async () => {
    const project = await publish(rt);
    for (let i = 0; i < 20; i++) await rt.call('joinProject', { projectId: project.id, as: 'volunteer' }, `v${i}`);
    expect((await report(OFFICIAL)).body.data.communities[0].volunteers).toMatchObject({ count: 20, meets: true });
  });

  test.each([
    [{ phone: '12345678901', phoneConsent: true }, 'phone'],
    [{ phone: '1380013800', phoneConsent: true }, 'phone'],
    [{ phone: '13800138000' }, 'phoneConsent'],
    [{ phone: '13800138000', phoneConsent: false }, 'phoneConsent'],
    [{ phoneConsent: true }, 'phone'],
    [{ as: 'supervisor', phone: '13800138000', phoneConsent: true }, 'phone'],
  ])('joinProject with %j is 400 naming %s, and nobody joins', async (body, field) => {
    const project = await publish(rt);
    const res = await rt.call('joinProject', { projectId: project.id, as: 'volunteer', ...body }, 'v1');
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect((await rt.call('getProject', { projectId: project.id }, 'v1')).body.data.mine.joined).toEqual([]);
  });
});
