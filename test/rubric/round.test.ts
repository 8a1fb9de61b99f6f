// Tests of the half-up rounding helpers the scores rest on.
import { fromHundredths, isHundredths, round2, roundRatio, toHundredths } from '../../rubric';

describe('roundRatio', () => {
  test('rounds integer ratios half up, exactly', () => {
    expect(roundRatio(700, 6)).toBe(117); // 7/6 = 1.1666… → 1.17
    expect(roundRatio(700 * 33, 100 * 6)).toBe(39); // Ⅱ-5 item at C: 700 hundredths × 33% / 6 = 38.5 → 39
    expect(roundRatio(700 * 66, 100 * 6)).toBe(77); // at B: 77 exactly
    expect(roundRatio(1, 2)).toBe(1);
    expect(roundRatio(3, 2)).toBe(2);
    expect(roundRatio(0, 9)).toBe(0);
    expect(roundRatio(209_972_000, 60_000)).toBe(3500); // 3499.533…
  });

  test('refuses what is not a non-negative integer ratio', () => {
    expect(() => roundRatio(1.5, 2)).toThrow(RangeError);
    expect(() => roundRatio(1, 0)).toThrow(RangeError);
    expect(() => roundRatio(-1, 2)).toThrow(RangeError);
  });
});

describe('round2', () => {
  test('rounds as a person writes it, despite binary floats', () => {
    expect(round2(1.005)).toBe(1.01); // stored as 1.00499999999999989…
    expect(round2(7 / 6)).toBe(1.17);
    expect(round2((7 / 6) * 0.33)).toBe(0.39); // Ⅱ-5 item at C: 0.385
    expect(round2((40 * 1049.85) / 1200)).toBe(35); // 34.995, but × 100 is 3499.4999…
    expect(round2(34.995)).toBe(35);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(94.994)).toBe(94.99);
    expect(round2(0)).toBe(0);
  });
});

describe('hundredths', () => {
  test('accepts two decimals and converts them exactly', () => {
    expect(isHundredths(0.66)).toBe(true);
    expect(isHundredths(87.5)).toBe(true);
    expect(isHundredths(1.005)).toBe(false);
    expect(isHundredths(7 / 6)).toBe(false);
    expect(toHundredths(0.29)).toBe(29); // 0.29 × 100 = 28.999999999999996
    expect(toHundredths(84.93)).toBe(8493);
    expect(() => toHundredths(0.001)).toThrow(RangeError);
    expect(fromHundredths(117)).toBe(1.17);
  });
});
