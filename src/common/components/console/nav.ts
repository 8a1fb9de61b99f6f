// The console's side navigation: the staff pages this caller may use, each shown by the contract's own rule
// (rules/permissions.ts), the same the server refuses with. Plain data, so a new staff page is one entry more.
import {
  canAssignRoles,
  canEditRegistry,
  canEvaluateProjects,
  canListStaff,
  canReadIndicators,
  canScore,
  isStaff,
  rollupScope,
  type Actor,
} from '../../../../cloud/contract/rules';
import {
  adminUrl,
  assessmentUrl,
  assistedUrl,
  consoleUrl,
  evaluationUrl,
  homeUrl,
  indicatorsUrl,
  meUrl,
  overviewUrl,
  paperUrl,
  posterUrl,
  qualityUrl,
  registryUrl,
  staffManageUrl,
  staffNeedsUrl,
  staffProjectsUrl,
  standardUrl,
  STAFF_PAGES,
} from '../../../routes';
import { entersFieldwork, readsQuality } from '../../../fieldwork/access';
import { CONSOLE_TEXT } from '../../../text/console';

export type NavKey = keyof typeof CONSOLE_TEXT.nav;

export interface NavEntry {
  key: NavKey;
  text: string;
  url: string;
}

interface Rule {
  key: NavKey;
  show: (a: Actor) => boolean;
  url: (a: Actor, year: number) => string;
}

/** A worker's own community (a worker has one; others have none). */
const own = (a: Actor) => a.communityId ?? '';
const worker = (a: Actor) => a.roles.includes('worker') && a.communityId !== null;

/** In the order shown. Append a page here (with its rule) to put it in every staff page's navigation. */
export const NAV_RULES: Rule[] = [
  { key: 'indicators', show: (a) => canReadIndicators(a), url: () => indicatorsUrl() },
  { key: 'console', show: (a) => rollupScope(a) !== null, url: (_a, y) => consoleUrl(y) },
  { key: 'overview', show: (a) => canScore(a), url: (_a, y) => overviewUrl(y) },
  // A worker reads their own community's assessment (officials open one from the overview).
  { key: 'assessment', show: (a) => worker(a) && !canScore(a), url: (a, y) => assessmentUrl(own(a), y) },
  { key: 'projects', show: (a) => canReadIndicators(a), url: (_a, y) => staffProjectsUrl(y) },
  { key: 'needs', show: worker, url: (a, y) => staffNeedsUrl(own(a), y) },
  { key: 'quality', show: readsQuality, url: (a, y) => qualityUrl(y, a.communityId ?? undefined) },
  { key: 'assisted', show: entersFieldwork, url: (a) => assistedUrl(own(a)) },
  { key: 'paper', show: entersFieldwork, url: (a) => paperUrl(own(a)) },
  { key: 'evaluation', show: (a) => canEvaluateProjects(a), url: (_a, y) => evaluationUrl(y) },
  { key: 'poster', show: worker, url: (a) => posterUrl(own(a)) },
  { key: 'standard', show: isStaff, url: () => standardUrl() },
  { key: 'staff', show: canListStaff, url: () => staffManageUrl() },
  { key: 'registry', show: canEditRegistry, url: () => registryUrl() },
  { key: 'admin', show: canAssignRoles, url: () => adminUrl() },
  { key: 'me', show: () => true, url: () => meUrl() },
  { key: 'home', show: () => true, url: () => homeUrl() },
];

/** The entries this caller sees, for the year the console works in. */
export function consoleNav(actor: Actor, year: number): NavEntry[] {
  return NAV_RULES.filter((r) => r.show(actor)).map((r) => ({ key: r.key, text: CONSOLE_TEXT.nav[r.key], url: r.url(actor, year) }));
}

/** Pages reached from another entry light that entry up: an assessment is opened from the overview. */
const PARENT: Partial<Record<keyof typeof STAFF_PAGES, NavKey>> = { project: 'projects', assessment: 'overview', report: 'console' };

/** The entry of the page at `path` ('/packages/staff/assessment/index', query or not), or null. */
export function activeEntry(path: string, entries: readonly NavEntry[]): NavKey | null {
  const bare = path.split('?')[0].replace(/^\//, '');
  const exact = entries.find((e) => e.url.split('?')[0].replace(/^\//, '') === bare);
  if (exact) return exact.key;
  const page = (Object.keys(STAFF_PAGES) as (keyof typeof STAFF_PAGES)[]).find((k) => bare.endsWith(STAFF_PAGES[k]));
  const parent = page ? PARENT[page] : undefined;
  return parent && entries.some((e) => e.key === parent) ? parent : null;
}
