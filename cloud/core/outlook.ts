// getGradeOutlook's reading of an assessment: which of Ⅱ-10.2/10.3 rest on the sample, and the grade's distribution
// (the maths is rubric/outlook.ts; each combination of states is scored by the rubric's own scorer).
import { judge, scoreAssessment, stateItems, type TState, type TVerdict } from '../../rubric';
import {
  answersToSettle,
  itemProbabilities,
  stateProbabilities,
  topProbability,
  verdictDistribution,
  type OutlookInput,
  type StateProbabilities,
} from '../../rubric/outlook';
import {
  OUTLOOK_CONFIDENCE,
  OUTLOOK_SEARCH_MAX,
  STANDARD,
  type RateName,
  type TAssessment,
  type TGetGradeOutlookOutput,
  type TOutlookItem,
} from '../contract';

/** Ⅱ-10.2 and Ⅱ-10.3 with the rate each follows. */
const RATE_ITEMS = stateItems(STANDARD).flatMap((item) =>
  item.source?.kind === 'rate' ? [{ id: item.id, rate: item.source.rate as RateName }] : [],
);
const RATE_ITEM_IDS = new Set(RATE_ITEMS.map((i) => i.id));
type Outcome = keyof NonNullable<TGetGradeOutlookOutput['outcomes']>;
const OUTCOMES: readonly Outcome[] = ['excellent', 'good', 'pass', 'fail', 'ineligible'];
const QUALIFIED: ReadonlySet<string> = new Set<Outcome>(['excellent', 'good', 'pass']);

const clamp01 = (p: number) => Math.min(1, Math.max(0, p));
const pQualified = (d: ReadonlyMap<string, number>) => clamp01([...d].reduce((sum, [v, p]) => sum + (QUALIFIED.has(v) ? p : 0), 0));
const qualifiedSettled = (d: ReadonlyMap<string, number>) => Math.max(pQualified(d), 1 - pQualified(d)) >= OUTLOOK_CONFIDENCE;
const verdictSettled = (d: ReadonlyMap<string, number>) => topProbability(d) >= OUTLOOK_CONFIDENCE;

/** The verdict each combination of the rate items' states earns, the other items and projects as they stand (memoized: 9 at most). */
function scorerFor(assessment: TAssessment): (states: readonly TState[]) => TVerdict {
  const fixed: Record<string, TState> = {};
  for (const item of assessment.score.items) if (item.state && !RATE_ITEM_IDS.has(item.id)) fixed[item.id] = item.state;
  const memo = new Map<string, TVerdict>();
  return (states) => {
    const key = states.join('');
    let verdict = memo.get(key);
    if (!verdict) {
      const all = { ...fixed, ...Object.fromEntries(RATE_ITEMS.map((item, i) => [item.id, states[i]])) };
      verdict = judge(STANDARD, scoreAssessment(STANDARD, { states: all, projects: assessment.projects })).verdict;
      memo.set(key, verdict);
    }
    return verdict;
  };
}

function outcomesOf(distribution: ReadonlyMap<string, number>): Record<Outcome, number> {
  return Object.fromEntries(OUTCOMES.map((o) => [o, clamp01(distribution.get(o) ?? 0)])) as Record<Outcome, number>;
}

/** How sure the assessment's grade is, given the shown counts its sampled rates rest on. */
export function gradeOutlook(assessment: TAssessment): TGetGradeOutlookOutput {
  const { score } = assessment;
  const head = {
    communityId: assessment.communityId,
    name: assessment.name,
    year: assessment.year,
    verdict: score.verdict,
    verdictText: score.verdictText,
    confidence: OUTLOOK_CONFIDENCE,
  };
  const scored = new Map(score.items.map((i) => [i.id, i]));
  const missing = score.items.filter((i) => i.state === null && !RATE_ITEM_IDS.has(i.id)).length;
  const final = Boolean(assessment.lock) && score.verdict !== 'incomplete';

  const inputs: (OutlookInput | null)[] = [];
  const items: TOutlookItem[] = RATE_ITEMS.map(({ id, rate }) => {
    const item = scored.get(id);
    const shown = assessment.rates[rate];
    if ((final || item?.source === 'manual') && item?.state) {
      inputs.push({ fixed: item.state });
      return {
        itemId: id,
        rate,
        source: 'fixed',
        count: null,
        n: null,
        states: itemProbabilities([{ fixed: item.state }], STANDARD.rateStates)[0],
      };
    }
    if (!shown) {
      inputs.push(null);
      return { itemId: id, rate, source: 'withheld', count: null, n: null, states: null };
    }
    const sample = { count: shown.count, n: shown.n };
    inputs.push({ sample });
    return { itemId: id, rate, source: 'sample', count: shown.count, n: shown.n, states: stateProbabilities(sample, STANDARD.rateStates) };
  });

  const status: TGetGradeOutlookOutput['status'] = final
    ? 'final'
    : missing > 0
      ? 'incomplete'
      : inputs.includes(null)
        ? 'withheld'
        : items.some((i) => i.source === 'sample')
          ? 'sample'
          : 'fixed';
  if (status === 'incomplete' || status === 'withheld')
    return { ...head, status, missing, items, outcomes: null, qualified: null, settled: null, moreAnswers: null };

  const given = inputs as OutlookInput[];
  const verdictOf = scorerFor(assessment);
  const distributionOf = (states: readonly StateProbabilities[]) => verdictDistribution(states, verdictOf);
  // A final acceptance holds its verdict as it was accepted: certain, whatever rescoring would say.
  const distribution = final ? new Map([[score.verdict, 1]]) : distributionOf(itemProbabilities(given, STANDARD.rateStates));
  const settleAfter = (settled: (d: ReadonlyMap<string, number>) => boolean) =>
    final ? 0 : answersToSettle(given, STANDARD.rateStates, distributionOf, settled, OUTLOOK_SEARCH_MAX);
  return {
    ...head,
    status,
    missing,
    items,
    outcomes: outcomesOf(distribution),
    qualified: pQualified(distribution),
    settled: { qualified: qualifiedSettled(distribution), verdict: verdictSettled(distribution) },
    moreAnswers: { qualified: settleAfter(qualifiedSettled), verdict: settleAfter(verdictSettled) },
  };
}
