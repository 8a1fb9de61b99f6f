// Chinese names of the doorstep projects' categories, stages and joining roles (PRODUCT.md, 家门口项目).
// The categories also stand in the standard's data; test/src/text/projects.test.ts keeps the two equal.
import type { TCategory } from '../../cloud/contract';

/** The nine categories in the standard's order. */
export const CATEGORY_NAMES: Record<TCategory, string> = {
  elderly_care: '养老服务',
  basic_welfare: '民生底线',
  public_safety: '平安综治',
  self_governance: '协商自治',
  culture_sports: '文化体育',
  community_education: '社区教育',
  public_health: '公共卫生',
  volunteering: '志愿服务',
  social_affairs: '社会事务',
};

/** The standard's 需求调研 → 需求分析 → 项目设计 → 项目实施, then 已完成. */
export const STAGE_NAMES = {
  needs_research: '需求调研',
  needs_analysis: '需求分析',
  design: '项目设计',
  implementation: '项目实施',
  completed: '已完成',
} as const;

export const JOIN_ROLE_NAMES = { volunteer: '志愿者', supervisor: '监督者', evaluator: '评价者' } as const;
