// A volunteer may leave a phone number for the community's workers: sent only when typed, a mainland mobile, and
// with the consent box ticked; otherwise the resident is told why and nothing is sent.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { setRouterParams } from '../support/taro';
import { detailOf, typeInto } from '../support/builders';
import { callsOf, serve } from '../support/fake-cloud';
import { RESIDENTS_TEXT } from '../../../src/text/residents';
import type { TProjectDetail } from '../../../cloud/contract';
import ProjectPage from '../../../src/pages/project/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

const PROJECT = detailOf({ id: 'p1', title: '助老食堂' });
const joined = (d: { as: string }): TProjectDetail => ({ ...PROJECT, mine: { feedback: null, joined: [d.as as 'volunteer'] } });
const click = (text: string) => act(() => void fireEvent.click(screen.getByText(text)));
const typePhone = (value: string) => act(() => typeInto(document.getElementById('volunteer-phone') as Element, value));

beforeEach(() => {
  setRouterParams({ projectId: 'p1' });
  serve({ getProject: () => PROJECT, joinProject: joined });
});

test('a phone number goes with the consent ticked, normalized', async () => {
  render(<ProjectPage />);
  await screen.findByText(RESIDENTS_TEXT.phoneLabel);
  typePhone('138 0013 8000');
  click(RESIDENTS_TEXT.phoneConsent);
  click('报名当志愿者');
  await screen.findByText(RESIDENTS_TEXT.joined('志愿者'));
  expect(callsOf('joinProject')).toEqual([{ projectId: 'p1', as: 'volunteer', phone: '13800138000', phoneConsent: true }]);
});

test('without consent, or with a number that is no mobile, nothing is sent and the resident is told why', async () => {
  render(<ProjectPage />);
  await screen.findByText(RESIDENTS_TEXT.phoneLabel);
  typePhone('13800138000');
  click('报名当志愿者');
  await screen.findByText(RESIDENTS_TEXT.phoneConsentFirst);
  typePhone('12345');
  click(RESIDENTS_TEXT.phoneConsent);
  click('报名当志愿者');
  await screen.findByText(RESIDENTS_TEXT.badPhone);
  expect(callsOf('joinProject')).toHaveLength(0);
});

test('no number typed: joining as before, without a phone', async () => {
  render(<ProjectPage />);
  await screen.findByText(RESIDENTS_TEXT.phoneLabel);
  click('报名当志愿者');
  await screen.findByText(RESIDENTS_TEXT.joined('志愿者'));
  expect(callsOf('joinProject')).toEqual([{ projectId: 'p1', as: 'volunteer' }]);
});
