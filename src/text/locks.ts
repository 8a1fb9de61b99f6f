// Chinese text of locked project years and of hidden comments shown again (staff and residents).
export const LOCKS_TEXT = {
  projectLocked: '本年度已终期验收，项目已锁定，不能再修改、记录或回复。',
  yearLocked: (at: string, by: string) => `本年度已于 ${at} 由${by}终期验收：项目已锁定，不能再发布、修改或记录。`,
  unhide: '取消隐藏',
  unhidePlaceholder: '请说明取消隐藏的原因',
  needUnhideReason: '请填写取消隐藏的原因',
  confirmUnhide: '确认取消隐藏',
  commentHidden: '评论已隐藏',
  myCommentHidden: (at: string, reason: string) => `您的评论已于 ${at} 被隐藏，原因：${reason}。您的评分仍然计入。`,
} as const;
