// Audit entries in words: the action and item, from → to in short, roles by their names.
import { changeOf, shortValue, whatOf } from '../../../src/assessment/audit-view';

test('values in short: states, nothing, roles by name', () => {
  expect(shortValue(null)).toBe('无');
  expect(shortValue({ state: 'B', note: '见台账', reason: null })).toBe('B');
  expect(shortValue({ state: null, note: '见台账' })).toBe('未评定');
  expect(shortValue({ role: 'worker', communityId: 'putuo-lianan', displayName: '王芳' })).toBe('社区工作者 王芳（putuo-lianan）');
  expect(shortValue('official')).toBe('official');
});

test('what and from → to', () => {
  expect(whatOf({ action: 'item', target: 'II-10.2' })).toBe('修改测评项 Ⅱ-10.2');
  expect(whatOf({ action: 'finalize', target: null })).toBe('终期验收');
  expect(changeOf({ from: null, to: null })).toBeNull();
  expect(changeOf({ from: { state: 'A' }, to: null })).toBe('A → 无');
});
