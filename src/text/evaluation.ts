// Chinese text of the third-party evaluator's page: the six aspects of a doorstep project (二类指标).
import type { TAspects } from '../../cloud/contract';

export type AspectId = keyof TAspects;

/** The six aspects in the standard's order, with their names (PRODUCT.md, 二类). */
export const ASPECTS: readonly { id: AspectId; name: string }[] = [
  { id: 'completion', name: '完成情况' },
  { id: 'satisfaction', name: '服务满意率' },
  { id: 'finance', name: '财务状况' },
  { id: 'organization', name: '组织能力' },
  { id: 'operation', name: '项目运营' },
  { id: 'effectiveness', name: '综合效能' },
];

export const EVALUATION_TEXT = {
  navTitle: '项目第三方评估',
  title: (year: number) => `${year}年家门口项目评估`,
  hint: '按完成情况、服务满意率、财务状况、组织能力、项目运营、综合效能六个方面，每项 0–100 分。',
  chooseCommunity: '请选择社区',
  changeCommunity: '更换社区',
  communityLine: (district: string, name: string) => `${district} · ${name}`,
  projectsOf: (name: string, year: number) => `${name} · ${year}年家门口项目`,
  noProjects: '该社区本年度暂无家门口项目',
  category: (name: string) => `${name}类`,
  open: '评估此项目',
  backToList: '返回项目列表',
  evaluatedBy: (who: string, at: string) => `已由 ${who} 于 ${at} 评估`,
  notEvaluated: '尚未评估',
  placeholder: '0–100',
  required: '请填写评分',
  outOfRange: '评分应在 0–100 之间',
  tooPrecise: '评分最多两位小数',
  ratio: (ratio: string, mean: string) => `项目得分比例 ${ratio}（六项平均 ${mean} 分）`,
  ratioPending: '六项都填好后显示项目得分比例',
  fixFirst: '请先改正标红的评分',
  save: '保存评估',
  saving: '正在保存…',
  saved: '已保存',
  saveFailed: (why: string) => `保存失败：${why}`,
  forbidden: '只有第三方评估人员和管理员可以评估项目。',
  link: '家门口项目评估',
} as const;
