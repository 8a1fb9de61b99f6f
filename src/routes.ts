// Every page of the app and the URL of each, written once: app.config.ts lists the pages from here, the pages link with these.
// Plain data and string functions only: Taro reads this file in Node when it compiles app.config.ts.

/** Residents' pages, in the main package. */
export const MAIN_PAGES = {
  home: 'pages/index/index',
  survey: 'pages/survey/index',
  projects: 'pages/projects/index',
  project: 'pages/project/index',
  needs: 'pages/needs/index',
  me: 'pages/me/index',
  invite: 'pages/invite/index',
  messages: 'pages/messages/index',
  mydata: 'pages/mydata/index',
  privacy: 'pages/privacy/index',
} as const;

/** The H5 local mode's identity switcher: in the H5 build only. */
export const DEV_PAGES = { identity: 'pages/dev/identity/index' } as const;

/** The staff subpackage: workers, officials, third-party evaluators and admins. */
export const STAFF_ROOT = 'packages/staff';
export const STAFF_PAGES = {
  indicators: 'indicators/index',
  admin: 'admin/index',
  assessment: 'assessment/index',
  overview: 'overview/index',
  standard: 'standard/index',
  evaluation: 'evaluation/index',
  // Workers run their community's doorstep projects; officials read them as Ⅱ-11/Ⅱ-12 evidence.
  projects: 'projects/index',
  project: 'project/index',
  needs: 'needs/index',
  staff: 'staff/index',
  registry: 'registry/index',
  poster: 'poster/index',
  // Fieldwork: a worker's 入户代填 and 纸质问卷录入; the 数据质量 report for workers and officials.
  assisted: 'assisted/index',
  paper: 'paper/index',
  quality: 'quality/index',
  // The officials' console: the drill-down city → district → street with its charts, and a community's one-page report.
  console: 'console/index',
  report: 'report/index',
} as const;

/** The main package's pages as app.config.ts lists them (the first opens the app). */
export function mainPages(taroEnv: string | undefined): string[] {
  const pages: string[] = Object.values(MAIN_PAGES);
  return taroEnv === 'h5' ? [...pages, DEV_PAGES.identity] : pages;
}
export const staffPages = (): string[] => Object.values(STAFF_PAGES);

type Query = Record<string, string | number | undefined>;
function url(path: string, query: Query = {}): string {
  const pairs = Object.entries(query)
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return `/${path}${pairs.length ? `?${pairs.join('&')}` : ''}`;
}
const staff = (page: keyof typeof STAFF_PAGES, query?: Query) => url(`${STAFF_ROOT}/${STAFF_PAGES[page]}`, query);

export const homeUrl = () => url(MAIN_PAGES.home);
export const identityUrl = () => url(DEV_PAGES.identity);
export const surveyUrl = (communityId: string) => url(MAIN_PAGES.survey, { communityId });
export const residentProjectsUrl = (communityId: string) => url(MAIN_PAGES.projects, { communityId });
export const residentProjectUrl = (projectId: string) => url(MAIN_PAGES.project, { projectId });
export const residentNeedsUrl = (communityId: string) => url(MAIN_PAGES.needs, { communityId });

export const indicatorsUrl = () => staff('indicators');
export const adminUrl = () => staff('admin');
export const standardUrl = () => staff('standard');
export const assessmentUrl = (communityId: string, year: number) => staff('assessment', { communityId, year });
export const overviewUrl = (year: number) => staff('overview', { year });
export const evaluationUrl = (year?: number) => staff('evaluation', { year });
/** A community's projects for staff; without a community, a worker's own (officials choose one). */
export const staffProjectsUrl = (year: number, communityId?: string) => staff('projects', { communityId, year });
export const staffProjectUrl = (projectId: string) => staff('project', { projectId });
export const staffNeedsUrl = (communityId: string, year?: number) => staff('needs', { communityId, year });

export const meUrl = () => url(MAIN_PAGES.me);
export const inviteUrl = (code: string) => url(MAIN_PAGES.invite, { code });
export const messagesUrl = () => url(MAIN_PAGES.messages);
export const myDataUrl = () => url(MAIN_PAGES.mydata);
export const staffManageUrl = () => staff('staff');
export const registryUrl = () => staff('registry');
export const posterUrl = (communityId: string) => staff('poster', { communityId });
export const privacyUrl = () => url(MAIN_PAGES.privacy);
export const assistedUrl = (communityId?: string) => staff('assisted', { communityId });
export const paperUrl = (communityId?: string) => staff('paper', { communityId });
export const qualityUrl = (year: number, communityId?: string) => staff('quality', { communityId, year });
/** The officials' console at a place (the caller's own area without one). */
export const consoleUrl = (year: number, district?: string, street?: string) => staff('console', { year, district, street });
export const communityReportUrl = (communityId: string, year: number) => staff('report', { communityId, year });
