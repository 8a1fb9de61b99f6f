// Doorstep projects (家门口项目) as the standard sets them: the nine categories, two per category, the stages, joining roles.
import { STANDARD_IN_FORCE } from './standard';

/** The nine categories in the standard's order, with their names. */
export const CATEGORIES = STANDARD_IN_FORCE.categories;
export type TCategory = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [TCategory, ...TCategory[]];
/** 每类最多 2 个: per community, category and year. */
export const MAX_PROJECTS_PER_CATEGORY: number = STANDARD_IN_FORCE.maxProjectsPerCategory;

/** The standard's 需求调研 → 需求分析 → 项目设计 → 项目实施, then 已完成. */
export const STAGES = [
  { id: 'needs_research', name: '需求调研' },
  { id: 'needs_analysis', name: '需求分析' },
  { id: 'design', name: '项目设计' },
  { id: 'implementation', name: '项目实施' },
  { id: 'completed', name: '已完成' },
] as const;
export type TStage = (typeof STAGES)[number]['id'];
export const STAGE_IDS = STAGES.map((s) => s.id) as [TStage, ...TStage[]];

/** How residents join a project: 志愿者, 监督者, 评价者. */
export const JOIN_ROLES = [
  { id: 'volunteer', name: '志愿者' },
  { id: 'supervisor', name: '监督者' },
  { id: 'evaluator', name: '评价者' },
] as const;
export type TJoinRole = (typeof JOIN_ROLES)[number]['id'];
export const JOIN_ROLE_IDS = JOIN_ROLES.map((r) => r.id) as [TJoinRole, ...TJoinRole[]];

const nameIn = (list: ReadonlyArray<{ id: string; name: string }>) => (id: string) => list.find((x) => x.id === id)?.name ?? id;
export const categoryName = nameIn(CATEGORIES);
export const stageName = nameIn(STAGES);
export const joinRoleName = nameIn(JOIN_ROLES);

/** Where a stage stands among the five: 1 (需求调研) … 5 (已完成). */
export const stageStep = (stage: TStage): number => STAGE_IDS.indexOf(stage) + 1;

/** The stage may move one step at a time: the neighbours of `stage`, null at the ends. */
export function neighbours(stage: TStage): { next: TStage | null; prev: TStage | null } {
  const i = STAGE_IDS.indexOf(stage);
  return { next: STAGE_IDS[i + 1] ?? null, prev: i > 0 ? STAGE_IDS[i - 1] : null };
}
