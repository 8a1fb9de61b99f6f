// 隐私政策: every part a resident needs (what, why, how long, who sees, rights, contact), the periods from the
// contract's rules, 我的数据 one tap away, and the contact the build configures; reached from the first page and the survey.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { navigateTo, setRouterParams } from '../support/taro';
import { COMMUNITIES, surveyOf, whoami } from '../support/builders';
import { serve } from '../support/fake-cloud';
import { ANSWERS_KEPT_YEARS_AFTER, keptThrough, PRIVACY_CONTACT_DEFAULT, SHOWN_FROM } from '../../../cloud/contract/rules';
import { PRIVACY_TEXT, privacyContact } from '../../../src/text/privacy';
import { SURVEY_TEXT } from '../../../src/text/survey';
import PrivacyPage from '../../../src/pages/privacy/index';
import IndexPage from '../../../src/pages/index/index';
import SurveyPage from '../../../src/pages/survey/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

beforeEach(() => navigateTo.mockClear());

test('states what is collected, why, how long it is kept, who sees what, the rights and a contact', () => {
  render(<PrivacyPage />);
  for (const id of ['collected', 'why', 'kept', 'who', 'rights', 'contact']) expect(document.getElementById(`policy-${id}`)).not.toBeNull();
  const text = document.body.textContent ?? '';
  expect(text).toContain('openid');
  expect(text).toContain(`答题当年及其后 ${ANSWERS_KEPT_YEARS_AFTER} 年`);
  expect(text).toContain(`不满 ${SHOWN_FROM} 份时只显示份数`);
  expect(text).toContain('本社区的工作人员');
  expect(text).toContain('所在社区的居委会');
  expect(text).toContain(PRIVACY_CONTACT_DEFAULT);
  // 2026's answers are kept through 2029.
  expect(keptThrough(2026, ANSWERS_KEPT_YEARS_AFTER)).toBe(2029);
});

test('查阅 and 撤回 lead to 我的数据', () => {
  render(<PrivacyPage />);
  act(() => void fireEvent.click(screen.getByText(PRIVACY_TEXT.myData)));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/mydata/index' });
});

test('the contact is the office the build names (TARO_APP_PRIVACY_CONTACT), else the default', () => {
  expect(privacyContact('舟山市民政局 0580-0000000')).toBe('舟山市民政局 0580-0000000');
  expect(privacyContact('  ')).toBe(PRIVACY_CONTACT_DEFAULT);
  expect(privacyContact(undefined)).toBe(PRIVACY_CONTACT_DEFAULT);
});

test('reached from the first page and from the survey’s first screen', async () => {
  serve({
    listCommunities: () => ({ communities: COMMUNITIES }),
    whoami: () => whoami(['resident']),
    getSurvey: () => surveyOf(COMMUNITIES[0]),
  });
  setRouterParams({});
  const home = render(<IndexPage />);
  await screen.findByText(COMMUNITIES[0].name);
  act(() => void fireEvent.click(screen.getByText(PRIVACY_TEXT.link)));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/privacy/index' });
  home.unmount();

  setRouterParams({ communityId: COMMUNITIES[0].id });
  render(<SurveyPage />);
  await screen.findByText(SURVEY_TEXT.introTitle);
  navigateTo.mockClear();
  act(() => void fireEvent.click(screen.getByText(PRIVACY_TEXT.link)));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/privacy/index' });
});
