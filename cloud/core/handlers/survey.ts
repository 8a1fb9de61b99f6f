// getSurvey and submitResponse: one answer per resident a year, to one community's round (community × year).
import {
  canAnswerSurvey,
  SURVEY_QUESTIONS,
  type TGetSurveyInput,
  type TGetSurveyOutput,
  type TSubmitResponseInput,
  type TSubmitResponseOutput,
} from '../../contract';
import type { Caller, Identity } from '../auth';
import { shanghaiYear } from '../../contract';
import type { Deps } from '../deps';
import { requireCommunity } from '../communities';
import { AppError } from '../errors';
import { durationOf, issueStartToken } from '../start-token';

async function openRound(communityId: string, deps: Deps) {
  const community = await requireCommunity(communityId, deps);
  return { community, round: { communityId, year: shanghaiYear(deps.now()) } };
}

/** A community answered earlier, by name (its id, should it be gone from the list). */
async function named(communityId: string, deps: Deps) {
  return { communityId, name: (await deps.store.getCommunity(communityId))?.name ?? communityId };
}

export async function getSurvey(input: TGetSurveyInput, caller: Identity, deps: Deps): Promise<TGetSurveyOutput> {
  const { community, round } = await openRound(input.communityId, deps);
  // The round's tally carries its gate (closed by 终期验收): read beside the answer, so the resident is told first.
  const [answered, [tally]] = await Promise.all([
    deps.store.answeredIn(round.year, caller.respondent),
    deps.store.getTallies(round.year, round.communityId),
  ]);
  return {
    round,
    community,
    questions: SURVEY_QUESTIONS.map((q) => ({ id: q.id, text: q.text, options: [...q.options] })),
    alreadyAnswered: answered === round.communityId,
    answeredElsewhere: answered !== null && answered !== round.communityId ? await named(answered, deps) : null,
    roundClosed: tally?.closed === true,
    startToken: issueStartToken(deps.config.respondentSecret, round.communityId, deps.now()),
  };
}

/** The refusal of an answer to a round closed by its final acceptance (submitResponse, and fieldwork's entries). */
export const roundClosedError = (year: number) =>
  new AppError('ROUND_CLOSED', `本社区 ${year} 年度的测评已终期验收，问卷已结束，不再接收新的回答。感谢您的关心！`);

export async function submitResponse(input: TSubmitResponseInput, caller: Caller, deps: Deps): Promise<TSubmitResponseOutput> {
  const { round } = await openRound(input.communityId, deps);
  if (!canAnswerSurvey(caller, round.communityId)) {
    throw new AppError('STAFF_NOT_ELIGIBLE', '本社区的社区工作者不参加本社区的问卷，请协助其他居民填写');
  }
  const now = deps.now();
  const result = await deps.store.addResponse({
    ...round,
    respondent: caller.respondent,
    answers: input.answers,
    submittedAt: now.toISOString(),
    channel: 'self',
    durationMs: durationOf(deps.config.respondentSecret, input.startToken, round.communityId, now),
  });
  if (result === 'duplicate') throw new AppError('ALREADY_SUBMITTED', '您今年已经为这个社区填写过问卷，每人每年只能填写一次');
  if (result === 'closed') throw roundClosedError(round.year);
  if (result !== 'inserted') {
    const { name } = await named(result.elsewhere, deps);
    throw new AppError('ANSWERED_ELSEWHERE', `您今年已经填写过“${name}”的问卷，每人每年只能为一个社区填写`);
  }
  return { round, accepted: true };
}
