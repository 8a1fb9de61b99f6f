// The survey's refusals (answered elsewhere, staff of the community, round closed), each with the server's own words.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { setRouterParams } from '../support/taro';
import { COMMUNITIES, surveyOf } from '../support/builders';
import { SURVEY_TEXT } from '../../../src/text/survey';
import { SURVEY_RULES_TEXT } from '../../../src/text/survey-rules';
import { ApiCallError } from '../../../src/common/api/cloud';
import { callsOf, serve } from '../support/fake-cloud';
import SurveyPage from '../../../src/pages/survey/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

const community = COMMUNITIES[0];
const click = (text: string) => act(() => void fireEvent.click(screen.getByText(text)));

beforeEach(() => setRouterParams({ communityId: community.id }));

test('getSurvey naming another community shows where they answered, and no questions', async () => {
  serve({ getSurvey: () => ({ ...surveyOf(community), answeredElsewhere: { communityId: 'dinghai-junan', name: '桔南社区' } }) });
  render(<SurveyPage />);
  await screen.findByText(SURVEY_RULES_TEXT.elsewhereTitle);
  screen.getByText(SURVEY_RULES_TEXT.elsewhere('桔南社区'));
  screen.getByText(/您今年已为 桔南社区 填写过问卷/);
  expect(screen.queryByText(SURVEY_TEXT.introStart)).toBeNull();
});

const refusals = [
  ['ROUND_CLOSED', '北园社区 2025 年的问卷已于终期验收时结束，不再接收新的答卷', SURVEY_RULES_TEXT.closedTitle],
  ['STAFF_NOT_ELIGIBLE', '本社区的社区工作者不参与本社区的问卷', SURVEY_RULES_TEXT.ineligibleTitle],
  ['ANSWERED_ELSEWHERE', '您今年已为 桔南社区 填写过问卷', SURVEY_RULES_TEXT.elsewhereTitle],
] as const;

test.each(refusals)('submitResponse answering %s ends the survey with its message', async (code, message, title) => {
  serve({ getSurvey: () => surveyOf(community), submitResponse: () => Promise.reject(new ApiCallError(code, message)) });
  render(<SurveyPage />);
  await screen.findByText(SURVEY_TEXT.introTitle);
  click(SURVEY_TEXT.introStart);
  click('知道');
  click(SURVEY_TEXT.next);
  click('满意');
  click(SURVEY_TEXT.submit);
  await screen.findByText(title);
  screen.getByText(message);
  expect(callsOf('submitResponse')).toHaveLength(1);
  // Nothing to send again: the questions are gone.
  expect(screen.queryByText(SURVEY_TEXT.submit)).toBeNull();
});
