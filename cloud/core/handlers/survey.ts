// getSurvey and submitResponse: one answer per resident per community round (community × year).
import { SURVEY_QUESTIONS, type TGetSurveyInput, type TGetSurveyOutput, type TSubmitResponseInput, type TSubmitResponseOutput } from '../../contract';
import type { Identity } from '../auth';
import { shanghaiYear } from '../../contract';
import type { Deps } from '../deps';
import { requireCommunity } from '../communities';
import { AppError } from '../errors';

async function openRound(communityId: string, deps: Deps) {
  const community = await requireCommunity(communityId, deps);
  return { community, round: { communityId, year: shanghaiYear(deps.now()) } };
}

export async function getSurvey(input: TGetSurveyInput, caller: Identity, deps: Deps): Promise<TGetSurveyOutput> {
  const { community, round } = await openRound(input.communityId, deps);
  const alreadyAnswered = await deps.store.hasResponded(round.communityId, round.year, caller.respondent);
  return {
    round,
    community,
    questions: SURVEY_QUESTIONS.map((q) => ({ id: q.id, text: q.text, options: [...q.options] })),
    alreadyAnswered,
  };
}

export async function submitResponse(
  input: TSubmitResponseInput,
  caller: Identity,
  deps: Deps,
): Promise<TSubmitResponseOutput> {
  const { round } = await openRound(input.communityId, deps);
  const result = await deps.store.addResponse({
    ...round,
    respondent: caller.respondent,
    answers: input.answers,
    submittedAt: deps.now().toISOString(),
  });
  if (result === 'duplicate') throw new AppError('ALREADY_SUBMITTED', '您今年已经为这个社区填写过问卷，每人每年只能填写一次');
  if (result === 'closed') {
    throw new AppError('ROUND_CLOSED', `本社区 ${round.year} 年度的测评已终期验收，问卷已结束，不再接收新的回答。感谢您的关心！`);
  }
  return { round, accepted: true };
}
