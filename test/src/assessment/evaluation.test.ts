// The evaluator's typed scores, checked by the contract's AspectScore, and the ratio as the rubric rounds it.
import { ASPECT_MAX } from '../../../cloud/contract/rules';
import { aspectProblem, checkDraft, ratioText, type AspectDraft } from '../../../src/assessment/evaluation';
import { EVALUATION_TEXT } from '../../../src/text/evaluation';
import { aspectsOf } from '../support/builders';

const OUT_OF_RANGE = `评分应在 0–${ASPECT_MAX} 之间`;

test("a typed score: empty, not a number, out of range or too precise is refused in the contract's words", () => {
  for (const good of ['90', '0', String(ASPECT_MAX), '85.25', ' 70 ']) expect(aspectProblem(good)).toBeNull();
  expect(aspectProblem(' ')).toBe(EVALUATION_TEXT.required);
  for (const bad of [String(ASPECT_MAX + 1), '-1', 'abc', '1e2']) expect(aspectProblem(bad)).toBe(OUT_OF_RANGE);
  expect(aspectProblem('85.125')).toBe('评分最多两位小数');
});

test("the draft's problems show only where something was typed, unless all are asked for", () => {
  const draft: AspectDraft = { completion: '120', satisfaction: '', finance: '1', organization: '1', operation: '1', effectiveness: '1' };
  expect(checkDraft('p1', draft)).toEqual({ errors: { completion: OUT_OF_RANGE }, aspects: null });
  expect(checkDraft('p1', draft, true).errors).toEqual({ completion: OUT_OF_RANGE, satisfaction: EVALUATION_TEXT.required });
  const good = { ...draft, completion: '90', satisfaction: '80.5' };
  expect(checkDraft('p1', good, true)).toEqual({
    errors: {},
    aspects: { completion: 90, satisfaction: 80.5, finance: 1, organization: 1, operation: 1, effectiveness: 1 },
  });
});

describe('ratioText: the mean in 分 rounded half up to hundredths, its 得分率 that mean %', () => {
  test('a mean ending in 5 at the third decimal rounds up: 24.09 / 6 = 4.015 → 4.02', () => {
    expect(ratioText(aspectsOf(4, 4.09))).toBe(EVALUATION_TEXT.ratio('4.02'));
  });

  test('other ties round up too: 24.03 / 6 = 4.005 → 4.01, 502.23 / 6 = 83.705 → 83.71', () => {
    expect(ratioText(aspectsOf(4, 4.03))).toBe(EVALUATION_TEXT.ratio('4.01'));
    expect(ratioText(aspectsOf(83, 87.23))).toBe(EVALUATION_TEXT.ratio('83.71'));
  });

  test('shown in 分, the 得分率 beside it agrees with the mean: no bare ratio like 0.8183', () => {
    expect(ratioText(aspectsOf(80, 91))).toBe('六项平均 81.83 分（得分率 81.83%）');
    expect(ratioText(aspectsOf(80, 91))).not.toContain('0.8183');
  });

  test('whole and half means are shown without trailing zeros', () => {
    expect(ratioText(aspectsOf(90))).toBe(EVALUATION_TEXT.ratio('90'));
    expect(ratioText(aspectsOf(0))).toBe(EVALUATION_TEXT.ratio('0'));
    expect(ratioText(aspectsOf(100))).toBe(EVALUATION_TEXT.ratio('100'));
    expect(ratioText(aspectsOf(81.5))).toBe(EVALUATION_TEXT.ratio('81.5'));
    expect(ratioText(aspectsOf(80, 91))).toBe(EVALUATION_TEXT.ratio('81.83'));
  });
});
