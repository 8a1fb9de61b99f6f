// Where the officials' assessment pages live (subpackage packages/official), and the year a page is for.
import { EVALUATION_URL, MANAGE_PROJECTS_URL } from '../roles';

export const STANDARD_URL = '/packages/official/standard/index';

export const assessmentUrl = (communityId: string, year: number) =>
  `/packages/official/assessment/index?communityId=${encodeURIComponent(communityId)}&year=${year}`;

export const overviewUrl = (year: number) => `/packages/official/overview/index?year=${year}`;

export const evaluationUrl = (year: number) => `${EVALUATION_URL}?year=${year}`;

/** The year in a page's query, or this year when it is missing or not a year. */
export function yearParam(raw: string | undefined): number {
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2017 && year <= 2100 ? year : new Date().getFullYear();
}

/** The workers' doorstep-project pages (subpackage): a community's projects, one project, its residents' needs. */
export const projectsUrl = (communityId: string, year: number) =>
  `${MANAGE_PROJECTS_URL}?communityId=${encodeURIComponent(communityId)}&year=${year}`;
export const projectUrl = (projectId: string) => `/packages/official/project/index?projectId=${encodeURIComponent(projectId)}`;
export const needsUrl = (communityId: string) => `/packages/official/needs/index?communityId=${encodeURIComponent(communityId)}`;
