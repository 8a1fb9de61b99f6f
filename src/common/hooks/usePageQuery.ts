// The page's query, decoded (Taro hands the values over still URL-encoded: a project id carries ':'), and the year it names.
import { useRouter } from '@tarojs/taro';
import { useMemo } from 'react';
import { shanghaiYear } from '../../../cloud/contract/rules';
import { FIRST_YEAR, LAST_YEAR } from '../../../cloud/contract/rules/ids';

/** One query value decoded; a malformed %-escape stays as it came. */
export function decodeValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function decodeQuery(params: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? v : decodeValue(v)]));
}

export function usePageQuery(): Record<string, string | undefined> {
  const { params } = useRouter();
  return useMemo(() => decodeQuery(params), [params]);
}

/** The year in a page's query, or this year (Asia/Shanghai) when it is missing or not a year the contract takes. */
export function yearParam(raw: string | undefined, now = new Date()): number {
  const year = Number(raw);
  return raw && Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : shanghaiYear(now);
}
