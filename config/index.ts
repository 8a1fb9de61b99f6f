// Taro build configuration shared by the weapp and h5 builds; dev/prod add their differences.
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// The contract's rules and the standard's data (and rubric/round.ts) live outside src/ and are TypeScript: compile them too.
const sharedSources = [path.resolve(__dirname, '../cloud/contract'), path.resolve(__dirname, '../rubric')];

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xingfu-shequ',
    date: '2025-01-01',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      // The WeChat Cloud environment id; empty means the mini-program's default environment.
      'process.env.TARO_APP_CLOUD_ENV': JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
      // Whom the privacy policy names for questions about one's data (an office, its address or phone); empty: the default.
      'process.env.TARO_APP_PRIVACY_CONTACT': JSON.stringify(process.env.TARO_APP_PRIVACY_CONTACT ?? ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: sharedSources },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      compile: { include: sharedSources },
      webpackChain(chain) {
        // In H5 every page is a lazy chunk and Taro splits only initial chunks: without these groups each page
        // would carry its own copy of the contract's rules and the standard's data, and each staff page that
        // checks a form with the contract's schemas its own copy of zod.
        const shared = (name: string, test: RegExp, priority: number) => ({ name, test, chunks: 'async', minChunks: 2, priority });
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              zod: shared('zod', /[\\/]node_modules[\\/]zod[\\/]/, 20),
              contract: shared('contract', /[\\/](cloud[\\/]contract|rubric)[\\/]/, 15),
            },
          },
        });
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        // Taro's H5 sets <html> font-size to 40 × min(width, height) / 750 px, between minRootSize and maxRootSize
        // (40 by default): a 1440×900 window got 40 px, twice a 375-px phone's 20 px, so every page was drawn twice as
        // large. Capped at the 375-px phone's value, wide screens keep normal type and use the width for the console.
        pxtransform: { enable: true, config: { maxRootSize: 20 } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
