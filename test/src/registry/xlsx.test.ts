/** @jest-environment node */
// Reading an .xlsx made by a real spreadsheet library: shared and inline strings, numbers, booleans, gaps, the first sheet.
import ExcelJS from 'exceljs';
import { parseSheet } from '../../../src/registry/csv';
import { xlsxRows, xlsxText } from '../../../src/registry/xlsx';

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['name', 'district', 'street', 'kind', 'households', 'pilot', 'id']);
  ws.addRow(['新港社区', '普陀区', '沈家门街道', 'urban', 900, false]);
  ws.addRow(['东岙 & 村', '普陀区', '桃花镇', '渔农村社区', null, true, 'c-custom']);
  wb.addWorksheet('其他').addRow(['不该读到']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('the first sheet reads as rows of text', async () => {
  const rows = xlsxRows(await workbook());
  expect(rows[0]).toEqual(['name', 'district', 'street', 'kind', 'households', 'pilot', 'id']);
  expect(rows[1]).toEqual(['新港社区', '普陀区', '沈家门街道', 'urban', '900', 'false']);
  expect(rows[2]).toEqual(['东岙 & 村', '普陀区', '桃花镇', '渔农村社区', '', 'true', 'c-custom']);
  expect(rows).toHaveLength(3);
});

test('…and as importCommunities rows through the same reader as a paste', async () => {
  expect(parseSheet(xlsxText(await workbook()))).toEqual([
    { name: '新港社区', district: '普陀区', street: '沈家门街道', kind: 'urban', households: 900, pilot: false },
    { name: '东岙 & 村', district: '普陀区', street: '桃花镇', kind: 'rural', households: null, pilot: true, id: 'c-custom' },
  ]);
});
