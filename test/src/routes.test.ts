// Every page path in one place: app.config.ts lists exactly routes.ts's pages, and the URL builders point at them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as routes from '../../src/routes';

const SRC = join(__dirname, '../../src');
let appConfig: { pages: string[]; subPackages: { root: string; pages: string[] }[] };

/** app.config.ts as Taro reads it: defineAppConfig is a global of the build. */
function loadAppConfig(taroEnv: 'h5' | 'weapp') {
  (globalThis as unknown as { defineAppConfig: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  process.env.TARO_ENV = taroEnv;
  jest.isolateModules(() => {
    appConfig = require('../../src/app.config').default;
  });
  delete process.env.TARO_ENV;
  return appConfig;
}

/** Every folder under src/ holding a page (index.tsx beside index.config.ts), as a page path. */
function pageFolders(dir = SRC, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) pageFolders(full, found);
  }
  const files = readdirSync(dir);
  if (files.includes('index.tsx') && files.includes('index.config.ts')) found.push(`${dir.slice(SRC.length + 1)}/index`);
  return found;
}

test('app.config.ts lists the main pages and the staff subpackage from routes.ts; the identity picker only in H5', () => {
  const weapp = loadAppConfig('weapp');
  expect(weapp.pages).toEqual(Object.values(routes.MAIN_PAGES));
  expect(weapp.pages[0]).toBe('pages/index/index');
  expect(weapp.subPackages).toEqual([{ root: 'packages/staff', pages: Object.values(routes.STAFF_PAGES) }]);
  expect(loadAppConfig('h5').pages).toEqual([...Object.values(routes.MAIN_PAGES), routes.DEV_PAGES.identity]);
});

test('every page folder under src/ is a listed page, and every listed page has its folder', () => {
  const h5 = loadAppConfig('h5');
  const listed = [...h5.pages, ...h5.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
  expect([...pageFolders()].sort()).toEqual([...listed].sort());
});

test("residents' and staff URLs are distinct pages, with their query encoded", () => {
  expect(routes.residentProjectsUrl('dinghai-beiyuan')).toBe('/pages/projects/index?communityId=dinghai-beiyuan');
  expect(routes.staffProjectsUrl(2025, 'dinghai-beiyuan')).toBe('/packages/staff/projects/index?communityId=dinghai-beiyuan&year=2025');
  expect(routes.staffProjectsUrl(2025)).toBe('/packages/staff/projects/index?year=2025');
  expect(routes.residentProjectUrl('2025:dinghai-beiyuan:elderly_care:1')).toBe(
    '/pages/project/index?projectId=2025%3Adinghai-beiyuan%3Aelderly_care%3A1',
  );
  expect(routes.staffProjectUrl('p1')).toBe('/packages/staff/project/index?projectId=p1');
  expect(routes.residentNeedsUrl('putuo-dapuwan')).toBe('/pages/needs/index?communityId=putuo-dapuwan');
  expect(routes.staffNeedsUrl('putuo-dapuwan', 2025)).toBe('/packages/staff/needs/index?communityId=putuo-dapuwan&year=2025');
  expect(routes.evaluationUrl()).toBe('/packages/staff/evaluation/index');
  expect(routes.assessmentUrl('dinghai-beiyuan', 2025)).toBe('/packages/staff/assessment/index?communityId=dinghai-beiyuan&year=2025');
});
