// A community's Ⅱ-10 rates from its stored tally, as far as privacy.ts lets them show: what getIndicators,
// the assessments and the scorecards read.
import {
  finalShown,
  RATE_DEFINITIONS,
  STANDARD,
  SURVEY_QUESTIONS,
  type RateName,
  type TCommunity,
  type TOptionCounts,
  type TRate,
} from '../contract';
import type { StoredTally, Tally } from '../store/types';
import { rateOf } from './rates';

/** What a round shows: its exact number of answers always; counts only when the rule lets them show. */
export interface ShownCounts {
  responses: number;
  /** The counts the rates are read from (their n is the snapshot's); null while every figure but `responses` is withheld. */
  counts: Tally['counts'] | null;
}

/**
 * The counts a round shows. Open (final false): the snapshot at its latest multiple of SNAPSHOT_STEP answers,
 * from SHOWN_FROM on. Finalized (final true, after the 终期验收): every answer, still never below SHOWN_FROM.
 */
export function shownCounts(tally: StoredTally | undefined, { final }: { final: boolean }): ShownCounts {
  if (!tally) return { responses: 0, counts: null };
  if (final) return { responses: tally.responses, counts: finalShown(tally.responses) === null ? null : tally.counts };
  return { responses: tally.responses, counts: tally.snapshot?.counts ?? null };
}

export function rateFromCounts(counts: Tally['counts'], rate: RateName, community: TCommunity): TRate | null {
  const { question, counted } = RATE_DEFINITIONS[rate];
  const options = counts[question] ?? {};
  const n = Object.values(options).reduce((a, b) => a + b, 0);
  const count = counted.reduce((sum, option) => sum + (options[option] ?? 0), 0);
  // The target is the standard's: the rate at which Ⅱ-10's items earn A (85% in 2017).
  return rateOf(count, n, STANDARD.rateStates.A, community.households);
}

type Rates = Record<RateName, TRate | null>;
export type CommunityRates = Rates & { responses: number; suppressed: boolean };

/** `final`: the round's final acceptance closed it, so every answer is shown (never a round below SHOWN_FROM). */
export function communityRates(tally: StoredTally | undefined, community: TCommunity, final = tally?.closed ?? false): CommunityRates {
  const { responses, counts } = shownCounts(tally, { final });
  return {
    responses,
    suppressed: counts === null,
    awareness: counts && rateFromCounts(counts, 'awareness', community),
    satisfaction: counts && rateFromCounts(counts, 'satisfaction', community),
  };
}

/** The counts the rubric scores rate-sourced items from (absent rates are left out: no state yet). */
export function rateCounts(rates: Rates): Partial<Record<RateName, { count: number; n: number }>> {
  const counts: Partial<Record<RateName, { count: number; n: number }>> = {};
  for (const name of Object.keys(RATE_DEFINITIONS) as RateName[]) {
    const rate = rates[name];
    if (rate) counts[name] = { count: rate.count, n: rate.n };
  }
  return counts;
}

/** A round's answers per channel: the tally counts assisted and paper answers; the rest came by the resident alone. */
export function channelCounts(tally: StoredTally | undefined): { self: number; assisted: number; paper: number } {
  const assisted = tally?.channels?.assisted ?? 0;
  const paper = tally?.channels?.paper ?? 0;
  return { self: Math.max(0, (tally?.responses ?? 0) - assisted - paper), assisted, paper };
}

/** Counts per option of every question of the survey (0 where none), from shown counts; null stays null (suppressed). */
export function optionCounts(counts: Tally['counts'] | null): TOptionCounts | null {
  if (!counts) return null;
  return Object.fromEntries(
    SURVEY_QUESTIONS.map((q) => [q.id, Object.fromEntries(q.options.map((o) => [o.id, counts[q.id]?.[o.id] ?? 0]))]),
  );
}

/** A round's shown counts per option, as getIndicators answers them: read at the round's own gate (closed: every answer). */
export function shownOptions(tally: StoredTally | undefined): TOptionCounts | null {
  return optionCounts(shownCounts(tally, { final: tally?.closed ?? false }).counts);
}

/** Option counts added up, option by option (a roll-up's pooled counts). */
export function addOptions(into: TOptionCounts, add: TOptionCounts): TOptionCounts {
  for (const [question, options] of Object.entries(add)) {
    const sum = (into[question] ??= {});
    for (const [option, count] of Object.entries(options)) sum[option] = (sum[option] ?? 0) + count;
  }
  return into;
}
