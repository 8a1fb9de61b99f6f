// 我的: the caller's own openid (for ADMIN_OPENIDS), roles, scope, community and name; staff tools by permission.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { navigateTo } from '../support/taro';
import { whoami } from '../support/builders';
import { serve } from '../support/fake-cloud';
import { STAFFING_TEXT } from '../../../src/text/staffing';
import MePage from '../../../src/pages/me/index';
import IndexPage from '../../../src/pages/index/index';
import { COMMUNITIES } from '../support/builders';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

beforeEach(() => navigateTo.mockClear());

test('a resident sees their own openid and role, and no staff tools', async () => {
  serve({ whoami: () => ({ ...whoami(['resident']), openid: 'oAbC123-first-admin' }) });
  render(<MePage />);
  await screen.findByText('oAbC123-first-admin');
  screen.getByText(STAFFING_TEXT.openidHint);
  screen.getByText('居民');
  expect(screen.queryByText(STAFFING_TEXT.staffLink)).toBeNull();
  expect(screen.queryByText(STAFFING_TEXT.registryLink)).toBeNull();
});

test('a district official sees their scope and name, and the staff and registry tools', async () => {
  serve({
    whoami: () => ({
      ...whoami(['resident', 'official']),
      scope: { district: '普陀区', street: null },
      displayName: '李明',
      staffId: 'a'.repeat(32),
    }),
  });
  render(<MePage />);
  await screen.findByText('普陀区');
  screen.getByText('李明');
  screen.getByText('民政部门');
  act(() => void fireEvent.click(screen.getByText(STAFFING_TEXT.staffLink)));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/staff/index' });
  act(() => void fireEvent.click(screen.getByText(STAFFING_TEXT.registryLink)));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/staff/registry/index' });
});

test('a worker sees their community and no staff tools', async () => {
  serve({ whoami: () => ({ ...whoami(['resident', 'worker'], 'dinghai-beiyuan'), displayName: '王芳' }) });
  render(<MePage />);
  await screen.findByText(/北园社区/);
  screen.getByText('社区工作者');
  expect(screen.queryByText(STAFFING_TEXT.staffLink)).toBeNull();
});

test('the first page links to 我的', async () => {
  serve({ listCommunities: () => ({ communities: COMMUNITIES }), whoami: () => whoami(['resident']) });
  render(<IndexPage />);
  await screen.findByText('北园社区');
  act(() => void fireEvent.click(screen.getByText(STAFFING_TEXT.meLink)));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/me/index' });
});
