// Each question's answers split into the options a rate counts and the rest, from the rate the server answered
// (count of n): no call answers counts per option, so the chart shows what the rate is made of.
import type { TRate } from '../../cloud/contract';
import { RATE_DEFINITIONS, SURVEY_QUESTIONS } from '../../cloud/contract/rules';
import type { RateId } from '../assessment/names';

export const RATE_IDS: readonly RateId[] = ['awareness', 'satisfaction'];

/** The options a rate counts and the others, by their labels: 知晓率 counts 知道、听说过 against 不知道. */
function labelsOf(id: RateId): { counted: string; others: string } {
  const counted: readonly string[] = RATE_DEFINITIONS[id].counted;
  const question = SURVEY_QUESTIONS.find((q) => q.id === RATE_DEFINITIONS[id].question);
  const options = question?.options ?? [];
  const join = (keep: boolean) =>
    options
      .filter((o) => counted.includes(o.id) === keep)
      .map((o) => o.label)
      .join('、');
  return { counted: join(true), others: join(false) };
}
export const SPLIT_LABELS: Record<RateId, { counted: string; others: string }> = {
  awareness: labelsOf('awareness'),
  satisfaction: labelsOf('satisfaction'),
};

export interface Split {
  n: number;
  /** Answers with an option the rate counts, and the share they are of n (the rate itself). */
  counted: number;
  countedShare: number;
  /** The other answers of the n. */
  others: number;
  othersShare: number;
}

/** A rate as its two parts; null while the rate is withheld or there are no answers. */
export function splitOf(rate: TRate | null): Split | null {
  if (!rate) return null;
  const others = rate.n - rate.count;
  return { n: rate.n, counted: rate.count, countedShare: rate.rate, others, othersShare: others / rate.n };
}
