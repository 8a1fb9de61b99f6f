// Reads which community a resident arrived for: `?communityId=` or a QR code's `scene`.
import { COMMUNITY_ID_PATTERN as COMMUNITY_ID } from '../../cloud/contract/rules/ids';
import { decodeValue as decode } from '../common/hooks/usePageQuery';

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
