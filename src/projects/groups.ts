// Pure helpers of the residents' project pages: this year, grouping by category, the five stages, dates.
import type { TCategory, TJoinRole, TProjectSummary, TStage } from '../../cloud/contract';
import { CATEGORY_NAMES, JOIN_ROLE_NAMES, STAGE_NAMES } from '../text/projects';

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar year in Asia/Shanghai, as the cloud counts a project's year. */
export function shanghaiYear(now: Date = new Date()): number {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/** '2026-11-27T20:00:00.000Z' → '2026-11-28' (Asia/Shanghai). */
export function shanghaiDay(iso: string): string {
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? iso : new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export interface CategoryGroup<P> {
  category: TCategory;
  name: string;
  projects: P[];
}

const CATEGORY_ORDER = Object.keys(CATEGORY_NAMES) as TCategory[];

/** Projects under their categories, in the standard's order; categories without projects are left out. */
export function groupByCategory<P extends Pick<TProjectSummary, 'category'>>(projects: readonly P[]): CategoryGroup<P>[] {
  return CATEGORY_ORDER.map((category) => ({
    category,
    name: CATEGORY_NAMES[category],
    projects: projects.filter((p) => p.category === category),
  })).filter((g) => g.projects.length > 0);
}

export const STAGE_ORDER = Object.keys(STAGE_NAMES) as TStage[];

/** Where a stage stands among the five: step 1 (需求调研) … 5 (已完成). */
export function stageStep(stage: string): number {
  const i = STAGE_ORDER.indexOf(stage as TStage);
  return i < 0 ? 1 : i + 1;
}

export const stageName = (stage: string): string => STAGE_NAMES[stage as TStage] ?? stage;
export const categoryName = (category: string): string => CATEGORY_NAMES[category as TCategory] ?? category;

/** 志愿者, 监督者, 评价者: the roles a resident can join a project in. */
export const JOIN_ROLES = Object.keys(JOIN_ROLE_NAMES) as TJoinRole[];
