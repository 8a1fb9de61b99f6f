// Chinese text of the local-mode (H5 only) identity switcher.
export const DEV_TEXT = {
  navTitle: '本地模式：选择身份',
  title: '本地模式：选择身份',
  hint: '本地运行时没有微信登录，这里选择以谁的身份使用本应用。',
  current: (openid: string) => `当前身份：${openid}`,
  banner: (openid: string) => `本地模式 · ${openid} · 切换`,
  residents: '居民',
  admin: '管理员',
  custom: '其他 openid（如社区工作者、民政工作人员）',
  customPlaceholder: '输入 openid',
  use: '使用这个身份',
  home: '去首页',
} as const;
