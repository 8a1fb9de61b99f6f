// Contract of the survey calls: getSurvey and submitResponse.
import { z } from 'zod';
import { AWARENESS_OPTIONS, SATISFACTION_OPTIONS } from './rules/survey';
import { Community, CommunityId, Year } from './common';

export const Answers = z.strictObject({
  awareness: z.enum(AWARENESS_OPTIONS),
  satisfaction: z.enum(SATISFACTION_OPTIONS),
});
export type TAnswers = z.infer<typeof Answers>;

export const GetSurveyInput = z.strictObject({ communityId: CommunityId });
export const GetSurveyOutput = z.object({
  round: z.object({ communityId: CommunityId, year: Year }),
  community: Community,
  questions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      options: z.array(z.object({ id: z.string(), label: z.string() })),
    }),
  ),
  alreadyAnswered: z.boolean(),
  /** The other community whose survey this resident answered this year (one community a year), or null. */
  answeredElsewhere: z.object({ communityId: CommunityId, name: z.string() }).nullable(),
  /** The round's final acceptance (终期验收) closed it: no answer is taken until an admin reopens it. */
  roundClosed: z.boolean(),
  /**
   * Signed when the survey opened (community, time, a nonce; no identity): submitResponse sends it back, so the
   * answer's duration is known (core/start-token.ts). An answer without a valid one is of unknown duration.
   */
  startToken: z.string(),
});

/** A startToken as sent back; one that does not verify is no error (the answer is then of unknown duration). */
export const StartToken = z.string().max(512, '问卷开始标记无效');
export const SubmitResponseInput = z.strictObject({ communityId: CommunityId, answers: Answers, startToken: StartToken.optional() });
export const SubmitResponseOutput = z.object({
  round: z.object({ communityId: CommunityId, year: Year }),
  accepted: z.literal(true),
});

export type TGetSurveyInput = z.infer<typeof GetSurveyInput>;
export type TGetSurveyOutput = z.infer<typeof GetSurveyOutput>;
export type TSubmitResponseInput = z.infer<typeof SubmitResponseInput>;
export type TSubmitResponseOutput = z.infer<typeof SubmitResponseOutput>;
