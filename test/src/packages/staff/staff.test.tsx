// 工作人员管理: what each inviter may invite to, the invitation's code, link and QR, the list and revoking with a reason.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TCreateInvitationInput } from '../../../../cloud/contract/staff';
import { COMMUNITIES, typeInto, whoami } from '../../support/builders';
import { callsOf, serve } from '../../support/fake-cloud';
import { STAFFING_TEXT } from '../../../../src/text/staffing';
import StaffPage from '../../../../src/packages/staff/staff/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const since = '2026-11-30T02:00:00.000Z';
const WORKER = { staffId: 'c'.repeat(32), displayName: '王芳', role: 'worker' as const, communityId: 'putuo-dapuwan', scope: null, since };
const DINGHAI_WORKER = { ...WORKER, staffId: 'd'.repeat(32), displayName: '陈军', communityId: 'dinghai-beiyuan' };

function invitationFor(input: TCreateInvitationInput) {
  return {
    code: 'ABCDE23456',
    link: '/pages/invite/index?code=ABCDE23456',
    expiresAt: '2026-12-04T05:00:00.000Z',
    role: input.role,
    communityId: input.communityId ?? null,
    scope: input.role === 'official' ? { district: input.district ?? null, street: input.street ?? null } : null,
    image: { fileName: 'invite-x.png', fileId: null, url: '/exports/invite-x.png' },
  };
}

function serveAs(me: ReturnType<typeof whoami>) {
  serve({
    whoami: () => me,
    listCommunities: () => ({ communities: COMMUNITIES }),
    listStaff: () => ({ staff: [DINGHAI_WORKER, WORKER] }),
    createInvitation: (input) => invitationFor(input as TCreateInvitationInput),
    revokeRole: ({ staffId }) => ({ staffId, revoked: true as const }),
  });
}
const districtOfficial = () => ({ ...whoami(['resident', 'official']), scope: { district: '普陀区', street: null } });

test('a city official invites a district official for 普陀区 and sees the code, link and QR', async () => {
  serveAs(whoami(['resident', 'official']));
  render(<StaffPage />);
  const form = within(await screen.findByText(STAFFING_TEXT.inviteFormTitle).then((t) => t.closest('#invite-form') as HTMLElement));
  act(() => void fireEvent.click(form.getByText('民政部门')));
  act(() => void fireEvent.click(form.getByText('普陀区')));
  await act(async () => void fireEvent.click(form.getByText(STAFFING_TEXT.create)));
  await screen.findByText('ABCDE23456');
  expect(callsOf('createInvitation')).toEqual([{ role: 'official', district: '普陀区', expiresInHours: 72 }]);
  screen.getByText('/pages/invite/index?code=ABCDE23456');
  expect(document.querySelector('#invitation img, #invitation taro-image-core')?.getAttribute('src')).toBe('/exports/invite-x.png');
});

test("a district official is offered street officials of their district and its communities' workers only", async () => {
  serveAs(districtOfficial());
  render(<StaffPage />);
  const form = within(await screen.findByText(STAFFING_TEXT.inviteFormTitle).then((t) => t.closest('#invite-form') as HTMLElement));
  expect(form.queryByText('第三方评估')).toBeNull();
  form.getByText('社区工作者');
  form.getByText('大蒲湾社区');
  expect(form.queryByText(/北园社区/)).toBeNull();
  expect(form.queryByText('定海区')).toBeNull();
  act(() => void fireEvent.click(form.getByText('民政部门')));
  expect(form.queryByText(STAFFING_TEXT.wholeCity)).toBeNull();
  expect(form.queryByText(STAFFING_TEXT.wholeDistrict)).toBeNull();
  act(() => void fireEvent.click(form.getByText('沈家门街道')));
  await act(async () => void fireEvent.click(form.getByText(STAFFING_TEXT.create)));
  expect(callsOf('createInvitation')).toEqual([{ role: 'official', district: '普陀区', street: '沈家门街道', expiresInHours: 72 }]);
});

test('revoking asks for a reason, then removes them from the list; only posts the caller could invite to can be revoked', async () => {
  serveAs(districtOfficial());
  render(<StaffPage />);
  await screen.findByText('王芳');
  const revokes = screen.getAllByText(STAFFING_TEXT.revoke);
  expect(revokes).toHaveLength(1); // 陈军 works in 定海区
  act(() => void fireEvent.click(revokes[0]));
  await act(async () => void fireEvent.click(screen.getByText(STAFFING_TEXT.confirmRevoke)));
  screen.getByText(STAFFING_TEXT.needReason);
  expect(callsOf('revokeRole')).toHaveLength(0);
  act(() => typeInto(document.querySelector('#revoke-reason')!, '已调离'));
  await act(async () => void fireEvent.click(screen.getByText(STAFFING_TEXT.confirmRevoke)));
  await screen.findByText(STAFFING_TEXT.revoked('王芳'));
  expect(callsOf('revokeRole')).toEqual([{ staffId: WORKER.staffId, reason: '已调离' }]);
  expect(screen.queryByText('王芳')).toBeNull();
});

test('a worker is told this is not theirs, and nothing is listed', async () => {
  serveAs(whoami(['resident', 'worker'], 'dinghai-beiyuan'));
  render(<StaffPage />);
  await screen.findByText(STAFFING_TEXT.forbidden);
  expect(callsOf('listStaff')).toHaveLength(0);
});

test('an admin picks a district, then one of its communities, for a worker', async () => {
  serveAs(whoami(['resident', 'admin']));
  render(<StaffPage />);
  const form = within(await screen.findByText(STAFFING_TEXT.inviteFormTitle).then((t) => t.closest('#invite-form') as HTMLElement));
  expect(form.queryByText('大蒲湾社区')).toBeNull();
  act(() => void fireEvent.click(form.getByText('普陀区')));
  expect(form.queryByText('北园社区')).toBeNull();
  act(() => void fireEvent.click(form.getByText('大蒲湾社区')));
  await act(async () => void fireEvent.click(form.getByText(STAFFING_TEXT.create)));
  expect(callsOf('createInvitation')).toEqual([{ role: 'worker', communityId: 'putuo-dapuwan', expiresInHours: 72 }]);
  await form.findByText('社区工作者 · 大蒲湾社区');
});
