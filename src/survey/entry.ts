// Reads which community a resident arrived for: `?communityId=` or a QR code's `scene`.
import { decodeValue as decode } from '../hooks/usePageQuery';

const COMMUNITY_ID = /^[a-z0-9-]{1,64}$/;

/**
 * A mini-program code carries at most 32 characters of `scene`, URL-encoded: either the bare
 * community id or `communityId=<id>` (also `c=<id>`).
 */
export function communityIdFromEntry(params: Record<string, string | undefined>): string | null {
  const direct = params.communityId ? decode(params.communityId) : '';
  if (COMMUNITY_ID.test(direct)) return direct;
  const scene = params.scene ? decode(params.scene) : '';
  if (!scene) return null;
  const fromPair = scene
    .split('&')
    .map((pair) => pair.split('='))
    .find(([k]) => k === 'communityId' || k === 'c');
  const id = fromPair ? (fromPair[1] ?? '') : scene;
  return COMMUNITY_ID.test(id) ? id : null;
}

export function surveyUrl(communityId: string): string {
  return `/pages/survey/index?communityId=${encodeURIComponent(communityId)}`;
}
