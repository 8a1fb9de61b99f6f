// Reads a rate against the 85% target: 达标, 未达标, 样本不足以确认 (with what would settle it), or no data.
import type { TRate } from '../../cloud/contract';
import { TARGET_PERCENT } from '../../cloud/contract/survey-definition';
import { OFFICIAL_TEXT } from '../text/official';

export type Mark = 'meets' | 'fails' | 'unsure' | 'none';

export function markOf(rate: TRate | null): Mark {
  if (!rate) return 'none';
  if (rate.confidentlyMeets) return 'meets';
  if (rate.ci95[1] * 100 < TARGET_PERCENT) return 'fails';
  return 'unsure';
}

/** What an unsettled rate still needs; null for the other marks. */
export function settleHint(rate: TRate | null): string | null {
  if (markOf(rate) !== 'unsure' || !rate) return null;
  if (rate.moreNeeded === null) return OFFICIAL_TEXT.exactlyTarget;
  if (rate.moreNeeded === 0) return OFFICIAL_TEXT.moreNeededZero;
  return OFFICIAL_TEXT.moreNeeded(rate.moreNeeded);
}
