// getMyData, withdrawNeed, withdrawFeedback and withdrawResponse: a resident's own data (我的数据) and taking it back (PIPL).
// Leaving a project is leaveProject (feedback.ts). Only the author may withdraw: identity from the context, never the input.
import {
  MY_DATA_MAX,
  shanghaiYear,
  type TGetMyDataOutput,
  type TWithdrawFeedbackInput,
  type TWithdrawNeedInput,
  type TWithdrawOutput,
  type TWithdrawResponseInput,
} from '../../contract';
import type { FeedbackRecord, ProjectRecord } from '../../store/types';
import { recordAudit } from '../audit';
import type { Identity } from '../auth';
import { requireCommunity } from '../communities';
import type { Deps } from '../deps';
import { AppError, forbidden, notFound } from '../errors';
import { shownAs } from '../who';

const projectRef = (p: ProjectRecord | undefined) => (p ? { id: p.id, title: p.title, stage: p.stage } : null);

function commentOf(f: FeedbackRecord, project: ProjectRecord | undefined): TGetMyDataOutput['comments'][number] {
  return {
    id: f.id,
    project: projectRef(project),
    rating: f.rating,
    comment: f.comment,
    submittedAt: f.submittedAt,
    reply: f.reply ? { text: f.reply.text, by: shownAs(f.reply.who, 'worker').by, at: f.reply.at } : null,
    hidden: f.hidden ? { at: f.hidden.at, reason: f.hidden.reason } : null,
  };
}

/** Everything the caller gave: needs, comments with ratings, roles in projects, and this year's survey answer. */
export async function getMyData(_input: unknown, caller: Identity, deps: Deps): Promise<TGetMyDataOutput> {
  const me = caller.respondent;
  const year = shanghaiYear(deps.now());
  const [needs, feedback, roles, response] = await Promise.all([
    deps.store.listNeedsOf(me, MY_DATA_MAX),
    deps.store.listFeedbackOf(me, MY_DATA_MAX),
    deps.store.listParticipationsOf(me, MY_DATA_MAX),
    deps.store.getResponse(year, me),
  ]);
  const ids = new Set([
    ...needs.flatMap((n) => (n.projectId ? [n.projectId] : [])),
    ...feedback.map((f) => f.projectId),
    ...roles.map((r) => r.projectId),
  ]);
  const projects = new Map(
    (await Promise.all([...ids].map((id) => deps.store.getProject(id)))).flatMap((p) => (p ? [[p.id, p] as const] : [])),
  );
  let mine: TGetMyDataOutput['response'] = null;
  if (response) {
    const [community, [tally]] = await Promise.all([
      deps.store.getCommunity(response.communityId),
      deps.store.getTallies(year, response.communityId),
    ]);
    mine = {
      communityId: response.communityId,
      communityName: community?.name ?? response.communityId,
      year,
      answers: response.answers,
      submittedAt: response.submittedAt,
      roundClosed: tally?.closed === true,
    };
  }
  return {
    needs: needs.map((n) => ({
      id: n.id,
      communityId: n.communityId,
      category: n.category,
      text: n.text,
      submittedAt: n.submittedAt,
      project: projectRef(n.projectId ? projects.get(n.projectId) : undefined),
    })),
    comments: feedback.map((f) => commentOf(f, projects.get(f.projectId))),
    roles: roles.flatMap((r) => {
      const project = projectRef(projects.get(r.projectId));
      return project ? [{ project, role: r.role, joinedAt: r.joinedAt }] : [];
    }),
    response: mine,
  };
}

const notYours = (what: string) => forbidden(`只能撤回您自己提交的${what}`);

/** Removes the caller's need for everyone (workers' list included). */
export async function withdrawNeed(input: TWithdrawNeedInput, caller: Identity, deps: Deps): Promise<TWithdrawOutput> {
  const need = await deps.store.getNeed(input.needId);
  if (!need) throw notFound('没有这条需求，它可能已经撤回');
  if (need.respondent !== caller.respondent) throw notYours('需求');
  if (!(await deps.store.deleteNeed(need.id))) throw notFound('没有这条需求，它可能已经撤回');
  return { withdrawn: true, message: '已撤回这条需求，社区工作者不会再看到它' };
}

/**
 * Removes the caller's rating and comment for everyone: the project's average and count are read from the
 * feedback that remains. A comment that was moderated (hidden) has entries in its year's audit chain; the
 * withdrawal is appended there, so the log says why the comment is gone (the chain stays whole).
 */
export async function withdrawFeedback(input: TWithdrawFeedbackInput, caller: Identity, deps: Deps): Promise<TWithdrawOutput> {
  const feedback = await deps.store.getFeedback(input.feedbackId);
  if (!feedback) throw notFound('没有这条评价，它可能已经撤回');
  if (feedback.respondent !== caller.respondent) throw notYours('评价');
  if (!(await deps.store.deleteFeedback(feedback.id))) throw notFound('没有这条评价，它可能已经撤回');
  const project = await deps.store.getProject(feedback.projectId);
  if (project && feedback.hidden) {
    const { communityId, year, id: projectId } = project;
    // A resident is named in the log by their respondent hash, never their openid.
    const actor = { openid: `respondent:${caller.respondent}`, role: 'resident' as const, name: null };
    const from = { hidden: true, rating: feedback.rating };
    await recordAudit(deps, actor, [
      { action: 'withdraw', communityId, year, projectId, target: feedback.id, from, to: null, reason: '居民撤回' },
    ]);
  }
  return { withdrawn: true, message: '已撤回您的评分和评价，项目的平均分已不再计入' };
}

/** Removes the caller's survey answer and takes it out of the round's counts, while the round is open. */
export async function withdrawResponse(input: TWithdrawResponseInput, caller: Identity, deps: Deps): Promise<TWithdrawOutput> {
  const { communityId, year } = input;
  await requireCommunity(communityId, deps);
  const closed = () => new AppError('ROUND_CLOSED', `${year} 年度的问卷已经结束（终期验收后不能再撤回），您的回答已计入结果`);
  if (year !== shanghaiYear(deps.now())) throw closed();
  const result = await deps.store.withdrawResponse(communityId, year, caller.respondent);
  if (result === 'closed') throw closed();
  if (result === 'none') throw notFound(`您没有 ${year} 年度这个社区的问卷回答可以撤回`);
  return { withdrawn: true, message: `已撤回您 ${year} 年度的问卷回答，它不再计入统计；您可以重新填写` };
}
