// The burst windows and the quality of a round, worked out by hand on small scripted rounds.
import { PILOT_COMMUNITIES } from '../../../cloud/data/pilot-communities';
import { findBursts, roundQuality } from '../../../cloud/core/quality';
import type { ResponseRecord } from '../../../cloud/store/types';

const MIN = 60_000;
const T0 = Date.parse('2024-06-01T02:00:00.000Z');
/** n answers `gapMs` apart from `start`. */
const evenly = (n: number, gapMs: number, start = T0) => Array.from({ length: n }, (_, i) => start + i * gapMs);

describe('findBursts', () => {
  test('20 answers within 10 minutes are no burst; 21 are one', () => {
    expect(findBursts(evenly(20, 10_000)).bursts).toEqual([]);
    expect(findBursts(evenly(21, 10_000))).toEqual({ inBurst: Array(21).fill(true), bursts: [{ first: 0, last: 20, peak: 21 }] });
  });

  test('a window is shorter than 10 minutes: 21 answers whose first and last are exactly 10 minutes apart are none', () => {
    expect(findBursts(evenly(21, 30_000)).bursts).toEqual([]); // last − first = 20 × 30 s = 600 s
    expect(findBursts(evenly(21, 29_999)).bursts).toEqual([{ first: 0, last: 20, peak: 21 }]); // 599.98 s
  });

  test('25 answers in 8 minutes among spread-out ones: exactly those 25', () => {
    const spread = evenly(5, 30 * MIN); // 02:00 … 04:00
    const burst = evenly(25, 20_000, T0 + 5 * 60 * MIN); // 07:00:00 … 07:08:00
    const later = evenly(3, 30 * MIN, T0 + 8 * 60 * MIN);
    const { inBurst, bursts } = findBursts([...spread, ...burst, ...later]);
    expect(bursts).toEqual([{ first: 5, last: 29, peak: 25 }]);
    expect(inBurst.filter(Boolean)).toHaveLength(25);
    expect(inBurst.slice(0, 5).concat(inBurst.slice(30))).toEqual(Array(8).fill(false));
  });

  test('overlapping dense windows make one burst; dense windows without a common answer make two', () => {
    // 60 answers every 20 s: 20 minutes of steady answers, each 10-minute window holding 30 → one burst of 60.
    expect(findBursts(evenly(60, 20_000)).bursts).toEqual([{ first: 0, last: 59, peak: 30 }]);
    // 21 at once, then 21 at once 10 minutes later: the windows share no answer.
    const two = [...Array(21).fill(T0), ...Array(21).fill(T0 + 10 * MIN)];
    expect(findBursts(two).bursts).toEqual([
      { first: 0, last: 20, peak: 21 },
      { first: 21, last: 41, peak: 21 },
    ]);
  });

  test('an answer joins a burst when it is within 10 minutes of enough answers before it', () => {
    // 21 answers one a second (T0 … T0+20 s). One more at T0+1 s+10 min: the window of the 2nd answer (T0+1 s) ends
    // just before it, so it stays out. At T0+1 s+10 min−1 ms, that window holds answers 2…22: 21, dense, and it is in.
    const first = evenly(21, 1000);
    expect(findBursts([...first, T0 + 1000 + 10 * MIN]).bursts).toEqual([{ first: 0, last: 20, peak: 21 }]);
    expect(findBursts([...first, T0 + 1000 + 10 * MIN - 1]).bursts).toEqual([{ first: 0, last: 21, peak: 21 }]);
  });
});

describe('roundQuality', () => {
  const community = PILOT_COMMUNITIES[1];
  const record = (i: number, over: Partial<ResponseRecord>): ResponseRecord => ({
    communityId: community.id,
    year: 2024,
    respondent: `r${i}`,
    answers: { awareness: 'aware', satisfaction: 'satisfied' },
    submittedAt: new Date(T0 + i * 1000).toISOString(),
    channel: 'self',
    durationMs: 60_000,
    ...over,
  });
  const worker = { openid: 'w1', who: { role: 'worker' as const, name: '王芳' } };

  test('paper forms entered in a minute are no burst and of no duration; flags are counted once', () => {
    const paper = Array.from({ length: 25 }, (_, i) =>
      record(i, { channel: 'paper', durationMs: null, enteredBy: worker, answers: { awareness: 'unaware', satisfaction: 'unsure' } }),
    );
    // Self answers an hour later: one fast, one without a duration.
    const self = [record(3600, { durationMs: 7_999 }), record(3700, { durationMs: 8_000 }), record(3800, { durationMs: null })];
    const q = roundQuality([...paper, ...self], community, false);
    expect(q.channels).toEqual({ self: 3, assisted: 0, paper: 25 });
    expect(q.bursts).toEqual([]);
    expect(q.fast).toBe(1); // 7,999 ms; 8,000 ms is not under 8 s
    expect(q.unknownDuration).toBe(1);
    expect(q.workers).toEqual([{ who: worker.who, label: '社区工作者 王芳', assisted: 0, paper: 25 }]);
    // 28 answers, open: rates over the first 25 (all paper: 0 aware of 25); none of them flagged.
    expect(q.rates.shownAt).toBe(25);
    expect(q.rates.withFlagged.awareness).toMatchObject({ count: 0, n: 25 });
    expect(q.rates.withoutFlagged).toMatchObject({ n: 25, excluded: 0 });
  });

  test('a final round’s rates are over every answer; the fast one left out, by hand', () => {
    // 12 answers: i < 9 aware (else unaware); i = 0 fast. Final: n 12, aware 9; without the fast one: n 11, aware 8.
    const records = Array.from({ length: 12 }, (_, i) =>
      record(i * 600, {
        durationMs: i === 0 ? 1_000 : 60_000,
        answers: { awareness: i < 9 ? 'aware' : 'unaware', satisfaction: 'satisfied' },
      }),
    );
    const q = roundQuality(records, community, true);
    expect(q.rates.shownAt).toBe(12);
    expect(q.rates.withFlagged.awareness).toMatchObject({ count: 9, n: 12 });
    expect(q.rates.withoutFlagged.awareness).toMatchObject({ count: 8, n: 11 });
    expect(q.rates.withoutFlagged.excluded).toBe(1);
  });
});
