// Links that lead nowhere say so in plain words and offer 选择社区, never a 再试一次 that cannot work;
// no page lets a resident type before it knows the community exists.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { reLaunch, setRouterParams } from '../support/taro';
import { COMMUNITIES, COMMUNITY_ID } from '../support/builders';
import { callsOf, serve } from '../support/fake-cloud';
import { ApiCallError } from '../../../src/common/api/cloud';
import { CARE_TEXT } from '../../../src/text/care';
import { COMMON_TEXT } from '../../../src/text/common';
import { RESIDENTS_TEXT } from '../../../src/text/residents';
import IndexPage from '../../../src/pages/index/index';
import SurveyPage from '../../../src/pages/survey/index';
import ProjectsPage from '../../../src/pages/projects/index';
import ProjectPage from '../../../src/pages/project/index';
import NeedsPage from '../../../src/pages/needs/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

const UNKNOWN = 'dinghai-nowhere';
const notFound = () => Promise.reject(new ApiCallError('NOT_FOUND', '没有这个社区'));

beforeEach(() => reLaunch.mockClear());

/** The dead end is on screen with its words and 选择社区, which leads to the community list; no retry. */
function expectDeadEnd(words: string) {
  screen.getByText(words);
  expect(screen.queryByText(COMMON_TEXT.retry)).toBeNull();
  act(() => void fireEvent.click(screen.getByText(CARE_TEXT.chooseCommunity)));
  expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
}

test('a survey link to an unknown community says so and offers 选择社区', async () => {
  serve({ getSurvey: notFound });
  setRouterParams({ communityId: UNKNOWN });
  render(<SurveyPage />);
  await screen.findByText(CARE_TEXT.unknownCommunityTitle);
  expectDeadEnd(CARE_TEXT.unknownCommunity);
});

test('a malformed community in a link is a dead end said in words on every resident page, with no call made', () => {
  serve({});
  for (const Page of [SurveyPage, ProjectsPage, NeedsPage]) {
    setRouterParams({ communityId: '../../etc' });
    const { unmount } = render(<Page />);
    expectDeadEnd(CARE_TEXT.unknownCommunity);
    unmount();
  }
  expect(callsOf('getSurvey')).toHaveLength(0);
});

test('a page opened with no community at all asks the resident to choose one', () => {
  serve({});
  setRouterParams({});
  render(<SurveyPage />);
  expectDeadEnd(CARE_TEXT.noCommunity);
});

test('projects of an unknown community: the same words, and no way to tell a need to it', async () => {
  serve({ listProjects: notFound, listCommunities: () => ({ communities: COMMUNITIES }) });
  setRouterParams({ communityId: UNKNOWN });
  render(<ProjectsPage />);
  await screen.findByText(CARE_TEXT.unknownCommunityTitle);
  expect(screen.queryByText(RESIDENTS_TEXT.tellNeed)).toBeNull();
  expectDeadEnd(CARE_TEXT.unknownCommunity);
});

test('the needs form appears only once the community is known; for an unknown one there is nothing to type into', async () => {
  let answer: (v: { needs: []; next: null }) => void = () => undefined;
  serve({ listMyNeeds: () => new Promise((resolve) => (answer = resolve)) });
  setRouterParams({ communityId: COMMUNITY_ID });
  const { unmount } = render(<NeedsPage />);
  screen.getByText(COMMON_TEXT.loading);
  expect(document.querySelector('textarea, taro-textarea-core')).toBeNull();
  await act(async () => answer({ needs: [], next: null }));
  expect(document.querySelector('#need-form taro-textarea-core')).not.toBeNull();
  unmount();

  serve({ listMyNeeds: notFound });
  setRouterParams({ communityId: UNKNOWN });
  render(<NeedsPage />);
  await screen.findByText(CARE_TEXT.unknownCommunityTitle);
  expect(document.querySelector('textarea, taro-textarea-core')).toBeNull();
  expectDeadEnd(CARE_TEXT.unknownCommunity);
});

test('a link to a project that is gone says so and offers 选择社区', async () => {
  serve({ getProject: () => Promise.reject(new ApiCallError('NOT_FOUND', '没有这个项目')) });
  setRouterParams({ projectId: 'gone' });
  render(<ProjectPage />);
  await screen.findByText(CARE_TEXT.unknownProjectTitle);
  expectDeadEnd(CARE_TEXT.unknownProject);
});

test('the first page opened by a malformed link says the link was wrong above the list to choose from', async () => {
  serve({ listCommunities: () => ({ communities: COMMUNITIES }), whoami: () => Promise.reject(new ApiCallError('NETWORK', 'x')) });
  setRouterParams({ communityId: 'bad id!' });
  render(<IndexPage />);
  await screen.findByText(COMMUNITIES[0].name);
  screen.getByText(CARE_TEXT.badLinkNote);
  setRouterParams({});
});
