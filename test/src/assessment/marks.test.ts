// The 85% marks: confident 达标, interval wholly below → 未达标, otherwise unsettled with a hint.
import { markOf, settleHint } from '../../../src/official/marks';
import { OFFICIAL_TEXT } from '../../../src/text/official';
import { rateFixture } from '../support/builders';

describe('markOf', () => {
  test('no responses → none', () => {
    expect(markOf(null)).toBe('none');
  });
  test('lower bound at or above 85% → meets', () => {
    expect(markOf(rateFixture({ count: 190, n: 200, ci95: [0.9102, 0.9717] }))).toBe('meets');
    expect(markOf(rateFixture({ count: 1, n: 1, ci95: [0.85, 1], confidentlyMeets: true }))).toBe('meets');
  });
  test('upper bound below 85% → fails', () => {
    expect(markOf(rateFixture({ count: 60, n: 100, ci95: [0.502, 0.6906] }))).toBe('fails');
    expect(markOf(rateFixture({ count: 80, n: 100, ci95: [0.711, 0.8499] }))).toBe('fails');
  });
  test('interval straddling 85% → unsure', () => {
    expect(markOf(rateFixture({ count: 9, n: 10, ci95: [0.5958, 0.9821], moreNeeded: 130 }))).toBe('unsure');
    expect(markOf(rateFixture({ count: 80, n: 100, ci95: [0.711, 0.85] }))).toBe('unsure');
  });
});

describe('settleHint', () => {
  test('how many more responses would settle it', () => {
    expect(settleHint(rateFixture({ count: 9, n: 10, ci95: [0.5958, 0.9821], moreNeeded: 130 }))).toBe(
      '还需约 130 份问卷才能确认',
    );
  });
  test('an observed exactly-85% can never be confirmed', () => {
    expect(settleHint(rateFixture({ count: 17, n: 20, ci95: [0.6396, 0.9476], moreNeeded: null }))).toBe(
      OFFICIAL_TEXT.exactlyTarget,
    );
  });
  test('settled or empty rates need no hint', () => {
    expect(settleHint(null)).toBeNull();
    expect(settleHint(rateFixture({ count: 60, n: 100, ci95: [0.502, 0.6906], moreNeeded: 5 }))).toBeNull();
  });
});
