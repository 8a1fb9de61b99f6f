// Claiming an invitation: the code from the link or a 小程序码's scene, the name, and each refusal in plain words.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ApiCallError } from '../../../src/common/api/cloud';
import { setRouterParams } from '../support/taro';
import { typeInto } from '../support/builders';
import { callsOf, serve } from '../support/fake-cloud';
import { STAFFING_TEXT } from '../../../src/text/staffing';
import InvitePage from '../../../src/pages/invite/index';
import { codeFromEntry } from '../../../src/staffing/invite-entry';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

const CODE = 'ABCDE23456';
const member = {
  staffId: 'b'.repeat(32),
  displayName: '王芳',
  role: 'worker' as const,
  communityId: 'dinghai-beiyuan',
  scope: null,
  since: '2026-12-01T05:00:00.000Z',
};

beforeEach(() => setRouterParams({}));

test('reads the code from ?code= and from the scene i=<code>', () => {
  expect(codeFromEntry({ code: CODE })).toBe(CODE);
  expect(codeFromEntry({ scene: encodeURIComponent(`i=${CODE}`) })).toBe(CODE);
  expect(codeFromEntry({})).toBe('');
});

test('the invitee types their name and joins', async () => {
  setRouterParams({ code: CODE });
  serve({ claimInvitation: () => member });
  render(<InvitePage />);
  expect((document.querySelector('#invite-code') as HTMLInputElement | null)?.getAttribute('value') ?? '').toBe(CODE);
  act(() => typeInto(document.querySelector('#invite-name')!, ' 王芳 '));
  await act(async () => void fireEvent.click(screen.getByText(STAFFING_TEXT.accept)));
  await screen.findByText(STAFFING_TEXT.joined('社区工作者', '王芳'));
  expect(callsOf('claimInvitation')).toEqual([{ code: CODE, displayName: '王芳' }]);
});

test('no name: asked for one, nothing sent', async () => {
  setRouterParams({ code: CODE });
  serve({});
  render(<InvitePage />);
  await act(async () => void fireEvent.click(screen.getByText(STAFFING_TEXT.accept)));
  screen.getByText(STAFFING_TEXT.needName);
  expect(callsOf('claimInvitation')).toHaveLength(0);
});

test.each([
  ['NOT_FOUND', STAFFING_TEXT.invitationUnknown],
  ['INVITATION_USED', STAFFING_TEXT.invitationUsed],
  ['INVITATION_EXPIRED', STAFFING_TEXT.invitationExpired],
] as const)('%s is said plainly', async (code, words) => {
  setRouterParams({ scene: encodeURIComponent(`i=${CODE}`) });
  serve({
    claimInvitation: () => {
      throw new ApiCallError(code, 'server words');
    },
  });
  render(<InvitePage />);
  act(() => typeInto(document.querySelector('#invite-name')!, '王芳'));
  await act(async () => void fireEvent.click(screen.getByText(STAFFING_TEXT.accept)));
  await screen.findByText(words);
  expect(screen.queryByText(STAFFING_TEXT.joined('社区工作者', '王芳'))).toBeNull();
});
