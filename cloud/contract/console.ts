// Contract of the officials' console (issue #10): getRollup, getTrend, getCityProgress and getGradeOutlook.
// Every figure is pooled from what each community SHOWS (rules/privacy.ts), so no group reveals what a community hides.
import { z } from 'zod';
import { Verdict } from '../../rubric';
import { CommunityId, ScopeOut, Year } from './common';
import { OptionCounts, Rate } from './indicators';
import { ROLLUP_LEVELS, ROLLUP_ROW_LEVELS, TREND_YEARS_MAX } from './rules/console';
import { COMMUNITY_KIND_IDS, PLACE_NAME_MAX } from './rules/registry';

const Count = z.number().int().min(0);
/** A probability, 0 … 1. */
const Probability = z.number().min(0).max(1);
const Place = (what: string) =>
  z.string(`请填写${what}`).trim().min(1, `请填写${what}`).max(PLACE_NAME_MAX, `${what}最多 ${PLACE_NAME_MAX} 字`);
const District = Place('县（区）/功能区');
const Street = Place('乡镇（街道）');

const STREET_NEEDS_DISTRICT = '指定乡镇（街道）时，请同时指定它所属的县（区）/功能区';

export const RollupLevel = z.enum(ROLLUP_LEVELS);
export const RollupRowLevel = z.enum(ROLLUP_ROW_LEVELS);

/**
 * `level` city: one group, the whole city (admins and city officials; no district or street).
 * `level` district: the districts in the caller's scope, or the one named. `level` street: the streets in
 * scope, of the district named, or the one street named (district and street): then `communities` lists
 * that street's communities too, so the drill-down reaches a community.
 */
export const GetRollupInput = z
  .strictObject({ year: Year, level: RollupLevel, district: District.optional(), street: Street.optional() })
  .superRefine((input, ctx) => {
    if (input.street !== undefined && input.district === undefined)
      ctx.addIssue({ code: 'custom', path: ['district'], message: STREET_NEEDS_DISTRICT });
    if (input.level === 'city' && input.district !== undefined)
      ctx.addIssue({ code: 'custom', path: ['district'], message: '全市汇总不按县（区）筛选；要看某个县（区），请用 level district' });
    if (input.level !== 'street' && input.street !== undefined)
      ctx.addIssue({ code: 'custom', path: ['street'], message: '只有 level street 可以指定乡镇（街道）' });
  });

export const CommunityCounts = z.object({ total: Count, urban: Count, rural: Count });
/** Communities of a group by one rate's shown figures: meets (100 × count ≥ 85 × n), confidently meets / misses (the verdict). */
export const TargetCounts = z.object({ meets: Count, confidentlyMeets: Count, confidentlyMisses: Count });
export const GradeCounts = z.object({ excellent: Count, good: Count, pass: Count, fail: Count });
/**
 * The assessments of a group's communities: `graded` those with a verdict (every item assessed): the four
 * grades plus `ineligible` (不具备评定资格); `qualified` the 达标 (合格 or better, with eligibility), also by kind;
 * `meanTotal` the mean total of the graded, to two decimals (null with none).
 */
export const AssessmentCounts = z.object({
  graded: Count,
  qualified: Count,
  qualifiedByKind: z.object({ urban: Count, rural: Count }),
  byGrade: GradeCounts,
  ineligible: Count,
  meanTotal: z.number().nullable(),
});

/** What a community row adds: its kind and its own verdict (null total while incomplete) and lock. */
export const RollupCommunity = z.object({
  kind: z.enum(COMMUNITY_KIND_IDS),
  verdict: Verdict,
  verdictText: z.string(),
  total: z.number().nullable(),
  locked: z.boolean(),
});

/**
 * One row of a roll-up: a group (city, district, street) or one community (`level` community).
 * `responses` counts every answer of its communities, exact; `suppressed` how many of them show no rates
 * (fewer than 10 answers: they add to `responses` only). The rates are pooled from the counts each community
 * shows (an open round's snapshot, a finalized round's every answer): the same shape as a community's rate in
 * getIndicators, with its 95% Wilson interval and verdict; null while no community shows any.
 */
export const RollupRow = z.object({
  level: RollupRowLevel,
  name: z.string(),
  /** Where the row sits: null above its level (the city has neither, a district no street). */
  district: z.string().nullable(),
  street: z.string().nullable(),
  communityId: CommunityId.nullable(),
  communities: CommunityCounts,
  responses: Count,
  suppressed: Count,
  awareness: Rate.nullable(),
  satisfaction: Rate.nullable(),
  /** Per option, the sum of the counts each community shows (a community row: its own); null while none shows any. */
  options: OptionCounts.nullable(),
  targets: z.object({ awareness: TargetCounts, satisfaction: TargetCounts }),
  assessments: AssessmentCounts,
  /** Set on community rows only. */
  community: RollupCommunity.nullable(),
});
export type TRollupRow = z.infer<typeof RollupRow>;

export const GetRollupOutput = z.object({
  year: Year,
  level: RollupLevel,
  /** The caller's area: both null for the city. */
  scope: ScopeOut,
  /** The groups of `level` within the caller's scope (and the district or street named), in registry order. */
  groups: z.array(RollupRow),
  /** The communities of the street named (level street with district and street), in registry order; [] otherwise. */
  communities: z.array(RollupRow),
});

/**
 * A community (communityId alone), or a group: a district, a district's street, or (neither) the caller's
 * whole scope. At most TREND_YEARS_MAX years, fromYear ≤ toYear.
 */
export const GetTrendInput = z
  .strictObject({
    communityId: CommunityId.optional(),
    district: District.optional(),
    street: Street.optional(),
    fromYear: Year,
    toYear: Year,
  })
  .superRefine((input, ctx) => {
    if (input.communityId !== undefined && (input.district !== undefined || input.street !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: [input.district !== undefined ? 'district' : 'street'],
        message: '指定社区时不再指定县（区）或乡镇（街道）',
      });
    else if (input.street !== undefined && input.district === undefined)
      ctx.addIssue({ code: 'custom', path: ['district'], message: STREET_NEEDS_DISTRICT });
    if (input.toYear < input.fromYear) ctx.addIssue({ code: 'custom', path: ['toYear'], message: '结束年份不能早于开始年份' });
    else if (input.toYear - input.fromYear + 1 > TREND_YEARS_MAX)
      ctx.addIssue({ code: 'custom', path: ['toYear'], message: `一次最多查看 ${TREND_YEARS_MAX} 年` });
  });

/**
 * One year of a trend. Rates as in getRollup (a community's own, a group's pooled), null for a year
 * without shown answers. `score`: a community's total where its assessment is complete (graded), else null;
 * a group's mean total over its graded communities (to two decimals), null with none; `assessed` how many
 * totals that is (0 or 1 for a community). `verdict`: a community's verdict that year (null for a group).
 */
export const TrendYear = z.object({
  year: Year,
  responses: Count,
  awareness: Rate.nullable(),
  satisfaction: Rate.nullable(),
  score: z.number().nullable(),
  assessed: Count,
  qualified: Count,
  verdict: Verdict.nullable(),
});
export type TTrendYear = z.infer<typeof TrendYear>;

export const GetTrendOutput = z.object({
  fromYear: Year,
  toYear: Year,
  /** What the trend is of: a community (communityId), or a group (district and street, null where not narrowed). */
  level: RollupRowLevel,
  name: z.string(),
  communityId: CommunityId.nullable(),
  district: z.string().nullable(),
  street: z.string().nullable(),
  /** One entry per year, fromYear … toYear, in order. */
  years: z.array(TrendYear),
});

export const GetCityProgressInput = z.strictObject({ year: Year });
/** One kind of community in an area: how many, how many graded, how many 达标; `share` 达标 / communities (null with none). */
export const KindProgress = z.object({
  communities: Count,
  graded: Count,
  qualified: Count,
  share: z.number().min(0).max(1).nullable(),
  /** share ≥ target (compared in integers); null with no community of the kind. */
  meetsTarget: z.boolean().nullable(),
});
export const AreaProgress = z.object({ urban: KindProgress, rural: KindProgress });
export const GetCityProgressOutput = z.object({
  year: Year,
  /** The city's goal (rules/standard.ts CITY_GOAL): 0.8 of urban communities 达标 by 2019. */
  target: z.number().min(0).max(1),
  targetYear: Year,
  targetText: z.string(),
  /** The caller's area: both null for the city. */
  scope: ScopeOut,
  /** The districts in the caller's scope, in registry order. */
  districts: z.array(AreaProgress.extend({ district: z.string() })),
  /** Every community in the caller's scope (the whole city for admins and city officials). */
  total: AreaProgress,
});

export const GetGradeOutlookInput = z.strictObject({ communityId: CommunityId, year: Year });

/** Each rate-sourced item (Ⅱ-10.2, Ⅱ-10.3): where its state comes from and how likely each state is. */
export const OutlookItem = z.object({
  itemId: z.string(),
  rate: z.enum(['awareness', 'satisfaction']),
  /** sample: the state the rate's Beta posterior gives; fixed: set by hand or held by the final acceptance; withheld: no shown counts. */
  source: z.enum(['sample', 'fixed', 'withheld']),
  /** The shown counts the posterior Beta(count + 1, n − count + 1) is read from (null unless source is sample). */
  count: Count.nullable(),
  n: Count.nullable(),
  /** P(state), from the standard's thresholds (A ≥ 85%, B ≥ 75%, C below); null while withheld. */
  states: z.object({ A: Probability, B: Probability, C: Probability }).nullable(),
});

export const OutlookOutcomes = z.object({
  excellent: Probability,
  good: Probability,
  pass: Probability,
  fail: Probability,
  ineligible: Probability,
});

/**
 * How sure the grade is (issue #10 part 6). `status`: sample (some rate item's state rests on the sample),
 * fixed (both rate items set by hand: the outcome is certain), final (the 终期验收 holds the figures),
 * withheld (a sampled rate shows nothing yet: fewer than 10 answers), incomplete (`missing` other items of
 * 一类 are not assessed yet). `outcomes`, `qualified` (P 达标), `settled` and `moreAnswers` are null while
 * withheld or incomplete. `moreAnswers`: the fewest further answers after which the outcome would be settled
 * at OUTLOOK_CONFIDENCE, assuming they follow the current shown rates (0: settled already; null: never within
 * OUTLOOK_SEARCH_MAX, e.g. a rate exactly on a threshold).
 */
export const GetGradeOutlookOutput = z.object({
  communityId: CommunityId,
  name: z.string(),
  year: Year,
  /** The assessment's verdict now, as getAssessment answers it. */
  verdict: Verdict,
  verdictText: z.string(),
  status: z.enum(['sample', 'fixed', 'final', 'withheld', 'incomplete']),
  missing: Count,
  items: z.array(OutlookItem),
  outcomes: OutlookOutcomes.nullable(),
  qualified: Probability.nullable(),
  confidence: Probability,
  settled: z.object({ qualified: z.boolean(), verdict: z.boolean() }).nullable(),
  moreAnswers: z.object({ qualified: Count.nullable(), verdict: Count.nullable() }).nullable(),
});

export type TGetRollupInput = z.infer<typeof GetRollupInput>;
export type TGetRollupOutput = z.infer<typeof GetRollupOutput>;
export type TGetTrendInput = z.infer<typeof GetTrendInput>;
export type TGetTrendOutput = z.infer<typeof GetTrendOutput>;
export type TGetCityProgressInput = z.infer<typeof GetCityProgressInput>;
export type TGetCityProgressOutput = z.infer<typeof GetCityProgressOutput>;
export type TAreaProgress = z.infer<typeof AreaProgress>;
export type TKindProgress = z.infer<typeof KindProgress>;
export type TGetGradeOutlookInput = z.infer<typeof GetGradeOutlookInput>;
export type TGetGradeOutlookOutput = z.infer<typeof GetGradeOutlookOutput>;
export type TOutlookItem = z.infer<typeof OutlookItem>;
