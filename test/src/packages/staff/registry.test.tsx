// 社区名册: the list with kind, households and pilot; editing one; a pasted sheet imported, and each bad row the server names.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { TCommunity } from '../../../../cloud/contract';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { COMMUNITIES, typeInto, whoami } from '../../support/builders';
import { callsOf, serve } from '../../support/fake-cloud';
import { parseSheet, rowOfIssue } from '../../../../src/registry/csv';
import { STAFFING_TEXT } from '../../../../src/text/staffing';
import RegistryPage from '../../../../src/packages/staff/registry/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const SHEET =
  'name,district,street,kind,households,pilot,id\n新港社区,普陀区,沈家门街道,城市社区,800,否,\n"东岙村",普陀区,桃花镇,rural,,false,';

test('a sheet reads into rows; bad values stay as typed for the server to name', () => {
  expect(parseSheet(SHEET)).toEqual([
    { name: '新港社区', district: '普陀区', street: '沈家门街道', kind: 'urban', households: 800, pilot: false },
    { name: '东岙村', district: '普陀区', street: '桃花镇', kind: 'rural', households: null, pilot: false },
  ]);
  expect(parseSheet('name\tdistrict\tstreet\tkind\thouseholds\tpilot\n甲\t乙\t丙\turban\tabc\tmaybe')[0]).toMatchObject({
    households: 'abc',
    pilot: 'maybe',
  });
  expect(rowOfIssue('rows.3.households')).toEqual({ row: 4, field: 'households' });
});

function serveAs(me: ReturnType<typeof whoami>, communities: TCommunity[] = COMMUNITIES) {
  serve({
    whoami: () => me,
    listCommunities: () => ({ communities }),
    saveCommunity: (c) => ({
      community: { ...c, id: c.id ?? 'c-0123456789ab', households: c.households ?? null } as TCommunity,
      created: !c.id,
    }),
    importCommunities: ({ rows }) => ({
      created: rows.length,
      updated: 0,
      communities: rows.map((r, i) => ({ ...r, id: `c-00000000000${i}`, households: r.households ?? null }) as TCommunity),
    }),
  });
}

test('lists communities with kind, households and pilot; a city official edits one', async () => {
  serveAs(whoami(['resident', 'official']));
  render(<RegistryPage />);
  await screen.findByText('北园社区 · 市级示范');
  screen.getAllByText(/城市社区 · 户数未知/);
  act(() => void fireEvent.click(screen.getAllByText(STAFFING_TEXT.edit)[0]));
  act(() => typeInto(document.querySelector('#c-households')!, '1500'));
  await act(async () => void fireEvent.click(screen.getByText(STAFFING_TEXT.save)));
  expect(callsOf('saveCommunity')).toEqual([{ ...COMMUNITIES[0], households: 1500 }]);
  await screen.findByText(STAFFING_TEXT.saved('北园社区', false));
  screen.getByText(/1500 户/);
  expect(callsOf('listCommunities')).toEqual([{ mine: true }]);
});

test('a district official edits only their district and never sees the pilot choice', async () => {
  serveAs({ ...whoami(['resident', 'official']), scope: { district: '普陀区', street: null } });
  render(<RegistryPage />);
  await screen.findByText('大蒲湾社区 · 市级示范');
  expect(screen.getAllByText(STAFFING_TEXT.edit)).toHaveLength(1);
  act(() => void fireEvent.click(screen.getByText(STAFFING_TEXT.newCommunity)));
  expect(screen.queryByText(STAFFING_TEXT.pilotLabel)).toBeNull();
  screen.getByText(`${STAFFING_TEXT.districtLabel}：普陀区`);
});

test('a pasted sheet is imported as rows', async () => {
  serveAs(whoami(['resident', 'admin']));
  render(<RegistryPage />);
  await screen.findByText(STAFFING_TEXT.importTitle);
  act(() => typeInto(document.querySelector('#import-sheet')!, SHEET));
  await act(async () => void fireEvent.click(screen.getByText(STAFFING_TEXT.importButton)));
  await screen.findByText(STAFFING_TEXT.imported(2, 0));
  expect(callsOf('importCommunities')).toEqual([{ rows: parseSheet(SHEET) }]);
  screen.getByText('东岙村');
});

test("the server's per-row issues are listed by row and field", async () => {
  serveAs(whoami(['resident', 'admin']));
  serve({
    whoami: () => whoami(['resident', 'admin']),
    listCommunities: () => ({ communities: COMMUNITIES }),
    importCommunities: () => {
      throw new ApiCallError('INVALID_INPUT', '输入有误', [
        { path: 'rows.1.households', code: 'invalid_type', message: '户数应为正整数，不知道时留空' },
        { path: 'rows.1.name', code: 'custom', message: '与第 1 行是同一个社区' },
      ]);
    },
  });
  render(<RegistryPage />);
  await screen.findByText(STAFFING_TEXT.importTitle);
  act(() => typeInto(document.querySelector('#import-sheet')!, SHEET));
  await act(async () => void fireEvent.click(screen.getByText(STAFFING_TEXT.importButton)));
  await screen.findByText(STAFFING_TEXT.importFailed);
  screen.getByText(STAFFING_TEXT.rowError(2, 'households', '户数应为正整数，不知道时留空'));
  screen.getByText(STAFFING_TEXT.rowError(2, 'name', '与第 1 行是同一个社区'));
});

test('a worker is refused the registry', async () => {
  serveAs(whoami(['resident', 'worker'], 'dinghai-beiyuan'));
  render(<RegistryPage />);
  await screen.findByText(STAFFING_TEXT.registryForbidden);
  expect(callsOf('listCommunities')).toHaveLength(0);
});
