// The one door to the core: parse the input, resolve the caller, run the use case, answer an envelope.
import { z } from 'zod';
import { calls, ERROR_STATUS, type ApiIssue, type CallName, type Envelope } from '../contract';
import { resolveCaller, type Caller } from './auth';
import type { Deps } from './deps';
import { AppError } from './errors';
import { getAssessment, getStandard, listAssessments, saveAssessment, scoreAssessment } from './handlers/assessment';
import { exportScorecards } from './handlers/export';
import { assignRole, listCommunities, whoami } from './handlers/identity';
import { getIndicators, recountIndicators } from './handlers/indicators';
import { getSurvey, submitResponse } from './handlers/survey';
import { getProject, listProjects, publishProject, recordActivity, saveProjectEvaluation, updateProject } from './handlers/projects';
import { hideFeedback, joinProject, leaveProject, replyFeedback, submitFeedback } from './handlers/feedback';
import { linkNeed, listMyNeeds, listNeeds, submitNeed } from './handlers/needs';

z.config(z.locales.zhCN());

type Handler = (input: any, caller: Caller, deps: Deps) => Promise<unknown>;
const handlers: Record<CallName, Handler> = {
  whoami,
  listCommunities,
  assignRole,
  getSurvey,
  submitResponse,
  getIndicators,
  recountIndicators,
  getStandard,
  scoreAssessment,
  saveAssessment,
  getAssessment,
  listAssessments,
  exportScorecards,
  publishProject,
  updateProject,
  recordActivity,
  listProjects,
  getProject,
  saveProjectEvaluation,
  submitFeedback,
  replyFeedback,
  hideFeedback,
  joinProject,
  leaveProject,
  submitNeed,
  listNeeds,
  listMyNeeds,
  linkNeed,
};

const isCallName = (name: string): name is CallName => Object.prototype.hasOwnProperty.call(calls, name);

export function statusOf(envelope: Envelope<unknown>): number {
  return envelope.ok ? 200 : ERROR_STATUS[envelope.error.code];
}

function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
}

export function failure(code: AppError['code'], message: string, issues?: ApiIssue[]): Envelope<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

/** Runs one call for the caller identified by `openid` (from the WeChat context or the local header). */
export async function handle(name: string, input: unknown, openid: string | undefined, deps: Deps): Promise<Envelope<unknown>> {
  if (!isCallName(name)) return failure('NOT_FOUND', `没有名为 ${name} 的云函数`);
  if (!openid) return failure('UNAUTHENTICATED', '无法确认您的身份，请在微信中重新打开小程序');
  const parsed = calls[name].input.safeParse(input ?? {});
  if (!parsed.success) return failure('INVALID_INPUT', '提交的内容不符合要求', toIssues(parsed.error));
  try {
    const caller = await resolveCaller(openid, deps);
    return { ok: true, data: await handlers[name](parsed.data, caller, deps) };
  } catch (error) {
    if (error instanceof AppError) return failure(error.code, error.message, error.issues);
    console.error(`[${name}]`, error);
    return failure('INTERNAL', '服务暂时出错，请稍后再试');
  }
}
