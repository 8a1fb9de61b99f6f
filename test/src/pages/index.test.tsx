// The home page: communities grouped by 区/县, arrival straight to the survey, and the staff entry each role opens.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { TRole } from '../../../cloud/contract/rules';
import { navigateTo, redirectTo, setRouterParams } from '../support/taro';
import { COMMUNITIES, whoami } from '../support/builders';
import { callsOf, serve } from '../support/fake-cloud';
import { SURVEY_TEXT } from '../../../src/text/survey';
import IndexPage from '../../../src/pages/index/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

function serveAs(roles: TRole[], communityId: string | null = null) {
  serve({ listCommunities: () => ({ communities: COMMUNITIES }), whoami: () => whoami(roles, communityId) });
}

beforeEach(() => {
  navigateTo.mockClear();
  redirectTo.mockClear();
  setRouterParams({});
});

test('lists communities under their district and opens the chosen survey', async () => {
  serveAs(['resident']);
  render(<IndexPage />);
  await screen.findByText('北园社区');
  screen.getByText('定海区');
  screen.getByText('普陀区');
  act(() => void fireEvent.click(screen.getByText('大蒲湾社区')));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/survey/index?communityId=putuo-dapuwan' });
  expect(screen.queryByText(SURVEY_TEXT.staffEntry)).toBeNull();
});

test('arriving from a QR code scene goes straight to the survey', async () => {
  serveAs(['resident']);
  setRouterParams({ scene: encodeURIComponent('communityId=dinghai-junan') });
  render(<IndexPage />);
  expect(redirectTo).toHaveBeenCalledWith({ url: '/pages/survey/index?communityId=dinghai-junan' });
  expect(callsOf('listCommunities')).toHaveLength(0);
});

test("officials and a community's workers see the way to the indicators; admins also to role assignment", async () => {
  serveAs(['resident', 'official']);
  const { unmount } = render(<IndexPage />);
  const link = await screen.findByText(SURVEY_TEXT.indicatorsLink);
  act(() => void fireEvent.click(link));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/indicators/index' });
  expect(screen.queryByText(SURVEY_TEXT.adminLink)).toBeNull();
  unmount();
  serveAs(['resident', 'worker'], 'dinghai-beiyuan');
  const worker = render(<IndexPage />);
  await screen.findByText(SURVEY_TEXT.indicatorsLink);
  worker.unmount();
  serveAs(['resident', 'admin']);
  render(<IndexPage />);
  const admin = await screen.findByText(SURVEY_TEXT.adminLink);
  act(() => void fireEvent.click(admin));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/staff/admin/index' });
});

test('a worker not yet given a community has no staff entry', async () => {
  serveAs(['resident', 'worker']);
  render(<IndexPage />);
  await screen.findByText('北园社区');
  await act(() => new Promise((r) => setTimeout(r, 0)));
  expect(callsOf('whoami')).toHaveLength(1);
  expect(screen.queryByText(SURVEY_TEXT.staffEntry)).toBeNull();
});

test('a third-party evaluator sees the way to project evaluation, not the indicators', async () => {
  serveAs(['resident', 'evaluator']);
  render(<IndexPage />);
  const link = await screen.findByText(SURVEY_TEXT.evaluationLink);
  act(() => void fireEvent.click(link));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/evaluation/index' });
  expect(screen.queryByText(SURVEY_TEXT.indicatorsLink)).toBeNull();
});
