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
});

export const SubmitResponseInput = z.strictObject({ communityId: CommunityId, answers: Answers });
export const SubmitResponseOutput = z.object({
  round: z.object({ communityId: CommunityId, year: Year }),
  accepted: z.literal(true),
});

export type TGetSurveyInput = z.infer<typeof GetSurveyInput>;
export type TGetSurveyOutput = z.infer<typeof GetSurveyOutput>;
export type TSubmitResponseInput = z.infer<typeof SubmitResponseInput>;
export type TSubmitResponseOutput = z.infer<typeof SubmitResponseOutput>;
