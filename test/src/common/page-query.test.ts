// A page's query as Taro hands it over: decoded once, and the year it names (or this year in Asia/Shanghai).
import { decodeQuery, yearParam } from '../../../src/common/hooks/usePageQuery';

test('decodes what Taro hands over still encoded, and leaves a bad escape as it is', () => {
  expect(decodeQuery({ projectId: '2026%3Adinghai-beiyuan%3Aelderly_care%3A1' }).projectId).toBe('2026:dinghai-beiyuan:elderly_care:1');
  expect(decodeQuery({ projectId: '2026:x' }).projectId).toBe('2026:x');
  expect(decodeQuery({ projectId: '%E0%A4%A' }).projectId).toBe('%E0%A4%A');
  expect(decodeQuery({}).projectId).toBeUndefined();
});

test('the year of the query, or this year in Asia/Shanghai when it is missing or not one the contract takes', () => {
  const newYearsEveUtc = new Date('2025-12-31T16:30:00Z'); // already 2026 in Zhoushan
  expect(yearParam('2024', newYearsEveUtc)).toBe(2024);
  expect(yearParam(undefined, newYearsEveUtc)).toBe(2026);
  for (const bad of ['', 'abc', '2024.5', '2016', '2101']) expect(yearParam(bad, newYearsEveUtc)).toBe(2026);
});
