// The rate maths against figures worked out by hand and published Wilson intervals.
import { rateOf, requiredSampleSize, wilson } from '../../../cloud/core/rates';

const close = (actual: number, expected: number, digits = 4) => expect(actual).toBeCloseTo(expected, digits);

describe('wilson', () => {
  test("Newcombe's (1998) worked example 81/263 gives 0.2553–0.3662", () => {
    const [lo, hi] = wilson(81, 263);
    close(lo, 0.2553);
    close(hi, 0.3662);
  });

  test('17/20 = 85%: z² = 3.841459, centre = (0.85 + 0.096036)/1.192073 = 0.793605, half = 0.154025 → 0.6396–0.9476', () => {
    const [lo, hi] = wilson(17, 20);
    close(lo, 0.6396);
    close(hi, 0.9476);
  });

  test('0/10 and 10/10 stay inside [0, 1]: 0–0.2775 and 0.7225–1', () => {
    expect(wilson(0, 10)[0]).toBe(0);
    close(wilson(0, 10)[1], 0.2775);
    close(wilson(10, 10)[0], 0.7225);
    expect(wilson(10, 10)[1]).toBeLessThanOrEqual(1);
  });
});

describe('rateOf', () => {
  test('n = 0 is absent, not 0', () => {
    expect(rateOf(0, 0, 85)).toBeNull();
  });

  test.each([
    [84, 100, false], // 8,400 < 8,500
    [85, 100, true], // 8,500 = 8,500
    [86, 100, true],
    [17, 20, true], // 1,700 = 1,700
    [169, 200, false], // 16,900 < 17,000
  ])('%i of %i meets the 85%% target: %s (100·count ≥ 85·n in integers)', (count, n, meets) => {
    expect(rateOf(count, n, 85)!.meetsTarget).toBe(meets);
  });

  test('an observed 85% never confidently meets 85%, and no sample size can settle it', () => {
    const r = rateOf(170, 200, 85)!;
    expect(r.rate).toBe(0.85);
    expect(r.meetsTarget).toBe(true);
    expect(r.confidentlyMeets).toBe(false);
    close(r.ci95[0], 0.7939);
    close(r.ci95[1], 0.8929);
    expect(r.verdict).toBe('unsettled');
    expect(r.moreNeeded).toBeNull();
  });

  test('950/1000: lower bound 0.9347 ≥ 0.85, confidently met, nothing more needed', () => {
    const r = rateOf(950, 1000, 85)!;
    close(r.ci95[0], 0.9347);
    expect(r.confidentlyMeets).toBe(true);
    expect(r.verdict).toBe('met');
    expect(r.moreNeeded).toBe(0);
  });

  test('10/100: upper bound below 0.85 settles the miss, nothing more needed', () => {
    const r = rateOf(10, 100, 85)!;
    expect(r.ci95[1]).toBeLessThan(0.85);
    expect(r.confidentlyMeets).toBe(false);
    expect(r.verdict).toBe('missed');
    expect(r.moreNeeded).toBe(0);
  });

  test('45/50 = 90% is unsettled: n₀ = 3.841459 × 0.9 × 0.1 / 0.05² = 138.29 → 139, so 89 more', () => {
    const r = rateOf(45, 50, 85)!;
    expect(r.confidentlyMeets).toBe(false);
    expect(r.verdict).toBe('unsettled');
    expect(r.moreNeeded).toBe(89);
  });

  test('with 200 households: 138.29 / (1 + 137.29/200) = 82.002 → 83, so 33 more', () => {
    close(requiredSampleSize(0.9, 85, 200), 82.0015, 3);
    expect(rateOf(45, 50, 85, 200)!.moreNeeded).toBe(33);
  });
});
