// submitFeedback, replyFeedback, hideFeedback, unhideFeedback, joinProject and leaveProject: what residents do with a project.
import type {
  THideFeedbackInput,
  TJoinProjectInput,
  TProjectDetail,
  TReplyFeedbackInput,
  TSubmitFeedbackInput,
  TUnhideFeedbackInput,
} from '../../contract';
import { actorOf } from '../actors';
import { recordAudit } from '../audit';
import { requireRunsProjects, type Caller } from '../auth';
import { requireAcceptableText } from '../content-check';
import { dailyAllowance } from '../daily-limit';
import type { Deps } from '../deps';
import { AppError, notFound } from '../errors';
import { requireCommunity } from '../communities';
import { requireUnlocked } from '../locks';
import { feedbackIdOf, loadProject, projectDetail } from '../projects';
import { actingAs, labelOf } from '../who';
import { feedbackReplied, tell } from '../notifications';
import type { ProjectRecord } from '../../store/types';

/**
 * One feedback per resident per project: sending again replaces the rating and comment and drops
 * the reply (it answered the old words); a hide stays, so resending cannot bring hidden text back.
 */
export async function submitFeedback(input: TSubmitFeedbackInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const now = deps.now();
  const project = await loadProject(input.projectId, deps);
  // Every accepted submission counts, a resend that replaces the earlier one included (see DAILY_LIMITS).
  const allowance = dailyAllowance('feedback', caller, now, deps);
  await allowance.check();
  const comment = input.comment ? input.comment : null;
  if (comment) await requireAcceptableText(deps, comment, caller.openid);
  await allowance.take();
  await deps.store.saveFeedback({
    id: feedbackIdOf(caller, project.id),
    projectId: project.id,
    respondent: caller.respondent,
    rating: input.rating,
    comment,
    submittedAt: now.toISOString(),
  });
  return projectDetail(project, caller, deps);
}

/** A feedback the caller manages (reply, hide, unhide): their community's, of a year not locked. */
async function managedFeedback(projectId: string, feedbackId: string, caller: Caller, deps: Deps) {
  const project = await loadProject(projectId, deps);
  requireRunsProjects(caller, await requireCommunity(project.communityId, deps));
  await requireUnlocked(project.communityId, project.year, deps);
  const feedback = await deps.store.getFeedback(feedbackId);
  if (!feedback || feedback.projectId !== project.id) throw notFound('没有这条评价');
  return { project, feedback };
}

export async function replyFeedback(input: TReplyFeedbackInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const { project, feedback } = await managedFeedback(input.projectId, input.feedbackId, caller, deps);
  const who = actingAs(caller, 'worker');
  await deps.store.setFeedbackReply(feedback.id, { text: input.reply, by: caller.openid, who, at: deps.now().toISOString() });
  await tell(deps, [feedbackReplied(feedback.respondent, project, labelOf(who), input.reply)]);
  return projectDetail(project, caller, deps);
}

/**
 * Hides the comment, not the vote: the feedback stays stored with who hid it, when and why, and its
 * rating still counts. Hiding a hidden one changes nothing (the first hide's who, when and why stay).
 */
export async function hideFeedback(input: THideFeedbackInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const { project, feedback } = await managedFeedback(input.projectId, input.feedbackId, caller, deps);
  const hidden = { by: caller.openid, who: actingAs(caller, 'worker'), at: deps.now().toISOString(), reason: input.reason };
  if (await deps.store.setFeedbackHidden(feedback.id, hidden)) {
    await logModeration('hide', project, feedback.id, input.reason, caller, deps);
  }
  return projectDetail(project, caller, deps);
}

/** Shows a hidden comment again (the reason is kept in the audit log); one not hidden changes nothing. */
export async function unhideFeedback(input: TUnhideFeedbackInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const { project, feedback } = await managedFeedback(input.projectId, input.feedbackId, caller, deps);
  if (await deps.store.clearFeedbackHidden(feedback.id)) await logModeration('unhide', project, feedback.id, input.reason, caller, deps);
  return projectDetail(project, caller, deps);
}

function logModeration(action: 'hide' | 'unhide', project: ProjectRecord, feedbackId: string, reason: string, caller: Caller, deps: Deps) {
  const [from, to] = action === 'hide' ? [{ hidden: false }, { hidden: true }] : [{ hidden: true }, { hidden: false }];
  const { communityId, year, id: projectId } = project;
  return recordAudit(deps, actorOf(caller), [{ action, communityId, year, projectId, target: feedbackId, from, to, reason }]);
}

export async function joinProject(input: TJoinProjectInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const project = await loadProject(input.projectId, deps);
  const joinedAt = deps.now().toISOString();
  // A phone number only with the volunteer's consent (the contract checks both); shown only to the community's workers.
  const phone = input.as === 'volunteer' && input.phoneConsent === true && input.phone ? { phone: input.phone } : {};
  const result = await deps.store.addParticipant({
    projectId: project.id,
    role: input.as,
    respondent: caller.respondent,
    joinedAt,
    ...phone,
  });
  if (result === 'duplicate') throw new AppError('ALREADY_JOINED', '您已经以这个身份参加了该项目');
  return projectDetail(project, caller, deps);
}

export async function leaveProject(input: TJoinProjectInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const project = await loadProject(input.projectId, deps);
  if (!(await deps.store.removeParticipant(project.id, input.as, caller.respondent))) {
    throw notFound('您没有以这个身份参加该项目');
  }
  return projectDetail(project, caller, deps);
}
