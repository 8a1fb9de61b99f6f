// getSurvey and submitResponse: one answer per resident per community round (community × year).
import { SURVEY_QUESTIONS, type CallOutput, type TGetSurveyInput, type TSubmitResponseInput } from '../../contract';
import type { Caller } from '../auth';
import { shanghaiYear } from '../calendar';
import type { Deps } from '../deps';
import { AppError, notFound } from '../errors';
import { respondentKey } from '../respondent';

async function openRound(communityId: string, deps: Deps) {
  const community = await deps.store.getCommunity(communityId);
  if (!community) throw notFound('没有这个社区');
  return { community, round: { communityId, year: shanghaiYear(deps.now()) } };
}

export async function getSurvey(input: TGetSurveyInput, caller: Caller, deps: Deps): Promise<CallOutput<'getSurvey'>> {
  const { community, round } = await openRound(input.communityId, deps);
  const respondent = respondentKey(deps.config.respondentSecret, caller.openid);
  const alreadyAnswered = await deps.store.hasResponded(round.communityId, round.year, respondent);
  return {
    round,
    community,
    questions: SURVEY_QUESTIONS.map((q) => ({ id: q.id, text: q.text, options: [...q.options] })),
    alreadyAnswered,
  };
}

export async function submitResponse(
  input: TSubmitResponseInput,
  caller: Caller,
  deps: Deps,
): Promise<CallOutput<'submitResponse'>> {
  const { round } = await openRound(input.communityId, deps);
  const result = await deps.store.addResponse({
    ...round,
    respondent: respondentKey(deps.config.respondentSecret, caller.openid),
    answers: input.answers,
    submittedAt: deps.now().toISOString(),
  });
  if (result === 'duplicate') throw new AppError('ALREADY_SUBMITTED', '您今年已经为这个社区填写过问卷，每人每年只能填写一次');
  return { round, accepted: true };
}
