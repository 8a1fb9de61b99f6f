// Shows a rate's verdict as the server judged it: 达标, 未达标, 样本不足以确认 (with what would settle it), or no data.
import type { TRate } from '../../cloud/contract';
import { OFFICIAL_TEXT } from '../text/official';

export type Mark = 'meets' | 'fails' | 'unsure' | 'none';

const MARK_OF_VERDICT = { met: 'meets', missed: 'fails', unsettled: 'unsure' } as const;

export function markOf(rate: TRate | null): Mark {
  return rate ? MARK_OF_VERDICT[rate.verdict] : 'none';
}

/** What an unsettled rate still needs; null for the other marks. */
export function settleHint(rate: TRate | null): string | null {
  if (!rate || rate.verdict !== 'unsettled') return null;
  if (rate.moreNeeded === null) return OFFICIAL_TEXT.exactlyTarget;
  if (rate.moreNeeded === 0) return OFFICIAL_TEXT.moreNeededZero;
  return OFFICIAL_TEXT.moreNeeded(rate.moreNeeded);
}
