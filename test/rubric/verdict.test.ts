// Tests of the verdict: which outcome wins and the words officials read.
import { verdictOf, verdictText } from '../../rubric';
import { std } from './builders';

describe('verdict', () => {
  test('an incomplete assessment has no verdict yet, eligible or not', () => {
    expect(verdictOf({ complete: false, eligible: true, grade: null })).toBe('incomplete');
    expect(verdictText(std, { complete: false, eligible: false, grade: null })).toBe('未完成评定');
  });

  test('without eligibility the grade does not count', () => {
    expect(verdictOf({ complete: true, eligible: false, grade: 'good' })).toBe('ineligible');
    expect(verdictText(std, { complete: true, eligible: false, grade: 'fail' })).toBe('不具备评定资格');
  });

  test.each([
    ['excellent', '优秀'],
    ['good', '良好'],
    ['pass', '合格'],
    ['fail', '不合格'],
  ] as const)('%s reads %s', (grade, text) => {
    expect(verdictOf({ complete: true, eligible: true, grade })).toBe(grade);
    expect(verdictText(std, { complete: true, eligible: true, grade })).toBe(text);
  });
});
