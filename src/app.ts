// The app shell: connects to WeChat Cloud once in the mini-program, then renders the pages.
import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import './app.scss';

if (process.env.TARO_ENV === 'weapp') {
  // traceUser off: the app collects no more about a person than the survey needs (PIPL).
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: false });
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
