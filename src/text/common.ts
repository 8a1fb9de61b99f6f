// Chinese text shared by every screen: loading, errors, retry.
export const COMMON_TEXT = {
  loading: '正在加载…',
  retry: '再试一次',
  networkError: '网络信号不太好，没能连上。海岛上信号弱是常有的事，请稍等片刻再试一次。',
  serverError: '出了点问题，请稍后再试。',
} as const;
