// Hand-worked cases of Ⅱ-10.2 (知晓率) and Ⅱ-10.3 (满意度) taking their state from the survey rates.
import { scoreAssessment, stateFromRate } from '../../rubric';
import { allStates, std, without } from './builders';

// Everything A except the two rate items, which then come from the rates; satisfaction 20/20 = A.
const base = without(allStates('A'), 'II-10.2', 'II-10.3');
const withAwareness = (count: number, n: number) =>
  scoreAssessment(std, { states: base, rates: { awareness: { count, n }, satisfaction: { count: 20, n: 20 } } });
const item = (s: ReturnType<typeof withAwareness>, id: string) => s.items.find((i) => i.id === id)!;

describe('stateFromRate', () => {
  test('compares in integers at 85% and 75%', () => {
    const t = std.rateStates;
    expect(stateFromRate({ count: 17, n: 20 }, t)).toBe('A'); // 1700 ≥ 85 × 20 = 1700
    expect(stateFromRate({ count: 169, n: 200 }, t)).toBe('B'); // 84.5%: 16900 < 17000, ≥ 15000
    expect(stateFromRate({ count: 15, n: 20 }, t)).toBe('B'); // 75%: 1500 ≥ 1500
    expect(stateFromRate({ count: 149, n: 200 }, t)).toBe('C'); // 74.5%: 14900 < 15000
    expect(stateFromRate({ count: 0, n: 0 }, t)).toBeNull();
    expect(stateFromRate(undefined, t)).toBeNull();
  });
});

describe('scoreAssessment: Ⅱ-10 from the rates', () => {
  test('exactly 85% (17/20) is A: 一类 60', () => {
    const s = withAwareness(17, 20);
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

  test('exactly 75% (15/20) is still B', () => {
    expect(withAwareness(15, 20)).toMatchObject({ firstClass: 58.98 });
    expect(item(withAwareness(15, 20), 'II-10.2').state).toBe('B');
  });

  test('74.5% (149/200) is C: Ⅱ-10 = 9 × 233/300 = 6.99, 一类 57.99', () => {
    const s = withAwareness(149, 200);
    expect(item(s, 'II-10.2')).toMatchObject({ state: 'C', points: 0.99 });
    expect(s.firstClass).toBe(57.99);
  });

  test('n = 0 gives no state: incomplete, 一类 counts the rest (60 − 3 = 57)', () => {
    const s = withAwareness(0, 0);
    expect(item(s, 'II-10.2')).toEqual({ id: 'II-10.2', state: null, points: null, max: 3, source: 'rates' });
    expect(s).toMatchObject({ firstClass: 57, complete: false, grade: null, qualified: null });
  });

  test('no rates at all leaves both items without state', () => {
    const s = scoreAssessment(std, { states: base });
    expect([item(s, 'II-10.2').state, item(s, 'II-10.3').state]).toEqual([null, null]);
    expect(s.complete).toBe(false);
  });

  test('the satisfaction rate drives Ⅱ-10.3 alone', () => {
    const s = scoreAssessment(std, { states: base, rates: { awareness: { count: 20, n: 20 }, satisfaction: { count: 10, n: 20 } } });
    expect([item(s, 'II-10.2').state, item(s, 'II-10.3').state]).toEqual(['A', 'C']);
  });

  test('an explicit state overrides the rate', () => {
    // awareness 20/20 would be A; the official's C wins: Ⅱ-10 = 3 + 0.99 + 3 = 6.99, 一类 57.99.
    const s = scoreAssessment(std, {
      states: { ...base, 'II-10.2': 'C' },
      rates: { awareness: { count: 20, n: 20 }, satisfaction: { count: 20, n: 20 } },
    });
    expect(item(s, 'II-10.2')).toMatchObject({ state: 'C', points: 0.99, source: 'manual' });
    expect(item(s, 'II-10.3')).toMatchObject({ state: 'A', source: 'rates' });
    expect(s.firstClass).toBe(57.99);
  });

  test('an override also completes an item whose rate has n = 0', () => {
    const s = scoreAssessment(std, { states: { ...base, 'II-10.2': 'B', 'II-10.3': 'B' }, rates: { awareness: { count: 0, n: 0 } } });
    expect(s).toMatchObject({ complete: true, firstClass: 57.96 }); // Ⅱ-10 = 3 + 1.98 + 1.98 = 6.96
  });
});
