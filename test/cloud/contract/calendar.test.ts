// The round's year is Shanghai's calendar year, not UTC's.
import { shanghaiYear } from '../../../cloud/contract/rules/calendar';

test('16:00 UTC on 31 December is already the new year in Shanghai (UTC+8)', () => {
  expect(shanghaiYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  expect(shanghaiYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
});
