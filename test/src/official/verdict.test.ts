// Naming a score's verdict: incomplete first, then eligibility, then the standard's grade name.
import { zhoushan2017 } from '../../../rubric';
import { formatStamp, verdictLabel } from '../../../src/official/verdict';
import { displayId, formatPoints } from '../../../src/official/standard-view';

test.each([
  [{ complete: false, eligible: true, grade: null }, '未完成评定'],
  [{ complete: true, eligible: false, grade: 'excellent' as const }, '不具备评定资格'],
  [{ complete: true, eligible: true, grade: 'good' as const }, '良好'],
  [{ complete: true, eligible: true, grade: 'fail' as const }, '不合格'],
])('%o → %s', (score, label) => {
  expect(verdictLabel(zhoushan2017, score)).toBe(label);
});

test('ids and points print as the standard does', () => {
  expect(displayId('II-10.2')).toBe('Ⅱ-10.2');
  expect(displayId('I-3')).toBe('Ⅰ-3');
  expect(formatPoints(58.98)).toBe('58.98');
  expect(formatPoints(60)).toBe('60');
  expect(formatStamp('not a date')).toBe('not a date');
});
