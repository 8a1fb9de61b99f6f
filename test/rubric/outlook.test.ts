// The grade outlook's maths (rubric/outlook.ts) against values worked by hand, closed forms, a high-precision
// reference, a scan of every answer count and a Monte-Carlo run of the real scorer.
import { judge, scoreAssessment, type TState, type TVerdict } from '../../rubric';
import {
  answersToSettle,
  fixedState,
  grown,
  itemProbabilities,
  lnGamma,
  regularizedIncompleteBeta as I,
  stateProbabilities,
  topProbability,
  verdictDistribution,
  type OutlookInput,
  type StateProbabilities,
} from '../../rubric/outlook';
import { allStates, std } from './builders';

const THRESHOLDS = { A: 85, B: 75 };

/** P(Binomial(m, x) ≥ a), summed term by term: I_x(a, b) for whole a, b, with m = a + b − 1. */
function binomialTail(x: number, a: number, b: number): number {
  const m = a + b - 1;
  let sum = 0;
  for (let j = a; j <= m; j++) sum += Math.exp(lnChoose(m, j) + j * Math.log(x) + (m - j) * Math.log1p(-x));
  return sum;
}
function lnChoose(m: number, j: number): number {
  let s = 0;
  for (let i = 1; i <= j; i++) s += Math.log(m - j + i) - Math.log(i);
  return s;
}

describe('lnGamma', () => {
  test('known values: Γ(1) = Γ(2) = 1, Γ(1/2) = √π, Γ(10) = 9! = 362880, Γ(101) = 100!', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(2)).toBeCloseTo(0, 14);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12);
    let lnFactorial100 = 0;
    for (let i = 2; i <= 100; i++) lnFactorial100 += Math.log(i);
    expect(lnGamma(101)).toBeCloseTo(lnFactorial100, 10);
    expect(() => lnGamma(0)).toThrow(RangeError);
  });
});

describe('the regularized incomplete beta I_x(a, b)', () => {
  test('worked by hand: I_0.4(2, 3) = P(Bin(4, 0.4) ≥ 2) = 1 − 0.6⁴ − 4 × 0.4 × 0.6³ = 1 − 0.1296 − 0.3456 = 0.5248', () => {
    expect(I(0.4, 2, 3)).toBeCloseTo(0.5248, 14);
  });

  test('closed forms: I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ, I_½(a, a) = ½, I_x(½, ½) = (2/π) asin √x', () => {
    expect(I(0.85, 11, 1)).toBeCloseTo(0.85 ** 11, 14); // 0.16734…
    expect(I(0.75, 1, 6)).toBeCloseTo(1 - 0.25 ** 6, 14);
    for (const a of [1, 3, 50, 777]) expect(I(0.5, a, a)).toBeCloseTo(0.5, 11);
    expect(I(0.1, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(0.1)), 13); // 0.2048327646991…
    expect([I(0, 3, 4), I(1, 3, 4)]).toEqual([0, 1]);
  });

  test('equals the binomial tail for whole a, b up to 200 answers, on both sides of the mean', () => {
    for (const [a, b] of [
      [1, 1],
      [9, 3],
      [44, 8],
      [52, 10],
      [171, 31],
      [100, 101],
    ])
      for (const x of [0.05, 0.5, 0.75, 0.85, 0.97]) expect(I(x, a, b)).toBeCloseTo(binomialTail(x, a, b), 12);
  });

  test('large samples agree with a high-precision reference (mpmath / scipy.special.betainc)', () => {
    expect(I(0.85, 8501, 1501)).toBeCloseTo(0.5052133980492509, 10);
    expect(I(0.85, 85001, 15001)).toBeCloseTo(0.5016487608533085, 9);
    expect(I(0.85, 901, 101)).toBeCloseTo(1.9221736983966415e-6, 15);
    expect(I(0.999, 1000, 2)).toBeCloseTo(0.7353908495419277, 12);
  });

  test('refuses what is no distribution', () => {
    expect(() => I(0.5, 0, 1)).toThrow(RangeError);
    expect(() => I(1.5, 1, 1)).toThrow(RangeError);
  });
});

describe('stateProbabilities: the states a rate’s posterior Beta(count + 1, n − count + 1) gives', () => {
  test('10 of 10: Beta(11, 1), P(p < t) = t¹¹: C = 0.75¹¹ = 0.04224, A = 1 − 0.85¹¹ = 0.83266, B the rest', () => {
    const s = stateProbabilities({ count: 10, n: 10 }, THRESHOLDS);
    expect(s.C).toBeCloseTo(0.75 ** 11, 14);
    expect(s.A).toBeCloseTo(1 - 0.85 ** 11, 14);
    expect(s.B).toBeCloseTo(0.85 ** 11 - 0.75 ** 11, 14);
  });

  test('0 of 5: Beta(1, 6), P(p ≥ t) = (1 − t)⁶: A = 0.15⁶ = 1.139e-5, C = 1 − 0.25⁶ = 0.99976', () => {
    const s = stateProbabilities({ count: 0, n: 5 }, THRESHOLDS);
    expect(s.A).toBeCloseTo(0.15 ** 6, 16);
    expect(s.C).toBeCloseTo(1 - 0.25 ** 6, 14);
    expect(s.A + s.B + s.C).toBeCloseTo(1, 14);
  });

  test('a fixed state is certain; a count above n is refused', () => {
    expect(fixedState('B')).toEqual({ A: 0, B: 1, C: 0 });
    expect(() => stateProbabilities({ count: 6, n: 5 }, THRESHOLDS)).toThrow(RangeError);
  });
});

describe('verdictDistribution: the exact sum over the combinations of states', () => {
  test('two items worked by hand: P(AA) = 0.5 × 0.1 = 0.05, P(exactly one A) = 0.5 × 0.9 + 0.5 × 0.1 = 0.5', () => {
    const items: StateProbabilities[] = [
      { A: 0.5, B: 0.3, C: 0.2 },
      { A: 0.1, B: 0.6, C: 0.3 },
    ];
    const byAs = (states: readonly TState[]) => `${states.filter((s) => s === 'A').length}A`;
    const d = verdictDistribution(items, byAs);
    expect(d.get('2A')).toBeCloseTo(0.05, 15);
    expect(d.get('1A')).toBeCloseTo(0.5, 15);
    expect(d.get('0A')).toBeCloseTo(0.45, 15); // (0.3 + 0.2) × (0.6 + 0.3)
    expect(topProbability(d)).toBeCloseTo(0.5, 15);
  });

  test('combinations of probability 0 are never scored', () => {
    const seen: string[] = [];
    verdictDistribution([fixedState('A'), { A: 0.5, B: 0.5, C: 0 }], (s) => {
      seen.push(s.join(''));
      return 'x';
    });
    expect(seen.sort()).toEqual(['AA', 'AB']);
  });
});

/** The rubric's verdict with every 一类 item A but the two rate items, and one project scored `project` on each aspect. */
function scorer(project: number): (states: readonly TState[]) => TVerdict {
  const projects = [{ category: 'elderly_care', aspects: Object.fromEntries(std.aspects.map((a) => [a.id, project])) }];
  const memo = new Map<string, TVerdict>(); // nine combinations: each scored once
  return ([awareness, satisfaction]) => {
    const key = awareness + satisfaction;
    if (!memo.has(key)) {
      const states = { ...allStates('A'), 'II-10.2': awareness, 'II-10.3': satisfaction };
      memo.set(key, judge(std, scoreAssessment(std, { states, projects })).verdict);
    }
    return memo.get(key)!;
  };
}

describe('the grade’s distribution with the real scorer', () => {
  // 51 from Ⅱ-1 … Ⅱ-9 and Ⅱ-10.1, 二类 28 (a project at 70): Ⅱ-10 row AA 9 → 88 良好, AB 7.98 → 86.98, AC 6.99 → 85.99,
  // BB 6.96 → 85.96 良好; BC 5.97 → 84.97 and CC 4.98 → 83.98 合格. So 良好 = AA + AB + BA + AC + CA + BB.
  test('hand-worked: P(良好) is the sum of the six combinations scoring 85 or more, P(合格) the other three', () => {
    const [aw, sat] = [stateProbabilities({ count: 44, n: 52 }, THRESHOLDS), stateProbabilities({ count: 41, n: 52 }, THRESHOLDS)];
    const d = verdictDistribution([aw, sat], scorer(70));
    const good = aw.A * sat.A + aw.A * sat.B + aw.B * sat.A + aw.A * sat.C + aw.C * sat.A + aw.B * sat.B;
    expect(d.get('good')).toBeCloseTo(good, 14);
    expect(d.get('pass')).toBeCloseTo(aw.B * sat.C + aw.C * sat.B + aw.C * sat.C, 14);
    expect([...d.keys()].sort()).toEqual(['good', 'pass']);
  });

  test('a Monte-Carlo run of 40,000 draws of both rates agrees within 0.01', () => {
    // mulberry32: a seeded generator, so the run is the same every time.
    let seed = 20261201;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    // Beta(a, b) for whole a, b: the a-th smallest of a + b − 1 uniforms.
    const beta = (a: number, b: number) => Array.from({ length: a + b - 1 }, random).sort((x, y) => x - y)[a - 1];
    const stateOf = (p: number): TState => (p >= 0.85 ? 'A' : p >= 0.75 ? 'B' : 'C');
    const samples = [
      { count: 44, n: 52 },
      { count: 41, n: 52 },
    ];
    const verdictOf = scorer(70);
    const counts = new Map<string, number>();
    const draws = 40000;
    for (let i = 0; i < draws; i++) {
      const states = samples.map((s) => stateOf(beta(s.count + 1, s.n - s.count + 1)));
      const v = verdictOf(states);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const exact = verdictDistribution(
      itemProbabilities(
        samples.map((sample) => ({ sample })),
        THRESHOLDS,
      ),
      verdictOf,
    );
    for (const v of ['good', 'pass'] as const) expect(Math.abs((counts.get(v) ?? 0) / draws - exact.get(v)!)).toBeLessThan(0.01);
    expect(exact.get('good')! + exact.get('pass')!).toBeCloseTo(1, 14);
  }, 30_000);
});

describe('answersToSettle: further answers, following the current rates, until the outcome is 95% sure', () => {
  const excellentIfA = (states: readonly TState[]) => (states[0] === 'A' ? 'A' : 'not A');
  const ofItems = (ps: readonly StateProbabilities[]) => verdictDistribution(ps, excellentIfA);
  const settled = (d: ReadonlyMap<string, number>) => topProbability(d) >= 0.95;
  const settle = (items: OutlookInput[], max = 100000) => answersToSettle(items, THRESHOLDS, ofItems, settled, max);
  /** The smallest m by trying every one. */
  const scan = (items: OutlookInput[], max: number) => {
    for (let m = 0; m <= max; m++) if (settled(ofItems(itemProbabilities(grown(items, m), THRESHOLDS)))) return m;
    return null;
  };

  test('hand-worked: 10 of 10 stays all-yes; P(A) = 1 − 0.85^(11 + m) ≥ 0.95 first at 11 + m = 19 (0.85¹⁸ = 0.0536, 0.85¹⁹ = 0.0456): m = 8', () => {
    expect(settle([{ sample: { count: 10, n: 10 } }])).toBe(8);
  });

  test('grown keeps the rate: 40 of 50 after 50 more is 80 of 100; a fixed item stays', () => {
    expect(grown([{ sample: { count: 40, n: 50 } }, { fixed: 'B' }], 50)).toEqual([{ sample: { count: 80, n: 100 } }, { fixed: 'B' }]);
  });

  test('agrees with a scan of every m', () => {
    for (const sample of [
      { count: 46, n: 50 },
      { count: 40, n: 50 },
      { count: 9, n: 10 },
      { count: 30, n: 40 },
    ])
      expect(settle([{ sample }])).toBe(scan([{ sample }], 5000));
  });

  test('0 when settled already; null on the threshold itself (51 of 60 is 85%) or with nothing sampled and unsettled', () => {
    expect(settle([{ sample: { count: 500, n: 500 } }])).toBe(0);
    expect(settle([{ sample: { count: 51, n: 60 } }], 20000)).toBeNull();
    expect(answersToSettle([{ fixed: 'A' }], THRESHOLDS, () => new Map([['x', 0.5]]), settled, 100)).toBeNull();
  });
});
