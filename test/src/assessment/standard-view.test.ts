// How the standard's ids, points and time stamps print on the officials' pages.
import { formatStamp } from '../../../src/common/format';
import { displayId, formatPoints } from '../../../src/assessment/standard-view';

test('ids and points print as the standard does', () => {
  expect(displayId('II-10.2')).toBe('Ⅱ-10.2');
  expect(displayId('I-3')).toBe('Ⅰ-3');
  expect(formatPoints(58.98)).toBe('58.98');
  expect(formatPoints(60)).toBe('60');
  expect(formatStamp('not a date')).toBe('not a date');
});
