// Builders of the console's answers (getRollup rows, getTrend, getCityProgress, getGradeOutlook) for the UI tests:
// shapes the contract allows (the fake cloud parses them); rates as the server works them out from their counts.
import type {
  TGetCityProgressOutput,
  TGetGradeOutlookOutput,
  TKindProgress,
  TOptionCounts,
  TRollupRow,
  TTrendYear,
} from '../../../cloud/contract';
import { rateFixture } from './builders';

type Counts = [count: number, n: number] | null;

interface RowParts {
  level?: TRollupRow['level'];
  name: string;
  district?: string | null;
  street?: string | null;
  communityId?: string | null;
  communities?: [urban: number, rural: number];
  responses?: number;
  suppressed?: number;
  awareness?: Counts;
  satisfaction?: Counts;
  /** Counts per option (as the server pools them); null unless given. */
  options?: TOptionCounts | null;
  /** Communities meeting each target (100 × count ≥ 85 × n). */
  meets?: [awareness: number, satisfaction: number];
  graded?: number;
  qualified?: number;
  byGrade?: [excellent: number, good: number, pass: number, fail: number];
  community?: TRollupRow['community'];
}

export function rollupRow(p: RowParts): TRollupRow {
  const [urban, rural] = p.communities ?? [1, 0];
  const [excellent, good, pass, fail] = p.byGrade ?? [0, 0, 0, 0];
  const rate = (c: Counts | undefined) => (c ? rateFixture(...c) : null);
  const targets = (meets: number) => ({ meets, confidentlyMeets: 0, confidentlyMisses: 0 });
  return {
    level: p.level ?? 'district',
    name: p.name,
    district: p.district ?? null,
    street: p.street ?? null,
    communityId: p.communityId ?? null,
    communities: { total: urban + rural, urban, rural },
    responses: p.responses ?? 0,
    suppressed: p.suppressed ?? 0,
    awareness: rate(p.awareness),
    satisfaction: rate(p.satisfaction),
    options: p.options ?? null,
    targets: { awareness: targets(p.meets?.[0] ?? 0), satisfaction: targets(p.meets?.[1] ?? 0) },
    assessments: {
      graded: p.graded ?? 0,
      qualified: p.qualified ?? 0,
      qualifiedByKind: { urban: p.qualified ?? 0, rural: 0 },
      byGrade: { excellent, good, pass, fail },
      ineligible: 0,
      meanTotal: null,
    },
    community: p.community ?? null,
  };
}

export function trendYear(year: number, awareness: Counts, satisfaction: Counts, score: number | null): TTrendYear {
  return {
    year,
    responses: Math.max(awareness?.[1] ?? 0, satisfaction?.[1] ?? 0),
    awareness: awareness ? rateFixture(...awareness) : null,
    satisfaction: satisfaction ? rateFixture(...satisfaction) : null,
    score,
    assessed: score === null ? 0 : 1,
    qualified: 0,
    verdict: null,
  };
}

export function kindProgress(qualified: number, communities: number, share: number | null, meetsTarget: boolean | null): TKindProgress {
  return { communities, graded: qualified, qualified, share, meetsTarget };
}

export function cityProgress(
  districts: TGetCityProgressOutput['districts'],
  total: TGetCityProgressOutput['total'],
): TGetCityProgressOutput {
  return {
    year: 2026,
    target: 0.8,
    targetYear: 2019,
    targetText: '2019 年底，全市80%以上的城市社区及部分渔农村社区基本建成“幸福社区”',
    scope: { district: null, street: null },
    districts,
    total,
  };
}

export function outlookOf(partial: Partial<TGetGradeOutlookOutput> = {}): TGetGradeOutlookOutput {
  return {
    communityId: 'dinghai-beiyuan',
    name: '北园社区',
    year: 2025,
    verdict: 'pass',
    verdictText: '合格',
    status: 'sample',
    missing: 0,
    items: [],
    outcomes: { excellent: 0, good: 0.125, pass: 0.75, fail: 0.125, ineligible: 0 },
    qualified: 0.875,
    confidence: 0.95,
    settled: { qualified: false, verdict: false },
    moreAnswers: { qualified: 120, verdict: 340 },
    ...partial,
  };
}

/** Counts per option in the survey's order: 知道, 听说过, 不知道; 满意, 比较满意, 基本满意, 不太满意, 不满意, 说不清. */
export function optionCounts(
  [aware, heard, unaware]: [number, number, number],
  [satisfied, fairly, basically, fairlyNot, not, unsure]: [number, number, number, number, number, number],
): TOptionCounts {
  return {
    awareness: { aware, heard, unaware },
    satisfaction: {
      satisfied,
      fairly_satisfied: fairly,
      basically_satisfied: basically,
      fairly_dissatisfied: fairlyNot,
      dissatisfied: not,
      unsure,
    },
  };
}
