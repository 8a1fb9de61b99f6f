// What the console's charts draw, read off the server's answers as they are (no figure worked out here): a trend's
// columns from getTrend's years, the goal's bars from getCityProgress, the rate bars from getRollup's rows.
import type { TAreaProgress, TGetCityProgressOutput, TKindProgress, TRate, TTrendYear } from '../../cloud/contract';
import { RATE_TARGET_PERCENT, STANDARD_IN_FORCE } from '../../cloud/contract/rules';
import { markOf } from '../assessment/marks';
import { formatPoints } from '../assessment/standard-view';
import { formatPercent } from '../common/format';
import { DASHBOARD_TEXT } from '../text/dashboard';

export interface TrendPoint {
  year: number;
  /** null: nothing that year (no answers shown, not assessed). */
  value: number | null;
  /** The figure as the page writes it (95.0%, 86.5). */
  text: string;
  /** A class modifier for the column (a rate's verdict mark). */
  tone?: string;
}

export interface TrendSeries {
  key: string;
  label: string;
  /** The top of the axis (1 for a rate, 100 for the total score). */
  max: number;
  /** A line across the plot, in the series' own unit (85% for a rate, 合格 80 for the score). */
  target?: number;
  targetText?: string;
  points: TrendPoint[];
}

/** A year's rate; a missed one carries ✕ in its words too, not only in its colour. */
const ratePoint = (year: number, rate: TRate | null): TrendPoint => ({
  year,
  value: rate ? rate.rate : null,
  text: !rate ? DASHBOARD_TEXT.noValue : rate.verdict === 'missed' ? `${formatPercent(rate.rate)} ✕` : formatPercent(rate.rate),
  tone: markOf(rate),
});

/** The three small charts of a trend: 知晓率, 满意度, and the total (a community's own, a group's mean over graded ones). */
export function trendSeries(years: readonly TTrendYear[], ofCommunity: boolean): TrendSeries[] {
  const pass = STANDARD_IN_FORCE.grades.pass.min;
  return [
    {
      key: 'awareness',
      label: DASHBOARD_TEXT.col.awareness,
      max: 1,
      target: RATE_TARGET_PERCENT / 100,
      targetText: DASHBOARD_TEXT.targetLine(`${RATE_TARGET_PERCENT}%`),
      points: years.map((y) => ratePoint(y.year, y.awareness)),
    },
    {
      key: 'satisfaction',
      label: DASHBOARD_TEXT.col.satisfaction,
      max: 1,
      target: RATE_TARGET_PERCENT / 100,
      targetText: DASHBOARD_TEXT.targetLine(`${RATE_TARGET_PERCENT}%`),
      points: years.map((y) => ratePoint(y.year, y.satisfaction)),
    },
    {
      key: 'score',
      label: ofCommunity ? DASHBOARD_TEXT.score : DASHBOARD_TEXT.meanScore,
      max: STANDARD_IN_FORCE.classes.first.total + STANDARD_IN_FORCE.classes.second.total,
      target: pass,
      targetText: DASHBOARD_TEXT.passLine(formatPoints(pass)),
      points: years.map((y) => ({ year: y.year, value: y.score, text: y.score === null ? DASHBOARD_TEXT.noValue : formatPoints(y.score) })),
    },
  ];
}

export interface GoalBar {
  kind: 'urban' | 'rural';
  /** Communities of that kind graded 达标, and how many there are. */
  met: number;
  total: number;
  /** met / total as the server answered it; null without communities of the kind. */
  share: number | null;
  /** Whether the share reaches the target, as the server judged it; null without communities of the kind. */
  reached: boolean | null;
}

export interface GoalRow {
  key: string;
  name: string;
  bars: GoalBar[];
}

const bar = (kind: GoalBar['kind'], p: TKindProgress): GoalBar => ({
  kind,
  met: p.qualified,
  total: p.communities,
  share: p.share,
  reached: p.meetsTarget,
});
const barsOf = (area: TAreaProgress): GoalBar[] => [bar('urban', area.urban), bar('rural', area.rural)];

/**
 * The goal chart's rows: for the city, the whole area first (全市) and then each district; for a district, that
 * district alone.
 */
export function goalRows(progress: TGetCityProgressOutput, district: string | null, totalName: string): GoalRow[] {
  const districts = progress.districts
    .filter((d) => district === null || d.district === district)
    .map((d) => ({ key: d.district, name: d.district, bars: barsOf(d) }));
  return district === null ? [{ key: '', name: totalName, bars: barsOf(progress.total) }, ...districts] : districts;
}
