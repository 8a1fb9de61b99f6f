// Sorting the console's tables: figures and names in either order, empty cells last, ties as given; a click turns round.
import { nextSort, sortRows } from '../../../src/console/sort';

const rows = [
  { name: '普陀区', rate: 0.6 },
  { name: '岱山县', rate: null },
  { name: '定海区', rate: 0.88 },
  { name: '嵊泗县', rate: 0.6 },
];
const names = (list: typeof rows) => list.map((r) => r.name);

test('figures sort either way, rows without a figure last both times, ties in their given order', () => {
  expect(names(sortRows(rows, (r) => r.rate, 'desc'))).toEqual(['定海区', '普陀区', '嵊泗县', '岱山县']);
  expect(names(sortRows(rows, (r) => r.rate, 'asc'))).toEqual(['普陀区', '嵊泗县', '定海区', '岱山县']);
  expect(names(rows)).toEqual(['普陀区', '岱山县', '定海区', '嵊泗县']);
});

test('names sort in pinyin order: 岱山 dài, 定海 dìng, 普陀 pǔ, 嵊泗 shèng', () => {
  expect(names(sortRows(rows, (r) => r.name, 'asc'))).toEqual(['岱山县', '定海区', '普陀区', '嵊泗县']);
  expect(names(sortRows(rows, (r) => r.name, 'desc'))).toEqual(['嵊泗县', '普陀区', '定海区', '岱山县']);
});

test('a click on the sorted column turns it round; another column starts in its own first direction', () => {
  expect(nextSort(null, 'satisfaction', 'desc')).toEqual({ key: 'satisfaction', dir: 'desc' });
  expect(nextSort({ key: 'satisfaction', dir: 'desc' }, 'satisfaction', 'desc')).toEqual({ key: 'satisfaction', dir: 'asc' });
  expect(nextSort({ key: 'satisfaction', dir: 'asc' }, 'satisfaction', 'desc')).toEqual({ key: 'satisfaction', dir: 'desc' });
  expect(nextSort({ key: 'satisfaction', dir: 'asc' }, 'name', 'asc')).toEqual({ key: 'name', dir: 'asc' });
});
