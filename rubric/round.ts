// Half-up rounding to hundredths of a point: exact on integer ratios, float-safe on plain numbers.

const EPS = 1e-9;

/** True when `x` is written with at most two decimals (1.17, 87.5, 40), allowing binary float noise. */
export function isHundredths(x: number): boolean {
  const scaled = x * 100;
  return Number.isFinite(scaled) && Math.abs(scaled - Math.round(scaled)) < EPS * Math.max(1, Math.abs(scaled));
}

/** `x` (at most two decimals) as a whole number of hundredths: 1.17 → 117, 0.66 → 66. */
export function toHundredths(x: number): number {
  if (!isHundredths(x)) throw new RangeError(`${x} has more than two decimals`);
  return Math.round(x * 100);
}

/**
 * round(num / den) half up, for non-negative safe integers, with no float division:
 * the engine keeps every score as an integer ratio until this one step.
 */
export function roundRatio(num: number, den: number): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0) {
    throw new RangeError(`roundRatio needs non-negative safe integers, got ${num}/${den}`);
  }
  const a = 2 * num + den;
  const b = 2 * den;
  if (!Number.isSafeInteger(a)) throw new RangeError(`roundRatio overflow: ${num}/${den}`);
  return (a - (a % b)) / b;
}

/**
 * A float rounded to two decimals, half away from zero. Trimming to 12 significant digits first
 * absorbs binary error, so 1.005 (stored as 1.00499999…) gives 1.01 as a person expects.
 */
export function round2(x: number): number {
  const scaled = Number((Math.abs(x) * 100).toPrecision(12));
  return (Math.sign(x) * Math.floor(scaled + 0.5)) / 100;
}

/** Hundredths back to points: 117 → 1.17 (the nearest double, which prints as written). */
export function fromHundredths(h: number): number {
  return h / 100;
}
