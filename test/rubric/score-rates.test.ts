// Hand-worked cases of Ⅱ-10.2 (知晓率) and Ⅱ-10.3 (满意度) taking their state from the survey rates, from the minimum sample on.
import { RATE_MIN_SAMPLE } from '../../cloud/contract/rules/standard';
import { scoreAssessment, stateFromRate } from '../../rubric';
import { allStates, std, without } from './builders';

// Everything A except the two rate items, which then come from the rates; satisfaction 60/60 = A.
const base = without(allStates('A'), 'II-10.2', 'II-10.3');
const withAwareness = (count: number, n: number) =>
  scoreAssessment(std, { states: base, rates: { awareness: { count, n }, satisfaction: { count: 60, n: 60 } } });
const item = (s: ReturnType<typeof withAwareness>, id: string) => s.items.find((i) => i.id === id)!;

describe('stateFromRate', () => {
  test('compares in integers at 85% and 75%', () => {
    const t = std.rateStates;
    expect(stateFromRate({ count: 51, n: 60 }, t)).toBe('A'); // 5100 ≥ 85 × 60 = 5100
    expect(stateFromRate({ count: 169, n: 200 }, t)).toBe('B'); // 84.5%: 16900 < 17000, ≥ 15000
    expect(stateFromRate({ count: 45, n: 60 }, t)).toBe('B'); // 75%: 4500 ≥ 4500
    expect(stateFromRate({ count: 149, n: 200 }, t)).toBe('C'); // 74.5%: 14900 < 15000
    expect(stateFromRate({ count: 0, n: 0 }, t)).toBeNull();
    expect(stateFromRate(undefined, t)).toBeNull();
  });

  test('gives no state below the standard’s minimum sample of 50: 49 → none, 50 → a state', () => {
    const t = std.rateStates;
    expect(t.minSample).toBe(50);
    expect(RATE_MIN_SAMPLE).toBe(50); // what the app reads, zod-free
    expect(stateFromRate({ count: 49, n: 49 }, t)).toBeNull(); // 100%, but 49 < 50
    expect(stateFromRate({ count: 50, n: 50 }, t)).toBe('A');
    expect(stateFromRate({ count: 43, n: 50 }, t)).toBe('A'); // 4300 ≥ 4250
    expect(stateFromRate({ count: 42, n: 50 }, t)).toBe('B'); // 4200 < 4250, ≥ 3750
    expect(stateFromRate({ count: 37, n: 50 }, t)).toBe('C'); // 3700 < 3750
  });
});

describe('scoreAssessment: Ⅱ-10 from the rates', () => {
  test('exactly 85% (51/60) is A: 一类 60', () => {
    const s = withAwareness(51, 60);
    expect(item(s, 'II-10.2')).toEqual({ id: 'II-10.2', state: 'A', points: 3, max: 3, source: 'rates' });
    expect(item(s, 'II-10.3')).toMatchObject({ state: 'A', source: 'rates' });
    expect(s).toMatchObject({ firstClass: 60, complete: true });
  });

  test('84.5% (169/200) is B: Ⅱ-10 = 9 × 266/300 = 7.98, 一类 58.98', () => {
    const s = withAwareness(169, 200);
    expect(item(s, 'II-10.2')).toMatchObject({ state: 'B', points: 1.98 });
    expect(s.indicators.find((i) => i.id === 'II-10')?.points).toBe(7.98);
    expect(s.firstClass).toBe(58.98);
  });

  test('exactly 75% (45/60) is still B', () => {
    expect(withAwareness(45, 60)).toMatchObject({ firstClass: 58.98 });
    expect(item(withAwareness(45, 60), 'II-10.2').state).toBe('B');
  });

  test('74.5% (149/200) is C: Ⅱ-10 = 9 × 233/300 = 6.99, 一类 57.99', () => {
    const s = withAwareness(149, 200);
    expect(item(s, 'II-10.2')).toMatchObject({ state: 'C', points: 0.99 });
    expect(s.firstClass).toBe(57.99);
  });

  test('49 answers, all aware, give no state and say why (49/50): incomplete, 一类 60 − 3 = 57', () => {
    const s = withAwareness(49, 49);
    expect(item(s, 'II-10.2')).toEqual({
      id: 'II-10.2',
      state: null,
      points: null,
      max: 3,
      source: 'rates',
      sampleShort: { n: 49, min: 50 },
    });
    expect(s).toMatchObject({ firstClass: 57, complete: false, grade: null, qualified: null });
  });

  test('50 answers give a state: 43/50 = 86% is A, 42/50 = 84% is B (Ⅱ-10 = 7.98)', () => {
    expect(item(withAwareness(43, 50), 'II-10.2')).toEqual({ id: 'II-10.2', state: 'A', points: 3, max: 3, source: 'rates' });
    const b = withAwareness(42, 50);
    expect(item(b, 'II-10.2')).toMatchObject({ state: 'B', points: 1.98 });
    expect(b).toMatchObject({ firstClass: 58.98, complete: true });
  });

  test('n = 0 gives no state: sample short 0/50, incomplete, 一类 counts the rest (60 − 3 = 57)', () => {
    const s = withAwareness(0, 0);
    expect(item(s, 'II-10.2')).toEqual({
      id: 'II-10.2',
      state: null,
      points: null,
      max: 3,
      source: 'rates',
      sampleShort: { n: 0, min: 50 },
    });
    expect(s).toMatchObject({ firstClass: 57, complete: false, grade: null, qualified: null });
  });

  test('no rates at all leaves both items without state, each 0/50 short', () => {
    const s = scoreAssessment(std, { states: base });
    expect([item(s, 'II-10.2').state, item(s, 'II-10.3').state]).toEqual([null, null]);
    expect(item(s, 'II-10.3').sampleShort).toEqual({ n: 0, min: 50 });
    expect(s.complete).toBe(false);
  });

  test('the satisfaction rate drives Ⅱ-10.3 alone', () => {
    const s = scoreAssessment(std, { states: base, rates: { awareness: { count: 60, n: 60 }, satisfaction: { count: 30, n: 60 } } });
    expect([item(s, 'II-10.2').state, item(s, 'II-10.3').state]).toEqual(['A', 'C']);
  });

  test('an explicit state overrides the rate, and carries no sample note', () => {
    // awareness 60/60 would be A; the official's C wins: Ⅱ-10 = 3 + 0.99 + 3 = 6.99, 一类 57.99.
    const s = scoreAssessment(std, {
      states: { ...base, 'II-10.2': 'C' },
      rates: { awareness: { count: 60, n: 60 }, satisfaction: { count: 60, n: 60 } },
    });
    expect(item(s, 'II-10.2')).toEqual({ id: 'II-10.2', state: 'C', points: 0.99, max: 3, source: 'manual' });
    expect(item(s, 'II-10.3')).toMatchObject({ state: 'A', source: 'rates' });
    expect(s.firstClass).toBe(57.99);
  });

  test('an override also completes an item whose rate is short of the sample', () => {
    const s = scoreAssessment(std, { states: { ...base, 'II-10.2': 'B', 'II-10.3': 'B' }, rates: { awareness: { count: 12, n: 12 } } });
    expect(s).toMatchObject({ complete: true, firstClass: 57.96 }); // Ⅱ-10 = 3 + 1.98 + 1.98 = 6.96
  });
});
