// The days the activity date picker offers: the project's year, up to today in Asia/Shanghai.
import { activityDays } from '../../../src/projects/usePhotoUploads';

test('this year’s project: 1 January to today, today taken in Shanghai (UTC+8)', () => {
  // 2025-06-01 20:00 UTC is already 2 June in Shanghai.
  expect(activityDays(2025, new Date('2025-06-01T20:00:00.000Z'))).toEqual({ start: '2025-01-01', end: '2025-06-02' });
  expect(activityDays(2025, new Date('2025-06-01T15:59:59.000Z'))).toEqual({ start: '2025-01-01', end: '2025-06-01' });
});

test('a past year’s project ends on its 31 December; on New Year’s Eve in UTC it is already the new year in Shanghai', () => {
  expect(activityDays(2024, new Date('2025-06-01T02:00:00.000Z'))).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  expect(activityDays(2025, new Date('2025-12-31T17:00:00.000Z'))).toEqual({ start: '2025-01-01', end: '2025-12-31' });
});
