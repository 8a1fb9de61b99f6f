// The survey's startToken: getSurvey signs when the survey opened (community, time, a nonce; no identity), and an
// answer that sends it back has a known duration. A token that does not verify refuses nothing: the answer is
// then of unknown duration (getQualityReport counts those). Signed with an HMAC under a key derived from the
// respondent secret (RESPONDENT_KEY in the cloud, DATA_DIR/secret.key locally), so every instance verifies it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { START_TOKEN_MAX_AGE_MS } from '../contract/rules/fieldwork';

/** Clocks of two cloud instances may differ a little: a token up to this far "in the future" still counts (as 0 ms). */
const CLOCK_SKEW_MS = 2_000;

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`start-token\n${payload}`).digest().subarray(0, 16).toString('base64url');

export function issueStartToken(secret: string, communityId: string, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ c: communityId, t: now.getTime(), n: randomBytes(9).toString('base64url') })).toString(
    'base64url',
  );
  return `${payload}.${sign(secret, payload)}`;
}

/**
 * The milliseconds from the token's issue to `now`, or null when the token is absent, forged, for another
 * community, from the future (beyond the skew) or older than START_TOKEN_MAX_AGE_MS.
 */
export function durationOf(secret: string, token: string | undefined, communityId: string, now: Date): number | null {
  if (!token) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: { c?: unknown; t?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (claims.c !== communityId || typeof claims.t !== 'number' || !Number.isFinite(claims.t)) return null;
  const elapsed = now.getTime() - claims.t;
  if (elapsed < -CLOCK_SKEW_MS || elapsed > START_TOKEN_MAX_AGE_MS) return null;
  return Math.max(0, elapsed);
}
