// A community's Ⅱ-10 rates from its stored tally: what getIndicators shows and what scoring reads.
import { RATE_DEFINITIONS, STANDARD, type RateName, type TCommunity, type TRate } from '../contract';
import type { Tally } from '../store/types';
import { rateOf } from './rates';

type CommunityRates = Record<RateName, TRate | null>;

function rateFromTally(tally: Tally | undefined, rate: RateName, community: TCommunity): TRate | null {
  const { question, counted } = RATE_DEFINITIONS[rate];
  const options = tally?.counts[question] ?? {};
  const n = Object.values(options).reduce((a, b) => a + b, 0);
  const count = counted.reduce((sum, option) => sum + (options[option] ?? 0), 0);
  // The target is the standard's: the rate at which Ⅱ-10's items earn A (85% in 2017).
  return rateOf(count, n, STANDARD.rateStates.A, community.households);
}

export function communityRates(tally: Tally | undefined, community: TCommunity): CommunityRates {
  return {
    awareness: rateFromTally(tally, 'awareness', community),
    satisfaction: rateFromTally(tally, 'satisfaction', community),
  };
}

/** The counts the rubric scores rate-sourced items from (absent rates are left out: no state yet). */
export function rateCounts(rates: CommunityRates): Partial<Record<RateName, { count: number; n: number }>> {
  const counts: Partial<Record<RateName, { count: number; n: number }>> = {};
  for (const name of Object.keys(rates) as RateName[]) {
    const rate = rates[name];
    if (rate) counts[name] = { count: rate.count, n: rate.n };
  }
  return counts;
}
