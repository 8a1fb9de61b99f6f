// Role assignment: admins only; the form is checked before assignRole is called.
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { COMMUNITIES } from '../support/builders';
import { OFFICIAL_TEXT } from '../../../src/text/official';
import { callCloud } from '../../../src/api/cloud';
import { formProblem, useAssignRole } from '../../../src/official/useAssignRole';
import AdminPage from '../../../src/packages/official/admin/index';

jest.mock('../../../src/api/cloud', () => ({
  ...jest.requireActual('../../../src/api/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

function serve(roles: string[]) {
  call.mockImplementation(async (name, data) => {
    if (name === 'whoami') return { openid: 'me', roles, communityId: null } as never;
    if (name === 'listCommunities') return { communities: COMMUNITIES } as never;
    if (name === 'assignRole') {
      const d = data as { openid: string; role: string; communityId?: string };
      return { openid: d.openid, role: d.role, communityId: d.communityId ?? null } as never;
    }
    throw new Error(`unexpected call ${name}`);
  });
}

beforeEach(() => call.mockReset());

test('a non-admin is told only admins can assign roles', async () => {
  serve(['official']);
  render(<AdminPage />);
  await screen.findByText(OFFICIAL_TEXT.adminOnly);
  expect(call).not.toHaveBeenCalledWith('assignRole', expect.anything());
});

test('an admin sees the form; an empty openid is refused before any call', async () => {
  serve(['admin']);
  render(<AdminPage />);
  await screen.findByText('定海区 · 北园社区');
  act(() => void fireEvent.click(screen.getByText(OFFICIAL_TEXT.assign)));
  await screen.findByText(OFFICIAL_TEXT.needOpenid);
  expect(call).not.toHaveBeenCalledWith('assignRole', expect.anything());
});

describe('useAssignRole', () => {
  test('a worker needs a community; an official does not', () => {
    expect(formProblem({ openid: 'w', role: 'worker', communityId: null })).toBe(OFFICIAL_TEXT.needCommunity);
    expect(formProblem({ openid: 'w', role: 'worker', communityId: 'dinghai-beiyuan' })).toBeNull();
    expect(formProblem({ openid: ' ', role: 'official', communityId: null })).toBe(OFFICIAL_TEXT.needOpenid);
    expect(formProblem({ openid: 'o', role: 'official', communityId: null })).toBeNull();
  });

  test('assigns with the trimmed openid and reports who became what', async () => {
    serve(['admin']);
    const { result } = renderHook(() => useAssignRole());
    act(() => result.current.update({ openid: ' worker-1 ', communityId: 'dinghai-beiyuan' }));
    await act(() => result.current.assign());
    expect(call).toHaveBeenCalledWith('assignRole', {
      openid: 'worker-1',
      role: 'worker',
      communityId: 'dinghai-beiyuan',
    });
    expect(result.current.result).toEqual({ ok: true, message: OFFICIAL_TEXT.assigned('worker-1', '社区工作者') });
  });
});
