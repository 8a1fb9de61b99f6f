// Zod schema of a score (scoreAssessment's answer), so the cloud contract can declare its output from here.
import { z } from 'zod';
import { Grade, State } from './schema';

export const ItemScore = z.object({
  id: z.string(),
  state: State.nullable(),
  /** null while the item has no state ("not yet assessed"). */
  points: z.number().nullable(),
  max: z.number(),
  /** 'rates' when the state comes from the survey rates, 'manual' when an official set it (or must). */
  source: z.enum(['manual', 'rates']),
  /** Present when a rate-sourced item has no state because the round has fewer than `min` valid answers (n of them). */
  sampleShort: z.object({ n: z.number().int().min(0), min: z.number().int().positive() }).optional(),
});
export type TItemScore = z.infer<typeof ItemScore>;

export const IndicatorScore = z.object({ id: z.string(), points: z.number(), max: z.number() });
export type TIndicatorScore = z.infer<typeof IndicatorScore>;

export const Score = z.object({
  firstClass: z.number(),
  secondClass: z.number(),
  total: z.number(),
  /** The eligibility class has reached its minimum on the states given so far (more states only add). */
  eligible: z.boolean(),
  grade: Grade.nullable(),
  qualified: z.boolean().nullable(),
  complete: z.boolean(),
  /** The indicators scored from item states (2017: Ⅱ-1 … Ⅱ-10); 二类 has no per-Ⅱ split. */
  indicators: z.array(IndicatorScore),
  items: z.array(ItemScore),
});
export type TScore = z.infer<typeof Score>;
