// The verdict the server judged for a rate, as the indicators page marks it, and what would settle an unsettled one.
import { markOf, settleHint } from '../../../src/assessment/marks';
import { OFFICIAL_TEXT } from '../../../src/text/official';
import { rateFixture } from '../support/builders';

test('each verdict has its mark; no responses, no mark', () => {
  expect(markOf(null)).toBe('none');
  expect(markOf(rateFixture(190, 200))).toBe('meets');
  expect(markOf(rateFixture(60, 100))).toBe('fails');
  expect(markOf(rateFixture(9, 10))).toBe('unsure');
});

test('the mark follows the verdict, not the observed rate', () => {
  // 90% observed but the interval reaches below 85%: not yet 达标.
  const rate = rateFixture(90, 100);
  expect(rate.rate).toBeGreaterThan(0.85);
  expect(markOf(rate)).toBe('unsure');
  expect(markOf({ ...rate, verdict: 'met' })).toBe('meets');
});

test('an unsettled rate says how many more answers would settle it', () => {
  expect(settleHint(rateFixture(9, 10))).toBe(OFFICIAL_TEXT.moreNeeded(rateFixture(9, 10).moreNeeded ?? -1));
  expect(settleHint(rateFixture(17, 20))).toBe(OFFICIAL_TEXT.exactlyTarget);
  expect(settleHint({ ...rateFixture(9, 10), moreNeeded: 0 })).toBe(OFFICIAL_TEXT.moreNeededZero);
});

test('settled or empty rates need no hint', () => {
  expect(settleHint(null)).toBeNull();
  expect(settleHint(rateFixture(190, 200))).toBeNull();
  expect(settleHint(rateFixture(60, 100))).toBeNull();
});
