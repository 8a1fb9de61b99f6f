// Zod schema of an evaluation standard (测评标准): its sections (项目 Ⅰ-n), indicators (Ⅱ-n), items and scoring rules.
import { z } from 'zod';
import { isHundredths } from './round';
import { checkStandard } from './checks';

export const STATES = ['A', 'B', 'C'] as const;
export const State = z.enum(STATES, { error: '状态只能是 A、B 或 C' });
export type TState = z.infer<typeof State>;

export const CLASS_IDS = ['first', 'second'] as const;
export const ClassId = z.enum(CLASS_IDS);
export type TClassId = z.infer<typeof ClassId>;

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export const Grade = z.enum(GRADES);
export type TGrade = z.infer<typeof Grade>;

const Text = z.string().min(1);
const Slug = z.string().regex(/^[a-z][a-z0-9_]*$/, '编号只能用小写字母、数字和下划线');
/** Points, weights and thresholds: non-negative, at most two decimals, like the figures on a score sheet. */
export const Points = z.number().nonnegative().refine(isHundredths, '分值最多两位小数');
const Percent = z.number().int().min(0).max(100);
/** A state's share of an item's full points (B = 0.66); two decimals so it is a whole percent. */
const Factor = z.number().min(0).max(1).refine(isHundredths, '系数最多两位小数');

export const Named = z.object({ id: Slug, name: Text });
export type TNamed = z.infer<typeof Named>;

export const ClassDef = z.object({
  name: Text,
  total: Points,
  /** 'states': items judged A/B/C; 'projects': the total scaled by the doorstep projects' evaluations. */
  scoredBy: z.enum(['states', 'projects']),
});
export type TClassDef = z.infer<typeof ClassDef>;

export const Section = z.object({
  id: z.string().regex(/^I-\d+$/, '项目编号应为 I-<n>'),
  name: Text,
  class: ClassId,
  /** Only where the standard prints one weight for all of the section's indicators (2017: Ⅰ-5's 40). */
  weight: Points.optional(),
});
export type TSection = z.infer<typeof Section>;

export const RateSource = z.object({ kind: z.literal('rate'), rate: Slug });
export const ItemSource = z.discriminatedUnion('kind', [RateSource]);
export type TItemSource = z.infer<typeof ItemSource>;

export const Item = z.object({
  id: z.string().regex(/^II-\d+\.\d+$/, '测评内容编号应为 II-<n>.<k>'),
  text: Text,
  /** Where the item's state comes from when no one sets it; absent means an official judges it. */
  source: ItemSource.optional(),
});
export type TItem = z.infer<typeof Item>;

export const Indicator = z.object({
  id: z.string().regex(/^II-\d+$/, '二级指标编号应为 II-<n>'),
  name: Text,
  section: z.string(),
  /** null where the weight is its section's (a shared cell in the table). */
  weight: Points.nullable(),
  items: z.array(Item).min(1),
});
export type TIndicator = z.infer<typeof Indicator>;

const Band = z.object({ name: Text, min: Points });

export const StandardShape = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: Text,
  year: z.number().int(),
  source: Text,
  /** What a reader of the standard must be told (2017: the 44/45 discrepancy). */
  note: z.string().optional(),
  classes: z.object({ first: ClassDef, second: ClassDef }),
  eligibility: z.object({ class: ClassId, min: Points }),
  stateFactors: z.object({ A: Factor, B: Factor, C: Factor }),
  /**
   * Rate-sourced items: A when the rate is at least `A` percent, B at least `B`, C below; and no state
   * at all from fewer than `minSample` valid answers in the round (too few to fund on).
   */
  rateStates: z.object({ A: Percent, B: Percent, minSample: z.number().int().min(1, '最少样本数应为正整数') }),
  grades: z.object({ excellent: Band, good: Band, pass: Band, fail: z.object({ name: Text }) }),
  rates: z.array(Named),
  categories: z.array(Named).min(1),
  maxProjectsPerCategory: z.number().int().positive(),
  aspects: z.array(Named).min(1),
  sections: z.array(Section).min(1),
  indicators: z.array(Indicator).min(1),
});

export const Standard = StandardShape.superRefine(checkStandard);
export type TStandard = z.infer<typeof Standard>;

/** Validates a standard read from anywhere (a JSON file of another year); throws a ZodError listing every fault. */
export function parseStandard(json: unknown): TStandard {
  return Standard.parse(json);
}
