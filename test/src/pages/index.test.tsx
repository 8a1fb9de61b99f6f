// The home page: communities grouped by 区/县, arrival straight to the survey, the staff entry.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { navigateTo, redirectTo, setRouterParams } from '../support/taro';
import { COMMUNITIES } from '../support/builders';
import { SURVEY_TEXT } from '../../../src/text/survey';
import { callCloud } from '../../../src/api/cloud';
import IndexPage from '../../../src/pages/index/index';

jest.mock('../../../src/api/cloud', () => ({
  ...jest.requireActual('../../../src/api/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

function serve(roles: string[]) {
  call.mockImplementation(async (name) => {
    if (name === 'listCommunities') return { communities: COMMUNITIES } as never;
    if (name === 'whoami') return { openid: 'x', roles, communityId: null } as never;
    throw new Error(`unexpected call ${name}`);
  });
}

beforeEach(() => {
  call.mockReset();
  navigateTo.mockClear();
  redirectTo.mockClear();
  setRouterParams({});
});

test('lists communities under their district and opens the chosen survey', async () => {
  serve(['resident']);
  render(<IndexPage />);
  await screen.findByText('北园社区');
  expect(screen.getByText('定海区')).toBeTruthy();
  expect(screen.getByText('普陀区')).toBeTruthy();
  act(() => void fireEvent.click(screen.getByText('大蒲湾社区')));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/survey/index?communityId=putuo-dapuwan' });
  expect(screen.queryByText(SURVEY_TEXT.staffEntry)).toBeNull();
});

test('arriving from a QR code scene goes straight to the survey', async () => {
  serve(['resident']);
  setRouterParams({ scene: encodeURIComponent('communityId=dinghai-junan') });
  render(<IndexPage />);
  expect(redirectTo).toHaveBeenCalledWith({ url: '/pages/survey/index?communityId=dinghai-junan' });
  expect(call).not.toHaveBeenCalledWith('listCommunities', {});
});

test('staff see the way to the indicators; admins also to role assignment', async () => {
  serve(['official']);
  const { unmount } = render(<IndexPage />);
  await screen.findByText(SURVEY_TEXT.indicatorsLink);
  expect(screen.queryByText(SURVEY_TEXT.adminLink)).toBeNull();
  unmount();
  serve(['admin']);
  render(<IndexPage />);
  await screen.findByText(SURVEY_TEXT.adminLink);
});

test('a third-party evaluator sees the way to project evaluation, not the indicators', async () => {
  serve(['resident', 'evaluator']);
  render(<IndexPage />);
  const link = await screen.findByText(SURVEY_TEXT.evaluationLink);
  act(() => void fireEvent.click(link));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/official/evaluation/index' });
  expect(screen.queryByText(SURVEY_TEXT.indicatorsLink)).toBeNull();
});
