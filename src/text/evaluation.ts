// Chinese text of the third-party evaluator's page; the six aspects and their names are the standard's (rules ASPECTS).
import { ASPECT_MAX, ASPECTS } from '../../cloud/contract/rules';

export const EVALUATION_TEXT = {
  navTitle: '项目第三方评估',
  title: (year: number) => `${year}年家门口项目评估`,
  hint: `按${ASPECTS.map((a) => a.name).join('、')}这 ${ASPECTS.length} 个方面评估，每项 0–${ASPECT_MAX} 分。`,
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
  placeholder: `0–${ASPECT_MAX}`,
  required: '请填写评分',
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
