// Forwarding (转发): the pages a resident would share hand WeChat a path that carries their community
// (or the project, whose id names its community), and each of them turns WeChat's share menu on.
import { render, screen } from '@testing-library/react';
import { resetShare, setRouterParams, sharedPayload } from '../support/taro';
import { COMMUNITIES, COMMUNITY_ID, detailOf, summaryOf, surveyOf } from '../support/builders';
import { serve } from '../support/fake-cloud';
import { CARE_TEXT } from '../../../src/text/care';
import { STAFFING_TEXT } from '../../../src/text/staffing';
import { SURVEY_TEXT } from '../../../src/text/survey';
import IndexPage from '../../../src/pages/index/index';
import SurveyPage from '../../../src/pages/survey/index';
import ProjectsPage from '../../../src/pages/projects/index';
import ProjectPage from '../../../src/pages/project/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

const PROJECT_ID = `2026:${COMMUNITY_ID}:elderly_care:1`;

beforeEach(() => {
  resetShare();
  serve({
    listCommunities: () => ({ communities: COMMUNITIES }),
    whoami: () => ({ openid: 'r', roles: ['resident'], communityId: null, community: null, scope: null, displayName: null, staffId: null }),
    getSurvey: () => surveyOf(COMMUNITIES[0]),
    listProjects: () => ({ projects: [summaryOf()] }),
    getProject: () => detailOf({ id: PROJECT_ID, communityId: COMMUNITY_ID }),
  });
});

/** The query of a shared path, decoded. */
function queryOf(path: string): Record<string, string> {
  const [, query = ''] = path.split('?');
  return Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
}

test('the survey is forwarded with its community', async () => {
  setRouterParams({ communityId: COMMUNITY_ID });
  render(<SurveyPage />);
  await screen.findByText(SURVEY_TEXT.introTitle);
  const shared = sharedPayload()!;
  expect(shared.title).toBe(STAFFING_TEXT.shareSurvey);
  expect(shared.path).toBe(`/pages/survey/index?communityId=${COMMUNITY_ID}`);
});

test('a survey reached from a QR code scene is forwarded with the community the scene named', async () => {
  setRouterParams({ scene: encodeURIComponent(`c=${COMMUNITY_ID}`) });
  render(<SurveyPage />);
  await screen.findByText(SURVEY_TEXT.introTitle);
  expect(queryOf(sharedPayload()!.path!)).toEqual({ communityId: COMMUNITY_ID });
});

test("the community's projects are forwarded with the community", async () => {
  setRouterParams({ communityId: COMMUNITY_ID });
  render(<ProjectsPage />);
  await screen.findByText('助老食堂');
  expect(sharedPayload()).toEqual({ title: STAFFING_TEXT.shareProjects, path: `/pages/projects/index?communityId=${COMMUNITY_ID}` });
});

test('a project is forwarded with its id, which names its community', async () => {
  setRouterParams({ projectId: encodeURIComponent(PROJECT_ID) });
  render(<ProjectPage />);
  await screen.findByText('助老食堂');
  const shared = sharedPayload()!;
  expect(shared.title).toBe(STAFFING_TEXT.shareProject);
  expect(shared.path!.startsWith('/pages/project/index?')).toBe(true);
  expect(queryOf(shared.path!).projectId).toBe(PROJECT_ID);
  expect(queryOf(shared.path!).projectId.split(':')[1]).toBe(COMMUNITY_ID);
});

test('the first page is forwarded as the way in; arriving for a community, it forwards that community', async () => {
  setRouterParams({});
  const { unmount } = render(<IndexPage />);
  await screen.findByText(COMMUNITIES[1].name);
  expect(sharedPayload()).toEqual({ title: CARE_TEXT.shareHome, path: '/pages/index/index' });
  unmount();
  resetShare();
  setRouterParams({ communityId: COMMUNITY_ID });
  render(<IndexPage />);
  expect(sharedPayload()!.path).toBe(`/pages/survey/index?communityId=${COMMUNITY_ID}`);
});

test('a malformed community is never forwarded: the page forwards the first page instead', () => {
  setRouterParams({ communityId: '../bad id' });
  render(<SurveyPage />);
  expect(sharedPayload()!.path).toBe('/pages/index/index');
});

test("each forwarded page turns on WeChat's share menu in its page settings", () => {
  (globalThis as unknown as { definePageConfig: (c: unknown) => unknown }).definePageConfig = (c) => c;
  for (const page of ['index', 'survey', 'projects', 'project']) {
    const config = require(`../../../src/pages/${page}/index.config`).default as { enableShareAppMessage?: boolean };
    expect({ page, share: config.enableShareAppMessage }).toEqual({ page, share: true });
  }
});
