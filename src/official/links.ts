// Where the officials' assessment pages live (subpackage packages/official).
export const OVERVIEW_URL = '/packages/official/overview/index';
export const STANDARD_URL = '/packages/official/standard/index';

export const assessmentUrl = (communityId: string, year: number) =>
  `/packages/official/assessment/index?communityId=${encodeURIComponent(communityId)}&year=${year}`;

export const overviewUrl = (year: number) => `${OVERVIEW_URL}?year=${year}`;

/** The year in a page's query, or this year when it is missing or not a year. */
export function yearParam(raw: string | undefined): number {
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2017 && year <= 2100 ? year : new Date().getFullYear();
}

/** Officials and admins score communities (saveAssessment); workers only read their own. */
export function canAssess(roles: readonly string[] | undefined): boolean {
  return Array.isArray(roles) && roles.some((r) => r === 'official' || r === 'admin');
}
