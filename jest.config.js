// Two jest projects: the cloud side and the rubric on Node, the app's screens on jsdom.
// Browser tests (test/e2e) have their own config, jest.e2e.config.js.
const common = {
  transform: { '\\.[jt]sx?$': 'babel-jest' },
  cacheDirectory: '<rootDir>/.cache/jest',
};

// ES-module packages the 'ui' project must compile (Taro's H5 runtime pulls them in).
const ESM_PACKAGES = [
  '@tarojs',
  '@stencil',
  'lodash-es',
  'nanoid',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'swiper',
  'ssr-window',
  'dom7',
];

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/cloud/**/*.test.ts', '<rootDir>/test/rubric/**/*.test.ts', '<rootDir>/test/architecture/**/*.test.ts'],
      // The built cloud-function bundles (under .cache/) are plain CommonJS: load them as they are.
      transformIgnorePatterns: ['/node_modules/', '/\\.cache/'],
    },
    {
      ...common,
      displayName: 'ui',
      transform: { '\\.m?[jt]sx?$': 'babel-jest' },
      testEnvironment: 'jsdom',
      // Constants Taro's build defines and its runtime reads.
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        ENABLE_MUTATION_OBSERVER: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
      },
      testMatch: ['<rootDir>/test/src/**/*.test.ts?(x)'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/test/src/support/taro.ts',
        '\\.(css|scss)$': '<rootDir>/test/src/support/style.ts',
      },
      // Taro's H5 runtime and its dependencies ship ES modules: let babel-jest compile them,
      // and everything Taro's packages bundle under their own node_modules (tslib, ...).
      transformIgnorePatterns: [`^(?!.*/node_modules/@tarojs/).*/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
    },
  ],
};
