// Ambient types for the Taro build: style and asset imports, and the env it defines.
/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'quickapp' | 'qq' | 'jd';
    TARO_APP_ID?: string;
    TARO_APP_CLOUD_ENV?: string;
    TARO_APP_PRIVACY_CONTACT?: string;
  }
}
