// Pure scoring of one assessment on a standard: item states, survey rates and project evaluations to points and a grade.
//
// Rounding: every figure is computed exactly as an integer ratio and rounded half up to hundredths
// once, where it is written on the score sheet. An indicator's points are rounded from the exact sum
// of its items (weight × Σ factors / items), as an official works out a Ⅱ row by hand, so all-A Ⅱ-5
// gives its weight 7.00 and not 6 × 1.17 = 7.02; each class is the sum of its rounded rows and the
// total the sum of the two rounded classes, so adding up the sheet reproduces every figure above a
// row. Item points are rounded for display only and may differ from their row by a hundredth or two.
import { makeScoreInput, type TProjectEvaluation, type TRateCount, type TScoreInput } from './input';
import { classOf, stateIndicators } from './lookup';
import { fromHundredths, roundRatio, toHundredths } from './round';
import type { TItemScore, TIndicatorScore, TScore } from './result';
import { CLASS_IDS, type TClassId, type TGrade, type TIndicator, type TItem, type TStandard, type TState } from './schema';

/** A rate-sourced item's state: thresholds compared in integers (100 × count ≥ 85 × n); none below the minimum sample. */
export function stateFromRate(rate: TRateCount | undefined, thresholds: TStandard['rateStates']): TState | null {
  if (!rate || rate.n === 0 || rate.n < thresholds.minSample) return null;
  if (100 * rate.count >= thresholds.A * rate.n) return 'A';
  if (100 * rate.count >= thresholds.B * rate.n) return 'B';
  return 'C';
}

function resolveState(standard: TStandard, item: TItem, input: TScoreInput): Pick<TItemScore, 'state' | 'source' | 'sampleShort'> {
  const explicit = input.states[item.id];
  if (explicit) return { state: explicit, source: 'manual' };
  if (item.source?.kind === 'rate') {
    const rate = input.rates?.[item.source.rate];
    const [n, min] = [rate?.n ?? 0, standard.rateStates.minSample];
    if (n < min) return { state: null, source: 'rates', sampleShort: { n, min } };
    return { state: stateFromRate(rate, standard.rateStates), source: 'rates' };
  }
  return { state: null, source: 'manual' };
}

interface Row {
  score: TIndicatorScore;
  pointsH: number;
  items: TItemScore[];
}

function scoreIndicator(standard: TStandard, ind: TIndicator, input: TScoreInput): Row {
  if (ind.weight === null) throw new Error(`indicator ${ind.id} is scored by states but has no weight`);
  const weightH = toHundredths(ind.weight);
  const n = ind.items.length;
  let percentSum = 0;
  const items = ind.items.map((item): TItemScore => {
    const { state, source, sampleShort } = resolveState(standard, item, input);
    const percent = state === null ? null : toHundredths(standard.stateFactors[state]);
    if (percent !== null) percentSum += percent;
    const points = percent === null ? null : fromHundredths(roundRatio(weightH * percent, 100 * n));
    const scored: TItemScore = { id: item.id, state, points, max: fromHundredths(roundRatio(weightH, n)), source };
    return sampleShort ? { ...scored, sampleShort } : scored;
  });
  const pointsH = roundRatio(weightH * percentSum, 100 * n);
  return { score: { id: ind.id, points: fromHundredths(pointsH), max: ind.weight }, pointsH, items };
}

/** total × the mean over projects of (mean of the aspects / 100), in hundredths, rounded once. */
function projectPointsH(standard: TStandard, totalH: number, projects: TProjectEvaluation[]): number {
  if (projects.length === 0) return 0;
  let sumH = 0;
  for (const p of projects) for (const a of standard.aspects) sumH += toHundredths(p.aspects[a.id]);
  return roundRatio(totalH * sumH, standard.aspects.length * 100 * 100 * projects.length);
}

function gradeOf(standard: TStandard, totalH: number): TGrade {
  const { excellent, good, pass } = standard.grades;
  if (totalH >= toHundredths(excellent.min)) return 'excellent';
  if (totalH >= toHundredths(good.min)) return 'good';
  if (totalH >= toHundredths(pass.min)) return 'pass';
  return 'fail';
}

/** Scores an assessment. Throws a ZodError on input that makeScoreInput(standard) rejects. */
export function scoreAssessment(standard: TStandard, input: TScoreInput): TScore {
  const parsed = makeScoreInput(standard).parse(input);
  const classH: Record<TClassId, number> = { first: 0, second: 0 };
  const indicators: TIndicatorScore[] = [];
  const items: TItemScore[] = [];
  for (const ind of stateIndicators(standard)) {
    const row = scoreIndicator(standard, ind, parsed);
    classH[classOf(standard, ind)] += row.pointsH;
    indicators.push(row.score);
    items.push(...row.items);
  }
  for (const classId of CLASS_IDS) {
    const def = standard.classes[classId];
    if (def.scoredBy === 'projects') classH[classId] = projectPointsH(standard, toHundredths(def.total), parsed.projects ?? []);
  }
  const totalH = classH.first + classH.second;
  const complete = items.every((item) => item.state !== null);
  const eligible = classH[standard.eligibility.class] >= toHundredths(standard.eligibility.min);
  const grade = complete ? gradeOf(standard, totalH) : null;
  return {
    firstClass: fromHundredths(classH.first),
    secondClass: fromHundredths(classH.second),
    total: fromHundredths(totalH),
    eligible,
    grade,
    qualified: grade === null ? null : eligible && grade !== 'fail',
    complete,
    indicators,
    items,
  };
}
