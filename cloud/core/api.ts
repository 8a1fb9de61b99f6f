// The one door to the core: parse the input, identify the caller (and read their roles only if the call
// needs them), apply the call's rule, run the handler, answer an envelope.
import { z } from 'zod';
import { ERROR_STATUS, type ApiIssue, type Envelope } from '../contract';
import { identify, requireThat, withRoles, type Caller, type Identity } from './auth';
import type { Deps } from './deps';
import { AppError } from './errors';
import { CALLS, isCallName } from './registry';

z.config(z.locales.zhCN());

export function statusOf(envelope: Envelope<unknown>): number {
  return envelope.ok ? 200 : ERROR_STATUS[envelope.error.code];
}

function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
}

export function failure(code: AppError['code'], message: string, issues?: ApiIssue[]): Envelope<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

/**
 * The one cloud function's event, `{ call, input }`: only `input` is the call's input; anything else
 * the platform adds (userInfo, tcbContext, …) is ignored. No call by that name (or none): NOT_FOUND.
 */
export function handleEvent(event: unknown, openid: string | undefined, deps: Deps): Promise<Envelope<unknown>> {
  const { call, input } = (event && typeof event === 'object' ? event : {}) as { call?: unknown; input?: unknown };
  return handle(typeof call === 'string' ? call : '', input, openid, deps);
}

/** Runs one call for the caller identified by `openid` (from the WeChat context or the local header). */
export async function handle(name: string, input: unknown, openid: string | undefined, deps: Deps): Promise<Envelope<unknown>> {
  if (!isCallName(name)) return failure('NOT_FOUND', name ? `没有名为 ${name.slice(0, 64)} 的接口` : '请求没有指明接口（call）');
  if (!openid) return failure('UNAUTHENTICATED', '无法确认您的身份，请在微信中重新打开小程序');
  const call = CALLS[name] as (typeof CALLS)[typeof name] & { run: (input: unknown, caller: unknown, deps: Deps) => Promise<unknown> };
  const parsed = call.input.safeParse(input ?? {});
  if (!parsed.success) return failure('INVALID_INPUT', '提交的内容不符合要求', toIssues(parsed.error));
  try {
    const identity = identify(openid, deps);
    let caller: Identity | Caller = identity;
    if (call.caller === 'roles') {
      const withRole = await withRoles(identity, deps);
      if (call.who) requireThat(call.who.allows(withRole), call.who.refusal);
      caller = withRole;
    }
    return { ok: true, data: await call.run(parsed.data, caller, deps) };
  } catch (error) {
    if (error instanceof AppError) return failure(error.code, error.message, error.issues);
    console.error(`[${name}]`, error);
    return failure('INTERNAL', '服务暂时出错，请稍后再试');
  }
}
