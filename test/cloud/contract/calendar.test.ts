// The round's year and the daily limits' day are Shanghai's calendar, not UTC's.
import { shanghaiDay, shanghaiYear } from '../../../cloud/contract/rules/calendar';

test('16:00 UTC on 31 December is already the new year in Shanghai (UTC+8)', () => {
  expect(shanghaiYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  expect(shanghaiYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
});

test('the day the daily limits count by turns at 16:00 UTC, midnight in Shanghai', () => {
  expect(shanghaiDay(new Date('2024-06-01T15:59:59.999Z'))).toBe('2024-06-01');
  expect(shanghaiDay(new Date('2024-06-01T16:00:00.000Z'))).toBe('2024-06-02');
  expect(shanghaiDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  expect(shanghaiDay(new Date('2024-02-28T16:30:00Z'))).toBe('2024-02-29');
  expect(shanghaiDay('2024-06-01T16:00:00.000Z')).toBe('2024-06-02');
});
