// The officials' console (issue #10): getRollup, getTrend, getCityProgress and getGradeOutlook. Every figure is
// read through loadAssessments, so a group is pooled from exactly what its communities show (core/rollup.ts).
import {
  canReadRollup,
  CITY,
  CITY_GOAL,
  covers,
  rollupScope,
  scopeLevel,
  type Scope,
  type ScopeLevel,
  type TAreaProgress,
  type TCommunity,
  type TGetCityProgressInput,
  type TGetCityProgressOutput,
  type TGetRollupInput,
  type TGetRollupOutput,
  type TGetTrendInput,
  type TGetTrendOutput,
  type TKindProgress,
  type TRollupRow,
  type TTrendYear,
} from '../../contract';
import { loadAssessments } from '../assessment';
import { requireReadsIndicators, requireThat, type Caller } from '../auth';
import { requireCommunity } from '../communities';
import type { Deps } from '../deps';
import { forbidden, notFound } from '../errors';
import { communityRow, groupRow, groupsOf, meanTotal, type Shown } from '../rollup';
import { shownOptions } from '../community-rates';

export { getGradeOutlook } from './outlook';

const CITY_NAME = '全市';
const placeOf = (district?: string, street?: string): Scope | undefined =>
  district === undefined ? undefined : { district, street: street ?? null };
const placeName = (place: Scope) => place.street ?? place.district ?? CITY_NAME;

/**
 * Refuses with 403 unless the caller reads roll-ups at this level (and of this place, when one is named):
 * admins everywhere, officials at their scope's level and below within it.
 */
function requireRollup(caller: Caller, level: ScopeLevel, place?: Scope): Scope {
  const scope = rollupScope(caller);
  if (!scope) throw forbidden('只有民政部门和管理员可以查看汇总');
  requireThat(canReadRollup(caller, level), `您的工作范围是${placeName(scope)}，不能查看更上一级的汇总`);
  if (place) requireThat(canReadRollup(caller, level, place), `${placeName(place)}不在您的工作范围（${placeName(scope)}）内`);
  return scope;
}

/** The communities of the registry within the caller's scope and the place named; 404 when a place names none. */
async function communitiesIn(scope: Scope, place: Scope | undefined, deps: Deps): Promise<TCommunity[]> {
  const within = (await deps.store.listCommunities()).filter((c) => covers(scope, c) && (!place || covers(place, c)));
  if (place && within.length === 0)
    throw notFound(
      place.street === null ? `没有县（区）/功能区“${place.district}”的社区` : `${place.district}没有乡镇（街道）“${place.street}”的社区`,
    );
  return within;
}

async function shown(communities: TCommunity[], year: number, deps: Deps): Promise<Shown[]> {
  const only = communities.length === 1 ? communities[0].id : undefined;
  const talliesRead = deps.store.getTallies(year, only);
  const [assessments, tallies] = await Promise.all([loadAssessments(communities, year, deps, talliesRead), talliesRead]);
  const tallyOf = new Map(tallies.map((t) => [t.communityId, t]));
  return communities.map((community, i) => ({ community, assessment: assessments[i], options: shownOptions(tallyOf.get(community.id)) }));
}

export async function getRollup(input: TGetRollupInput, caller: Caller, deps: Deps): Promise<TGetRollupOutput> {
  const place = placeOf(input.district, input.street);
  const scope = requireRollup(caller, input.level, place);
  const entries = await shown(await communitiesIn(scope, place, deps), input.year, deps);
  let groups: TRollupRow[];
  if (input.level === 'city')
    groups = [groupRow({ level: 'city', name: CITY_NAME, district: null, street: null, communityId: null }, entries)];
  else if (input.level === 'district')
    groups = [...groupsOf(entries, (e) => e.community.district)].map(([district, list]) =>
      groupRow({ level: 'district', name: district, district, street: null, communityId: null }, list),
    );
  else
    groups = [...groupsOf(entries, (e) => `${e.community.district}\u0000${e.community.street}`)].map(([, list]) => {
      const { district, street } = list[0].community;
      return groupRow({ level: 'street', name: street, district, street, communityId: null }, list);
    });
  return {
    year: input.year,
    level: input.level,
    scope,
    groups,
    communities: input.level === 'street' && input.street !== undefined ? entries.map(communityRow) : [],
  };
}

function yearsOf(fromYear: number, toYear: number): number[] {
  return Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
}

function trendYear(year: number, row: TRollupRow, entries: readonly Shown[], community: boolean): TTrendYear {
  return {
    year,
    responses: row.responses,
    awareness: row.awareness,
    satisfaction: row.satisfaction,
    score: meanTotal(entries.map((e) => e.assessment)),
    assessed: row.assessments.graded,
    qualified: row.assessments.qualified,
    verdict: community ? entries[0].assessment.score.verdict : null,
  };
}

export async function getTrend(input: TGetTrendInput, caller: Caller, deps: Deps): Promise<TGetTrendOutput> {
  const years = yearsOf(input.fromYear, input.toYear);
  const range = { fromYear: input.fromYear, toYear: input.toYear };
  if (input.communityId !== undefined) {
    // A community's trend is read by whoever reads its indicators: admins, officials in scope, its workers.
    requireReadsIndicators(caller);
    const community = await requireCommunity(input.communityId, deps);
    requireReadsIndicators(caller, community);
    const perYear = await Promise.all(years.map((y) => shown([community], y, deps)));
    return {
      ...range,
      level: 'community',
      name: community.name,
      communityId: community.id,
      district: community.district,
      street: community.street,
      years: years.map((year, i) => trendYear(year, communityRow(perYear[i][0]), perYear[i], true)),
    };
  }
  const named = placeOf(input.district, input.street);
  const scope = rollupScope(caller) ?? CITY;
  const place = named ?? scope;
  const level = scopeLevel(place);
  requireRollup(caller, level, named);
  const communities = await communitiesIn(scope, named, deps);
  const perYear = await Promise.all(years.map((y) => shown(communities, y, deps)));
  const head = { level, name: placeName(place), district: place.district, street: place.street, communityId: null };
  return {
    ...range,
    ...head,
    years: years.map((year, i) => trendYear(year, groupRow(head, perYear[i]), perYear[i], false)),
  };
}

function kindProgress(entries: readonly Shown[], kind: TCommunity['kind']): TKindProgress {
  const ofKind = entries.filter((e) => e.community.kind === kind);
  const communities = ofKind.length;
  const qualified = ofKind.filter((e) => e.assessment.score.qualified === true).length;
  return {
    communities,
    graded: ofKind.filter((e) => e.assessment.score.verdict !== 'incomplete').length,
    qualified,
    share: communities === 0 ? null : qualified / communities,
    // 以上: at least the goal's percent, compared in integers.
    meetsTarget: communities === 0 ? null : 100 * qualified >= CITY_GOAL.percent * communities,
  };
}
const areaProgress = (entries: readonly Shown[]): TAreaProgress => ({
  urban: kindProgress(entries, 'urban'),
  rural: kindProgress(entries, 'rural'),
});

/** The city's goal per district: the share of urban (and rural) communities graded 达标 against CITY_GOAL. */
export async function getCityProgress(input: TGetCityProgressInput, caller: Caller, deps: Deps): Promise<TGetCityProgressOutput> {
  // Its rows are districts: admins, city and district officials (a district official sees their own district).
  const scope = requireRollup(caller, 'district');
  const entries = await shown(await communitiesIn(scope, undefined, deps), input.year, deps);
  return {
    year: input.year,
    target: CITY_GOAL.percent / 100,
    targetYear: CITY_GOAL.byYear,
    targetText: CITY_GOAL.text,
    scope,
    districts: [...groupsOf(entries, (e) => e.community.district)].map(([district, list]) => ({ district, ...areaProgress(list) })),
    total: areaProgress(entries),
  };
}
