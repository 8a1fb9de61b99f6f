// Tests of the verdict: which outcome wins and the words officials read.
import { judge, verdictOf, verdictText, zhoushan2017 } from '../../rubric';
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

test('judge attaches the verdict to the score it was given, and changes nothing else', () => {
  const score = {
    firstClass: 58.98,
    secondClass: 36,
    total: 94.98,
    eligible: true,
    grade: 'good' as const,
    qualified: true,
    complete: true,
    indicators: [],
    items: [],
  };
  expect(judge(zhoushan2017, score)).toEqual({ ...score, verdict: 'good', verdictText: '良好' });
  expect(judge(zhoushan2017, { ...score, eligible: false, qualified: false })).toMatchObject({
    verdict: 'ineligible',
    verdictText: '不具备评定资格',
  });
});
