// The one client of the cloud API: WeChat cloud functions in the mini-program, the local runtime over HTTP in H5.
import Taro from '@tarojs/taro';
import type { ApiIssue, Envelope, ErrorCode } from '../../../cloud/contract';
import type { CallInput, CallName, CallOutput } from '../../../cloud/core/registry';
import { COMMON_TEXT } from '../../text/common';

export type ApiErrorCode = ErrorCode | 'NETWORK';

/** A call that answered `ok: false`, or never got an answer (code NETWORK). */
export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  readonly issues?: ApiIssue[];

  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message);
    // Babel's ES5 output of `extends Error` loses the prototype; restore it for instanceof.
    Object.setPrototypeOf(this, ApiCallError.prototype);
    this.name = 'ApiCallError';
    this.code = code;
    this.issues = issues;
  }
}

export function asApiCallError(e: unknown): ApiCallError {
  return e instanceof ApiCallError ? e : new ApiCallError('INTERNAL', COMMON_TEXT.serverError);
}

/** The whole API is one cloud function, `api`; the call's name and input travel in its data. */
export const CLOUD_FUNCTION = 'api';

async function callWeChat(name: string, data: unknown): Promise<unknown> {
  const res = await Taro.cloud.callFunction({ name: CLOUD_FUNCTION, data: { call: name, input: data ?? {} } });
  return res.result;
}

// TARO_ENV is replaced at build time and the dead branch is never bundled, so the weapp build
// carries no local-mode code (a plain import of it would survive tree-shaking).
const transport: (name: string, data: unknown) => Promise<unknown> =
  process.env.TARO_ENV === 'h5' ? (require('./local') as typeof import('./local')).postLocal : callWeChat;

export async function callCloud<N extends CallName>(name: N, data: CallInput<N>): Promise<CallOutput<N>> {
  let answer: unknown;
  try {
    answer = await transport(name, data);
  } catch {
    throw new ApiCallError('NETWORK', COMMON_TEXT.networkError);
  }
  if (!answer || typeof answer !== 'object' || !('ok' in answer)) {
    throw new ApiCallError('INTERNAL', COMMON_TEXT.serverError);
  }
  const envelope = answer as Envelope<CallOutput<N>>;
  if (envelope.ok) return envelope.data;
  const { code, message, issues } = envelope.error;
  throw new ApiCallError(code, message || COMMON_TEXT.serverError, issues);
}
