// Responses keep no raw openid: a keyed hash (HMAC-SHA256) stands for the respondent.
import { createHmac } from 'node:crypto';

export function respondentKey(secret: string, openid: string): string {
  return createHmac('sha256', secret).update(openid).digest('hex');
}
