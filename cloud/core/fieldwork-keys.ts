// What assisted and paper answers are stored under instead of a resident's respondent hash: a keyed hash of the
// household (never the address as typed) or of the paper form's serial, each within its community. The store's
// one-answer-per-key rule (year, respondent) then gives one answer per household, or per serial, per round.
import { createHmac } from 'node:crypto';
import type { THousehold } from '../contract';

const keyed = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex');

/** `household` is as the contract normalized it (NFKC, no spaces, lower case). */
export function householdKey(secret: string, communityId: string, h: THousehold): string {
  return `hh-${keyed(secret, `household\n${communityId}\n${h.building}\n${h.unit}\n${h.room}`)}`;
}

export function serialKey(secret: string, communityId: string, serial: string): string {
  return `paper-${keyed(secret, `paper\n${communityId}\n${serial}`)}`;
}
