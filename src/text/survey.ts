// Chinese text of the resident's side: choosing the community and answering the yearly survey.
import { RATE_TARGET_PERCENT, SURVEY_QUESTIONS } from '../../cloud/contract/rules';

const QUESTION_COUNT = ['零', '一', '两', '三', '四', '五'][SURVEY_QUESTIONS.length] ?? String(SURVEY_QUESTIONS.length);
export const SURVEY_TEXT = {
  chooseNavTitle: '选择社区',
  surveyNavTitle: '社区年度问卷',
  chooseTitle: '请选择您所在的社区',
  chooseHint: '选择后即可参加本年度社区问卷',
  staffEntry: '工作人员入口',
  indicatorsLink: '查看知晓率与满意度',
  adminLink: '设置工作人员',
  evaluationLink: '家门口项目评估',
  noCommunities: '暂无可选择的社区',

  introTitle: '社区年度问卷',
  introLead: (community: string, year: number) => `${community} · ${year}年`,
  introPoints: [
    `只有${QUESTION_COUNT}道题：您是否知道社区的“幸福社区”建设，以及您对它的总体评价。`,
    '每人每年只答一次，大约一分钟。',
    '您的答案与您的身份分开保存，任何人都看不到某个人答了什么。',
    '答案只用于统计本社区的群众知晓率和满意度。',
  ],
  introStart: '开始答题',

  progress: (current: number, total: number) => `第 ${current} 题，共 ${total} 题`,
  previous: '上一题',
  next: '下一题',
  submit: '提交',
  submitting: '正在提交…',
  chooseFirst: '请先选择一个答案',

  thanksTitle: '感谢您的参与！',
  thanksBody: '您的意见已经收到，会帮助社区把事情做得更好。',
  answeredTitle: '您今年已经答过本社区的问卷了',
  answeredBody: '每人每年答一次。感谢您的支持，明年再见！',
  aboutTitle: '关于“美丽群岛 幸福社区”',
  aboutBody: [
    '这是舟山市推进的社区建设：围绕居民家门口的需要，开展养老、文化、平安、志愿服务等“家门口项目”。',
    `每年请居民评一评：群众知晓率和满意度都要达到 ${RATE_TARGET_PERCENT}% 以上，社区才算达标。`,
    '有什么需要或建议，欢迎随时告诉社区工作人员。',
  ],
  otherCommunity: '返回社区列表',
} as const;
