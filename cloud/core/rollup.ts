// Roll-ups of communities to their street, district and the city: pooled only from what each community shows.
//
// The privacy rule (docs/RULES.md, "The officials' console"): a group's rates are pooled from the counts each of
// its communities SHOWS as its own rates (an open round's snapshot at its latest multiple of 5, a finalized
// round's every answer, nothing below 10 answers), so no roll-up reveals what a community page hides; a
// suppressed community adds to the group's `responses` (its count is shown anyway) and to nothing else.
import { fromHundredths, roundRatio, toHundredths } from '../../rubric';
import {
  RATE_TARGET_PERCENT,
  type RateName,
  type TAssessment,
  type TCommunity,
  type TOptionCounts,
  type TRate,
  type TRollupRow,
} from '../contract';
import { addOptions } from './community-rates';
import { rateOf } from './rates';

/** A community with its assessment of the year as loadAssessments answers it (the figures it shows). */
export interface Shown {
  community: TCommunity;
  assessment: TAssessment;
  /** Its counts per option as getIndicators shows them (community-rates.ts shownOptions); null while suppressed. */
  options: TOptionCounts | null;
}

type Head = Pick<TRollupRow, 'level' | 'name' | 'district' | 'street' | 'communityId'>;
const RATES: readonly RateName[] = ['awareness', 'satisfaction'];

const graded = (a: TAssessment) => a.score.verdict !== 'incomplete';

/** A group's rate from the counts its communities show: their counts and n added up; null when none shows any. */
function pooledRate(entries: readonly Shown[], rate: RateName): TRate | null {
  let count = 0;
  let n = 0;
  for (const { assessment } of entries) {
    const shown = assessment.rates[rate];
    if (shown) {
      count += shown.count;
      n += shown.n;
    }
  }
  // No household count for a group: the planner's moreNeeded is Cochran's n₀ without the finite-population correction.
  return rateOf(count, n, RATE_TARGET_PERCENT);
}

/**
 * A group's counts per option, pooled as its rates are: each community's shown counts added up, a suppressed
 * community adding nothing; null when none shows any.
 */
function pooledOptions(entries: readonly Shown[]): TOptionCounts | null {
  const showing = entries.filter((e) => !e.assessment.suppressed && e.options);
  if (showing.length === 0) return null;
  return showing.reduce<TOptionCounts>((sum, e) => addOptions(sum, e.options!), {});
}

function targetCounts(entries: readonly Shown[], rate: RateName): TRollupRow['targets']['awareness'] {
  const shown = entries.map((e) => e.assessment.rates[rate]).filter((r): r is TRate => r !== null);
  return {
    meets: shown.filter((r) => r.meetsTarget).length,
    confidentlyMeets: shown.filter((r) => r.verdict === 'met').length,
    confidentlyMisses: shown.filter((r) => r.verdict === 'missed').length,
  };
}

/** The mean of the graded communities' totals, to two decimals (half up); null with none graded. */
export function meanTotal(assessments: readonly TAssessment[]): number | null {
  const totals = assessments.filter(graded).map((a) => a.score.total);
  // Totals are whole hundredths: added as integers, the sum is exact before the one rounding (half up).
  if (totals.length === 0) return null;
  return fromHundredths(
    roundRatio(
      totals.reduce((sum, t) => sum + toHundredths(t), 0),
      totals.length,
    ),
  );
}

function assessmentCounts(entries: readonly Shown[]): TRollupRow['assessments'] {
  const qualified = entries.filter((e) => e.assessment.score.qualified === true);
  const verdicts = entries.map((e) => e.assessment.score.verdict);
  const count = (v: string) => verdicts.filter((x) => x === v).length;
  return {
    graded: entries.filter((e) => graded(e.assessment)).length,
    qualified: qualified.length,
    qualifiedByKind: {
      urban: qualified.filter((e) => e.community.kind === 'urban').length,
      rural: qualified.filter((e) => e.community.kind === 'rural').length,
    },
    byGrade: { excellent: count('excellent'), good: count('good'), pass: count('pass'), fail: count('fail') },
    ineligible: count('ineligible'),
    meanTotal: meanTotal(entries.map((e) => e.assessment)),
  };
}

function counted(head: Head, entries: readonly Shown[]): Omit<TRollupRow, 'awareness' | 'satisfaction' | 'options' | 'community'> {
  return {
    ...head,
    communities: {
      total: entries.length,
      urban: entries.filter((e) => e.community.kind === 'urban').length,
      rural: entries.filter((e) => e.community.kind === 'rural').length,
    },
    responses: entries.reduce((sum, e) => sum + e.assessment.responses, 0),
    suppressed: entries.filter((e) => e.assessment.suppressed).length,
    targets: { awareness: targetCounts(entries, 'awareness'), satisfaction: targetCounts(entries, 'satisfaction') },
    assessments: assessmentCounts(entries),
  };
}

/** A group's row: its communities counted, their shown counts pooled. */
export function groupRow(head: Head, entries: readonly Shown[]): TRollupRow {
  const [awareness, satisfaction] = RATES.map((rate) => pooledRate(entries, rate));
  return { ...counted(head, entries), awareness, satisfaction, options: pooledOptions(entries), community: null };
}

/** A community's own row: its rates exactly as getIndicators shows them, its verdict and lock. */
export function communityRow(entry: Shown): TRollupRow {
  const { community, assessment } = entry;
  const head: Head = {
    level: 'community',
    name: community.name,
    district: community.district,
    street: community.street,
    communityId: community.id,
  };
  return {
    ...counted(head, [entry]),
    awareness: assessment.rates.awareness,
    satisfaction: assessment.rates.satisfaction,
    options: pooledOptions([entry]),
    community: {
      kind: community.kind,
      verdict: assessment.score.verdict,
      verdictText: assessment.score.verdictText,
      total: graded(assessment) ? assessment.score.total : null,
      locked: Boolean(assessment.lock),
    },
  };
}

/** Groups in the order their first community appears (the registry's order), by a key. */
export function groupsOf<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
