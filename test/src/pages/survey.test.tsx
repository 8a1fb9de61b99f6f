// The survey page: note first, one question per screen, submit once complete, then thanks.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setRouterParams } from '../support/taro';
import { COMMUNITIES, surveyOf } from '../support/builders';
import { SURVEY_TEXT } from '../../../src/text/survey';
import { COMMON_TEXT } from '../../../src/text/common';
import { SURVEY_QUESTIONS } from '../../../cloud/contract/rules';
import { ApiCallError } from '../../../src/common/api/cloud';
import type { TSubmitResponseOutput } from '../../../cloud/contract';
import { callsOf, serve } from '../support/fake-cloud';
import SurveyPage from '../../../src/pages/survey/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

const community = COMMUNITIES[0];
const [awareness, satisfaction] = SURVEY_QUESTIONS;

const ACCEPTED: TSubmitResponseOutput = { round: { communityId: community.id, year: 2025 }, accepted: true };

function serveSurvey(opts: { alreadyAnswered?: boolean; submit?: () => Promise<TSubmitResponseOutput> } = {}) {
  serve({ getSurvey: () => surveyOf(community, opts.alreadyAnswered), submitResponse: opts.submit ?? (() => ACCEPTED) });
}

const click = (text: string) => act(() => void fireEvent.click(screen.getByText(text)));
const isDisabled = (text: string) => screen.getByText(text).className.includes('big-button--disabled');
const submitCalls = () => callsOf('submitResponse');

async function openSurvey() {
  render(<SurveyPage />);
  await screen.findByText(SURVEY_TEXT.introTitle);
}

beforeEach(() => {
  setRouterParams({ communityId: community.id });
});

test('opens on the note of what is collected and why, before any question', async () => {
  serveSurvey();
  await openSurvey();
  for (const point of SURVEY_TEXT.introPoints) expect(screen.getByText(point)).toBeTruthy();
  expect(screen.getByText(SURVEY_TEXT.introLead(community.name, 2025))).toBeTruthy();
  expect(screen.queryByText(awareness.text)).toBeNull();
  expect(screen.queryByText(SURVEY_TEXT.aboutTitle)).toBeNull();
  expect(callsOf('getSurvey')).toEqual([{ communityId: community.id }]);
});

test('shows one question per screen with its progress', async () => {
  serveSurvey();
  await openSurvey();
  click(SURVEY_TEXT.introStart);
  expect(screen.getByText(awareness.text)).toBeTruthy();
  expect(screen.queryByText(satisfaction.text)).toBeNull();
  expect(screen.getByText(SURVEY_TEXT.progress(1, 2))).toBeTruthy();
  for (const o of awareness.options) expect(screen.getByText(o.label)).toBeTruthy();

  expect(isDisabled(SURVEY_TEXT.next)).toBe(true);
  click('听说过');
  click(SURVEY_TEXT.next);
  expect(screen.getByText(satisfaction.text)).toBeTruthy();
  expect(screen.queryByText(awareness.text)).toBeNull();
  expect(screen.getByText(SURVEY_TEXT.progress(2, 2))).toBeTruthy();

  click(SURVEY_TEXT.previous);
  expect(screen.getByText(awareness.text)).toBeTruthy();
  expect(screen.getByText('听说过').parentElement?.className).toContain('big-button--selected');
});

test('cannot submit before both questions are answered', async () => {
  serveSurvey();
  await openSurvey();
  click(SURVEY_TEXT.introStart);
  click(SURVEY_TEXT.next); // nothing chosen: stays
  expect(screen.getByText(awareness.text)).toBeTruthy();
  click('知道');
  click(SURVEY_TEXT.next);
  expect(isDisabled(SURVEY_TEXT.submit)).toBe(true);
  click(SURVEY_TEXT.submit);
  expect(submitCalls()).toHaveLength(0);
});

test('submits the chosen option ids, then thanks and explains the programme', async () => {
  serveSurvey();
  await openSurvey();
  click(SURVEY_TEXT.introStart);
  click('听说过');
  click(SURVEY_TEXT.next);
  click('比较满意');
  expect(isDisabled(SURVEY_TEXT.submit)).toBe(false);
  click(SURVEY_TEXT.submit);
  await screen.findByText(SURVEY_TEXT.thanksTitle);
  // With the startToken getSurvey gave: the server then knows how long the answer took.
  expect(submitCalls()).toEqual([
    { communityId: community.id, answers: { awareness: 'heard', satisfaction: 'fairly_satisfied' }, startToken: 'test-start-token' },
  ]);
  expect(screen.getByText(SURVEY_TEXT.aboutTitle)).toBeTruthy();
  expect(screen.queryByText(satisfaction.text)).toBeNull();
});

test('a resident who answered this year sees the "already answered" state', async () => {
  serveSurvey({ alreadyAnswered: true });
  render(<SurveyPage />);
  await screen.findByText(SURVEY_TEXT.answeredTitle);
  expect(screen.queryByText(SURVEY_TEXT.introStart)).toBeNull();
  expect(screen.queryByText(awareness.text)).toBeNull();
});

test('a second answer refused by the server (409) also ends on "already answered"', async () => {
  serveSurvey({ submit: async () => Promise.reject(new ApiCallError('ALREADY_SUBMITTED', '本年度已提交')) });
  await openSurvey();
  click(SURVEY_TEXT.introStart);
  click('知道');
  click(SURVEY_TEXT.next);
  click('满意');
  click(SURVEY_TEXT.submit);
  await screen.findByText(SURVEY_TEXT.answeredTitle);
});

test('a failed submit shows the error, keeps the answers, and can be retried', async () => {
  let attempts = 0;
  serveSurvey({
    submit: async () => {
      attempts += 1;
      if (attempts === 1) throw new ApiCallError('NETWORK', COMMON_TEXT.networkError);
      return ACCEPTED;
    },
  });
  await openSurvey();
  click(SURVEY_TEXT.introStart);
  click('不知道');
  click(SURVEY_TEXT.next);
  click('说不清');
  click(SURVEY_TEXT.submit);
  await screen.findByText(COMMON_TEXT.networkError);
  expect(screen.getByText(satisfaction.text)).toBeTruthy();
  click(SURVEY_TEXT.submit);
  await screen.findByText(SURVEY_TEXT.thanksTitle);
  expect(submitCalls()[1]).toEqual({
    communityId: community.id,
    answers: { awareness: 'unaware', satisfaction: 'unsure' },
    startToken: 'test-start-token',
  });
});

test('a failed load shows the error with a retry', async () => {
  serve({ getSurvey: () => Promise.reject(new ApiCallError('NETWORK', COMMON_TEXT.networkError)) });
  render(<SurveyPage />);
  await screen.findByText(COMMON_TEXT.networkError);
  serveSurvey();
  click(COMMON_TEXT.retry);
  await waitFor(() => expect(screen.getByText(SURVEY_TEXT.introTitle)).toBeTruthy());
});
