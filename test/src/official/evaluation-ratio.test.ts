// The project's ratio as the evaluator sees it: the mean rounded half up to hundredths, the ratio that mean / 100.
import type { TAspects } from '../../../cloud/contract';
import { ratioText } from '../../../src/official/evaluation';
import { EVALUATION_TEXT } from '../../../src/text/evaluation';

const aspects = (completion: number, rest: number): TAspects => ({
  completion,
  satisfaction: rest,
  finance: rest,
  organization: rest,
  operation: rest,
  effectiveness: rest,
});

describe('ratioText', () => {
  test('a mean ending in 5 at the third decimal rounds up: 24.09 / 6 = 4.015 → 4.02', () => {
    expect(ratioText(aspects(4.09, 4))).toBe(EVALUATION_TEXT.ratio('0.0402', '4.02'));
  });

  test('other ties round up too: 24.03 / 6 = 4.005 → 4.01, 502.23 / 6 = 83.705 → 83.71', () => {
    expect(ratioText(aspects(4.03, 4))).toBe(EVALUATION_TEXT.ratio('0.0401', '4.01'));
    expect(ratioText(aspects(87.23, 83))).toBe(EVALUATION_TEXT.ratio('0.8371', '83.71'));
  });

  test('the ratio keeps at least two decimals and agrees with the mean shown', () => {
    expect(ratioText(aspects(90, 90))).toBe(EVALUATION_TEXT.ratio('0.90', '90'));
    expect(ratioText(aspects(0, 0))).toBe(EVALUATION_TEXT.ratio('0.00', '0'));
    expect(ratioText(aspects(100, 100))).toBe(EVALUATION_TEXT.ratio('1.00', '100'));
    expect(ratioText(aspects(81, 81))).toBe(EVALUATION_TEXT.ratio('0.81', '81'));
    expect(ratioText(aspects(81.5, 81.5))).toBe(EVALUATION_TEXT.ratio('0.815', '81.5'));
  });
});
