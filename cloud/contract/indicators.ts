// Contract of the officials' calls: getIndicators and recountIndicators.
import { z } from 'zod';
import { CommunityId, Year } from './common';
import { RATE_VERDICTS } from './rules/rates';

export const Rate = z.object({
  count: z.number().int().min(0),
  n: z.number().int().positive(),
  rate: z.number().min(0).max(1),
  ci95: z.tuple([z.number(), z.number()]),
  meetsTarget: z.boolean(),
  confidentlyMeets: z.boolean(),
  /** Judged from the interval: met (lower bound ≥ target), missed (upper bound < target), unsettled. */
  verdict: z.enum(RATE_VERDICTS),
  /** Responses still needed before the interval settles the 85% question; null when it never can (observed exactly 85%). */
  moreNeeded: z.number().int().min(0).nullable(),
});
export type TRate = z.infer<typeof Rate>;

export const GetIndicatorsInput = z.strictObject({
  communityId: CommunityId.optional(),
  year: Year.optional(),
});
/**
 * What a round shows (rules/privacy.ts): `responses` always, exact. Below SHOWN_FROM answers every other
 * figure is withheld (`suppressed`, rates null); from there, while the round is open, the rates are those of
 * its latest multiple of SNAPSHOT_STEP answers, which their `n` names.
 */
export const ShownRound = z.object({
  responses: z.number().int().min(0),
  suppressed: z.boolean(),
  awareness: Rate.nullable(),
  satisfaction: Rate.nullable(),
});
/** How many answers came by each channel (rules/fieldwork.ts). */
export const ChannelCounts = z.object({
  self: z.number().int().min(0),
  assisted: z.number().int().min(0),
  paper: z.number().int().min(0),
});
export type TChannelCounts = z.infer<typeof ChannelCounts>;
/**
 * A round's answers per option of each question, `{ [questionId]: { [optionId]: count } }`: exactly the counts
 * its rates are read from (the snapshot while open, every answer once finalized), every option present (0 where none).
 */
export const OptionCounts = z.record(z.string(), z.record(z.string(), z.number().int().min(0)));
export type TOptionCounts = z.infer<typeof OptionCounts>;
export const CommunityIndicators = z.object({
  communityId: CommunityId,
  name: z.string(),
  ...ShownRound.shape,
  /** The round's answers per channel, exact; null while the round is suppressed (below SHOWN_FROM answers). */
  channels: ChannelCounts.nullable(),
  /** The shown counts per option (OptionCounts); null while the round is suppressed. */
  options: OptionCounts.nullable(),
});
export const GetIndicatorsOutput = z.object({
  year: Year,
  communities: z.array(CommunityIndicators),
});

export const RecountIndicatorsInput = z.strictObject({ year: Year.optional() });
export const RecountIndicatorsOutput = z.object({
  year: Year,
  responses: z.number().int().min(0),
  corrections: z.array(
    z.object({
      communityId: CommunityId,
      question: z.string(),
      option: z.string(),
      was: z.number().int(),
      now: z.number().int(),
    }),
  ),
});

export type TGetIndicatorsInput = z.infer<typeof GetIndicatorsInput>;
export type TGetIndicatorsOutput = z.infer<typeof GetIndicatorsOutput>;
export type TCommunityIndicators = z.infer<typeof CommunityIndicators>;
export type TRecountIndicatorsInput = z.infer<typeof RecountIndicatorsInput>;
export type TRecountIndicatorsOutput = z.infer<typeof RecountIndicatorsOutput>;
