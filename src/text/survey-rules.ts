// Chinese text of the survey's refusals: one community a year, staff of the community, a closed round.
export const SURVEY_RULES_TEXT = {
  elsewhereTitle: '您今年已填写过问卷',
  elsewhere: (name: string) => `您今年已为 ${name} 填写过问卷。每人每年只填写一个社区的问卷，谢谢您的参与！`,
  closedTitle: '本年度问卷已结束',
  closed: '本社区本年度的测评已终期验收，问卷已结束，不再接收新的回答。感谢您的关心！',
  ineligibleTitle: '本社区工作人员不参与问卷',
  refusedTitle: '暂时不能提交',
} as const;
