// Chinese text of the staff console's frame: the side navigation on wide screens and the unsaved-work guard.
export const CONSOLE_TEXT = {
  brand: '幸福社区 · 工作台',
  nav: {
    indicators: '知晓率与满意度',
    overview: '测评总览',
    assessment: '本社区测评',
    projects: '家门口项目',
    needs: '居民需求',
    evaluation: '项目第三方评估',
    poster: '问卷二维码',
    standard: '测评标准',
    staff: '工作人员管理',
    registry: '社区名册',
    admin: '角色分配',
    me: '我的',
    home: '返回首页',
  },
  navLabel: '工作台导航',
  leaveTitle: '有尚未保存的修改',
  leaveContent: '离开本页，这些修改将会丢失。确定离开吗？',
  leaveConfirm: '离开',
  // showModal takes at most 4 characters per button (WeChat and Taro's H5 alike).
  leaveCancel: '继续编辑',
  leaveAlert: '有尚未保存的修改，离开后将会丢失。确定离开吗？',
  readOnly: '只读',
} as const;
