// Builders of need answers and typing for the residents' UI tests (projects: ../support/builders).
import type { TNeed } from '../../../cloud/contract';

export const COMMUNITY_ID = 'dinghai-beiyuan';

export function needOf(partial: Partial<TNeed> & Pick<TNeed, 'id' | 'text'>): TNeed {
  return { communityId: COMMUNITY_ID, category: null, submittedAt: '2026-05-01T02:00:00.000Z', project: null, ...partial };
}

/** Types into a Taro Textarea/Input as the H5 runtime reports it: an `input` event with `detail.value`. */
export function typeInto(element: Element, value: string): void {
  element.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
}
