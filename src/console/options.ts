// Each question's answers per option, from the counts the server shows (getIndicators' and getRollup's `options`):
// every option of the survey in its order, the ones a rate counts marked, with its count and share of the answers.
import type { TOptionCounts } from '../../cloud/contract';
import { RATE_DEFINITIONS, SURVEY_QUESTIONS } from '../../cloud/contract/rules';
import type { RateId } from '../assessment/names';

export const RATE_IDS: readonly RateId[] = ['awareness', 'satisfaction'];

export interface OptionInfo {
  id: string;
  label: string;
  /** Whether the question's rate counts it (知晓率: 知道、听说过; 满意度: 满意、比较满意、基本满意). */
  counted: boolean;
  /** Its place among the counted options or among the others: which shade it is drawn in. */
  tone: number;
}

/** The options of a rate's question, in the survey's order. */
export function optionsOf(id: RateId): OptionInfo[] {
  const { question, counted } = RATE_DEFINITIONS[id];
  const counts: readonly string[] = counted;
  const options = SURVEY_QUESTIONS.find((q) => q.id === question)?.options ?? [];
  let countedSeen = 0;
  let othersSeen = 0;
  return options.map((o) => {
    const isCounted = counts.includes(o.id);
    return { id: o.id, label: o.label, counted: isCounted, tone: isCounted ? countedSeen++ : othersSeen++ };
  });
}

export interface OptionPart extends OptionInfo {
  count: number;
  /** count / n. */
  share: number;
}

export interface Distribution {
  /** The answers to the question (the sum of its options' counts). */
  n: number;
  parts: OptionPart[];
}

/** A question's answers per option; null while the counts are withheld or nobody answered it. */
export function distributionOf(options: TOptionCounts | null | undefined, id: RateId): Distribution | null {
  if (!options) return null;
  const answered = options[RATE_DEFINITIONS[id].question] ?? {};
  const infos = optionsOf(id);
  const n = infos.reduce((sum, o) => sum + (answered[o.id] ?? 0), 0);
  if (n === 0) return null;
  return { n, parts: infos.map((o) => ({ ...o, count: answered[o.id] ?? 0, share: (answered[o.id] ?? 0) / n })) };
}
