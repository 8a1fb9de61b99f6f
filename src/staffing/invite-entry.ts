// Reads the invitation code a page was opened with: `?code=` from the link, or `i=<code>` in a 小程序码's scene.
import { decodeValue as decode } from '../common/hooks/usePageQuery';

export function codeFromEntry(params: Record<string, string | undefined>): string {
  if (params.code) return decode(params.code).trim();
  const scene = params.scene ? decode(params.scene) : '';
  const pair = scene
    .split('&')
    .map((p) => p.split('='))
    .find(([k]) => k === 'i' || k === 'code');
  return pair?.[1]?.trim() ?? '';
}
