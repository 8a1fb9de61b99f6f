// The console's side navigation: which staff pages each caller is offered, by the contract's permission rules.
import type { Actor } from '../../../cloud/contract/rules';
import { activeEntry, consoleNav } from '../../../src/common/components/console/nav';

const actor = (roles: Actor['roles'], extra: Partial<Actor> = {}): Actor => ({ roles, communityId: null, scope: null, ...extra });
const keys = (a: Actor) => consoleNav(a, 2026).map((e) => e.key);

test('an admin is offered every page but a worker’s own ones', () => {
  expect(keys(actor(['resident', 'admin']))).toEqual([
    'indicators',
    'console',
    'overview',
    'projects',
    'quality',
    'evaluation',
    'standard',
    'staff',
    'registry',
    'admin',
    'me',
    'home',
  ]);
});

test('officials: the registry for the city and a district, not a street; never 角色分配 or the evaluation', () => {
  const official = (district: string | null, street: string | null) => actor(['resident', 'official'], { scope: { district, street } });
  const common = ['indicators', 'console', 'overview', 'projects', 'quality', 'standard', 'staff'];
  expect(keys(official(null, null))).toEqual([...common, 'registry', 'me', 'home']);
  expect(keys(official('定海区', null))).toEqual([...common, 'registry', 'me', 'home']);
  expect(keys(official('定海区', '环南街道'))).toEqual([...common, 'me', 'home']);
});

test('a worker: their community’s indicators, assessment (to read), projects, needs and poster', () => {
  const worker = actor(['resident', 'worker'], { communityId: 'dinghai-beiyuan' });
  const nav = consoleNav(worker, 2026);
  expect(nav.map((e) => e.key)).toEqual([
    'indicators',
    'assessment',
    'projects',
    'needs',
    'quality',
    'assisted',
    'paper',
    'poster',
    'standard',
    'me',
    'home',
  ]);
  expect(nav.find((e) => e.key === 'quality')!.url).toBe('/packages/staff/quality/index?communityId=dinghai-beiyuan&year=2026');
  expect(nav.find((e) => e.key === 'assessment')!.url).toBe('/packages/staff/assessment/index?communityId=dinghai-beiyuan&year=2026');
  expect(nav.find((e) => e.key === 'needs')!.url).toBe('/packages/staff/needs/index?communityId=dinghai-beiyuan&year=2026');
});

test('a third-party evaluator: the evaluation and the standard only', () => {
  const nav = consoleNav(actor(['resident', 'evaluator']), 2026);
  expect(nav.map((e) => e.key)).toEqual(['evaluation', 'standard', 'me', 'home']);
  expect(nav[0]).toEqual({ key: 'evaluation', text: '项目第三方评估', url: '/packages/staff/evaluation/index?year=2026' });
});

test('a resident is offered no staff page', () => {
  expect(keys(actor(['resident']))).toEqual(['me', 'home']);
});

test('the entry lit is the current page’s, or the one it is opened from', () => {
  const nav = consoleNav(actor(['resident', 'official']), 2026);
  expect(activeEntry('/packages/staff/overview/index?year=2026', nav)).toBe('overview');
  expect(activeEntry('packages/staff/indicators/index', nav)).toBe('indicators');
  // An assessment is opened from the overview, a project from the projects.
  expect(activeEntry('/packages/staff/assessment/index?communityId=x&year=2026', nav)).toBe('overview');
  expect(activeEntry('/packages/staff/project/index?projectId=p1', nav)).toBe('projects');
  expect(activeEntry('/pages/index/index', nav)).toBe('home');
  expect(activeEntry('/packages/staff/poster/index', nav)).toBeNull();
});
