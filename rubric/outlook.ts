// How sure a grade is while Ⅱ-10.2/10.3 rest on sampled rates (issue #10 part 6): pure maths, free of zod.
//
// Each sampled rate p, after `count` of `n` answers, has the posterior Beta(count + 1, n − count + 1) (a uniform
// prior). The standard's thresholds turn p into the item's state: A when p ≥ A%, B when p ≥ B%, C below. The two
// items' states are independent, so the probability of each of the 3 × 3 combinations is the product of its
// states' probabilities; scoring each combination with the other items as they stand (the caller's `verdictOf`,
// the rubric's own scorer) and adding up the probabilities per verdict gives the grade's distribution exactly.
// An item whose state is fixed (set by hand, or held by a final acceptance) takes that state with probability 1.
import type { TState } from './schema';

/** Lanczos coefficients (g = 7, n = 9), as in Numerical Recipes 3rd ed. and Boost: ln Γ to about 1e-15 relative. */
const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.9189385332046728;

/** ln Γ(x) for x > 0. */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`lnGamma needs x > 0, got ${x}`);
  // Reflection keeps the series on x ≥ 0.5, where it is accurate.
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const TINY = 1e-300;
const EPS = 1e-15;
const MAX_ITERATIONS = 100000;

/** The continued fraction of I_x(a, b) by the modified Lentz method; converges fast for x < (a + 1) / (a + b + 2). */
function betaFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta did not converge for x=${x}, a=${a}, b=${b}`);
}

/**
 * The regularized incomplete beta function I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b), a, b > 0, 0 ≤ x ≤ 1.
 * The continued fraction is evaluated on the side where it converges (I_x(a, b) = 1 − I_{1−x}(b, a)).
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError(`incomplete beta needs a, b > 0, got a=${a}, b=${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`incomplete beta needs 0 ≤ x ≤ 1, got ${x}`);
  if (x === 0) return 0;
  if (x === 1) return 1;
  const lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(lnFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** A sampled rate: `count` of `n` answers counted (real numbers are allowed, for answers still to come). */
export interface RateSample {
  count: number;
  n: number;
}
export type StateProbabilities = Record<TState, number>;
/** The thresholds of the standard's rateStates, in percent: A from `A`, B from `B`, C below. */
export interface RateThresholds {
  A: number;
  B: number;
}

const clamp01 = (p: number) => Math.min(1, Math.max(0, p));

/**
 * The probability of each state a rate's item takes, from the rate's posterior Beta(count + 1, n − count + 1):
 * C = P(p < B%), A = P(p ≥ A%), B the rest.
 */
export function stateProbabilities({ count, n }: RateSample, thresholds: RateThresholds): StateProbabilities {
  if (!(n >= 0) || !(count >= 0) || count > n) throw new RangeError(`a rate needs 0 ≤ count ≤ n, got ${count} of ${n}`);
  const a = count + 1;
  const b = n - count + 1;
  const C = clamp01(regularizedIncompleteBeta(thresholds.B / 100, a, b));
  const A = clamp01(1 - regularizedIncompleteBeta(thresholds.A / 100, a, b));
  return { A, B: clamp01(1 - A - C), C };
}

/** A state held for certain: set by hand, or by a final acceptance. */
export const fixedState = (state: TState): StateProbabilities => ({ A: 0, B: 0, C: 0, [state]: 1 });

const STATE_ORDER: readonly TState[] = ['A', 'B', 'C'];

/**
 * The distribution of the verdict: every combination of the items' states (3 × 3 for two items), its
 * probability the product of its states' probabilities, its verdict what `verdictOf` scores it as. Combinations
 * of probability 0 are not scored. The verdicts' probabilities add up to 1 (up to rounding).
 */
export function verdictDistribution<V extends string>(
  items: readonly StateProbabilities[],
  verdictOf: (states: readonly TState[]) => V,
): Map<V, number> {
  const distribution = new Map<V, number>();
  const walk = (i: number, states: TState[], p: number) => {
    if (p === 0) return;
    if (i === items.length) {
      const verdict = verdictOf(states);
      distribution.set(verdict, (distribution.get(verdict) ?? 0) + p);
      return;
    }
    for (const s of STATE_ORDER) walk(i + 1, [...states, s], p * items[i][s]);
  };
  walk(0, [], 1);
  return distribution;
}

/** The most probable outcome's probability, for a distribution (a settled one has it ≥ the confidence). */
export const topProbability = (distribution: ReadonlyMap<string, number>): number => Math.max(0, ...distribution.values());

/** An item of the outlook: a sample still to grow, or a state held for certain. */
export type OutlookInput = { sample: RateSample } | { fixed: TState };

/**
 * The samples after `more` further answers, assuming they follow the current rates: count grows by
 * more × count / n, n by more (real-valued counts; the Beta posterior takes them as they are).
 */
export function grown(items: readonly OutlookInput[], more: number): OutlookInput[] {
  return items.map((item) =>
    'sample' in item
      ? { sample: { count: item.sample.count + (more * item.sample.count) / item.sample.n, n: item.sample.n + more } }
      : item,
  );
}

export function itemProbabilities(items: readonly OutlookInput[], thresholds: RateThresholds): StateProbabilities[] {
  return items.map((item) => ('sample' in item ? stateProbabilities(item.sample, thresholds) : fixedState(item.fixed)));
}

/**
 * The fewest further answers m (0 … max) after which `settled` holds for the distribution, assuming the answers
 * follow the current rates (grown); null when it does not hold within max answers. Found by doubling, then
 * bisection, which finds the smallest m where settling is monotone in m (it is as the posteriors narrow
 * around rates off the thresholds; tests check it against a scan of every m). Samples need n > 0.
 */
export function answersToSettle(
  items: readonly OutlookInput[],
  thresholds: RateThresholds,
  distributionOf: (states: readonly StateProbabilities[]) => ReadonlyMap<string, number>,
  settled: (distribution: ReadonlyMap<string, number>) => boolean,
  max: number,
): number | null {
  const holds = (m: number) => settled(distributionOf(itemProbabilities(grown(items, m), thresholds)));
  if (holds(0)) return 0;
  if (!items.some((item) => 'sample' in item)) return null;
  let low = 0; // does not hold
  let high = 1;
  while (!holds(high)) {
    if (high >= max) return null;
    low = high;
    high = Math.min(max, high * 2);
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (holds(mid)) high = mid;
    else low = mid;
  }
  return high;
}
