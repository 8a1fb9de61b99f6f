// The page's query, decoded: Taro hands the values over still URL-encoded (a project id carries ':').
import { useRouter } from '@tarojs/taro';
import { useMemo } from 'react';

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
