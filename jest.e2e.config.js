// Browser tests: Debian's Chromium through playwright-core against `npm start`'s script on a temp DATA_DIR.
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  transform: { '\\.[jt]sx?$': 'babel-jest' },
  cacheDirectory: '<rootDir>/.cache/jest',
  testTimeout: 120000,
  maxWorkers: 1,
};
