// Role assignment: admins only; the form is checked (the contract's AssignRoleInput) before assignRole is called.
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import type { TRole } from '../../../../cloud/contract/rules';
import { COMMUNITIES, whoami } from '../../support/builders';
import { callsOf, serve } from '../../support/fake-cloud';
import { checkAssign, useAssignRole } from '../../../../src/admin/useAssignRole';
import { OFFICIAL_TEXT } from '../../../../src/text/official';
import AdminPage from '../../../../src/packages/staff/admin/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

function serveAs(roles: TRole[]) {
  serve({
    whoami: () => whoami(roles),
    listCommunities: () => ({ communities: COMMUNITIES }),
    assignRole: (d) => ({ openid: d.openid, role: d.role, communityId: d.communityId ?? null, scope: null, displayName: null }),
  });
}

test('a non-admin is told only admins can assign roles, and sees no form', async () => {
  serveAs(['resident', 'official']);
  render(<AdminPage />);
  await screen.findByText(OFFICIAL_TEXT.adminOnly);
  expect(screen.queryByText(OFFICIAL_TEXT.assign)).toBeNull();
  expect(callsOf('listCommunities')).toHaveLength(0);
});

test('an admin sees the form; an empty openid is refused before any call', async () => {
  serveAs(['resident', 'admin']);
  render(<AdminPage />);
  await screen.findByText('定海区 · 北园社区');
  act(() => void fireEvent.click(screen.getByText(OFFICIAL_TEXT.assign)));
  await screen.findByText(OFFICIAL_TEXT.needOpenid);
  expect(callsOf('assignRole')).toHaveLength(0);
});

describe('the assignment form', () => {
  test('a worker needs a community (the contract says so); an official does not', () => {
    expect(checkAssign({ openid: 'w', role: 'worker', communityId: null })).toEqual({ ok: false, problem: '社区工作者必须指定所属社区' });
    expect(checkAssign({ openid: ' w ', role: 'worker', communityId: 'dinghai-beiyuan' })).toEqual({
      ok: true,
      input: { openid: 'w', role: 'worker', communityId: 'dinghai-beiyuan' },
    });
    expect(checkAssign({ openid: ' ', role: 'official', communityId: null })).toEqual({ ok: false, problem: OFFICIAL_TEXT.needOpenid });
    expect(checkAssign({ openid: 'o', role: 'official', communityId: null })).toEqual({
      ok: true,
      input: { openid: 'o', role: 'official' },
    });
  });

  test('assigns with the trimmed openid and reports who became what', async () => {
    serveAs(['resident', 'admin']);
    const { result } = renderHook(() => useAssignRole());
    act(() => result.current.update({ openid: ' worker-1 ', communityId: 'dinghai-beiyuan' }));
    await act(() => result.current.assign());
    expect(callsOf('assignRole')).toEqual([{ openid: 'worker-1', role: 'worker', communityId: 'dinghai-beiyuan' }]);
    expect(result.current.result).toEqual({ ok: true, message: OFFICIAL_TEXT.assigned('worker-1', '社区工作者') });
  });
});
