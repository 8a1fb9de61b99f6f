// Rates from counts: the 95% Wilson interval, the 85% flags and the planner of responses still needed.
import type { TRate } from '../contract';

const Z95 = 1.959964;

/** Wilson score interval for count successes out of n > 0 trials. */
export function wilson(count: number, n: number, z = Z95): [number, number] {
  const p = count / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp float noise at the ends (count = 0 or n gives exactly 0 or 1).
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Cochran's sample size to tell p from the target with margin |p − target|, with the
 * finite-population correction when the community's household count N is known.
 * Infinity when p equals the target: no sample can settle it.
 */
export function requiredSampleSize(p: number, targetPercent: number, population: number | null, z = Z95): number {
  const e = Math.abs(p - targetPercent / 100);
  if (e === 0) return Infinity;
  // p(1−p) is 0 at p = 0 or 1; use the target's variance there so the plan is not "zero".
  const variance = p > 0 && p < 1 ? p * (1 - p) : (targetPercent / 100) * (1 - targetPercent / 100);
  const n0 = (z * z * variance) / (e * e);
  return population ? n0 / (1 + (n0 - 1) / population) : n0;
}

/** A rate with its interval and flags, or null when nobody answered (a rate of 0 answers is absent, not 0). */
export function rateOf(count: number, n: number, targetPercent: number, population: number | null = null): TRate | null {
  if (n === 0) return null;
  const ci95 = wilson(count, n);
  const target = targetPercent / 100;
  const confidentlyMeets = ci95[0] >= target;
  const confidentlyMisses = ci95[1] < target;
  let moreNeeded: number | null = 0;
  if (!confidentlyMeets && !confidentlyMisses) {
    const required = requiredSampleSize(count / n, targetPercent, population);
    moreNeeded = Number.isFinite(required) ? Math.max(1, Math.ceil(required) - n) : null;
  }
  return {
    count,
    n,
    rate: count / n,
    ci95,
    meetsTarget: 100 * count >= targetPercent * n,
    confidentlyMeets,
    verdict: confidentlyMeets ? 'met' : confidentlyMisses ? 'missed' : 'unsettled',
    moreNeeded,
  };
}
