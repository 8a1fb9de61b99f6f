// Chinese text shared by every screen: loading, errors, retry.
export const COMMON_TEXT = {
  appTitle: '美丽群岛 幸福社区',
  loading: '正在加载…',
  retry: '再试一次',
  back: '返回',
  networkError: '网络信号不太好，没能连上。海岛上信号弱是常有的事，请稍等片刻再试一次。',
  serverError: '出了点问题，请稍后再试。',
  forbidden: '您没有查看这里的权限。',
  notFound: '没有找到这个社区，请返回重新选择。',
} as const;
