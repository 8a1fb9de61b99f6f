// The survey stays unswayed: no project links before answering; after it, links to the projects and the needs page.
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { setRouterParams } from '../support/taro';
import { COMMUNITIES, surveyOf } from '../support/builders';
import { serve } from '../support/fake-cloud';
import { RESIDENTS_TEXT } from '../../../src/text/residents';
import { SURVEY_TEXT } from '../../../src/text/survey';
import SurveyPage from '../../../src/pages/survey/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());
const community = COMMUNITIES[0];

beforeEach(() => {
  (Taro.navigateTo as jest.Mock).mockClear();
  setRouterParams({ communityId: community.id });
});

test('no project links on the note or the questions', async () => {
  serve({ getSurvey: () => surveyOf(community) });
  render(<SurveyPage />);
  await screen.findByText(SURVEY_TEXT.introTitle);
  expect(screen.queryByText(RESIDENTS_TEXT.toProjects)).toBeNull();
  act(() => void fireEvent.click(screen.getByText(SURVEY_TEXT.introStart)));
  expect(screen.queryByText(RESIDENTS_TEXT.toProjects)).toBeNull();
  expect(screen.queryByText(RESIDENTS_TEXT.tellNeed)).toBeNull();
});

test('once answered, the resident can open the projects and tell a need', async () => {
  serve({ getSurvey: () => surveyOf(community, true) });
  render(<SurveyPage />);
  await screen.findByText(SURVEY_TEXT.answeredTitle);
  act(() => void fireEvent.click(screen.getByText(RESIDENTS_TEXT.toProjects)));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/pages/projects/index?communityId=${community.id}` });
  act(() => void fireEvent.click(screen.getByText(RESIDENTS_TEXT.tellNeed)));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/pages/needs/index?communityId=${community.id}` });
});
