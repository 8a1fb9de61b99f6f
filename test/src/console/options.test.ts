// Each question's answers per option, from the counts the server shows.
import { distributionOf, optionsOf } from '../../../src/console/options';
import { optionCounts } from '../support/console-builders';

test('the options of each question in the survey’s order, the counted ones marked with their shade', () => {
  expect(optionsOf('awareness').map((o) => [o.label, o.counted, o.tone])).toEqual([
    ['知道', true, 0],
    ['听说过', true, 1],
    ['不知道', false, 0],
  ]);
  expect(optionsOf('satisfaction').map((o) => [o.label, o.counted, o.tone])).toEqual([
    ['满意', true, 0],
    ['比较满意', true, 1],
    ['基本满意', true, 2],
    ['不太满意', false, 0],
    ['不满意', false, 1],
    ['说不清', false, 2],
  ]);
});

test('counts and shares of the question’s answers; null while withheld or unanswered', () => {
  // 知晓率: 3 + 1 + 0 = 4 answers → 75%, 25%, 0%. 满意度: 1 + 0 + 0 + 1 + 0 + 2 = 4 → 25%, 0, 0, 25%, 0, 50%.
  const counts = optionCounts([3, 1, 0], [1, 0, 0, 1, 0, 2]);
  const awareness = distributionOf(counts, 'awareness')!;
  expect(awareness.n).toBe(4);
  expect(awareness.parts.map((p) => [p.id, p.count, p.share])).toEqual([
    ['aware', 3, 0.75],
    ['heard', 1, 0.25],
    ['unaware', 0, 0],
  ]);
  expect(distributionOf(counts, 'satisfaction')!.parts.map((p) => p.share)).toEqual([0.25, 0, 0, 0.25, 0, 0.5]);
  expect(distributionOf(null, 'awareness')).toBeNull();
  expect(distributionOf(optionCounts([0, 0, 0], [0, 0, 0, 0, 0, 0]), 'satisfaction')).toBeNull();
});
