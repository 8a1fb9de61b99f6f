// The names the app shows for the standard's categories and aspects are the standard's own.
import { zhoushan2017 } from '../../../rubric';
import { ASPECTS } from '../../../src/text/evaluation';
import { CATEGORY_NAMES } from '../../../src/text/projects';

test('categories: the same ids, names and order as the standard', () => {
  expect(Object.entries(CATEGORY_NAMES)).toEqual(zhoushan2017.categories.map((c) => [c.id, c.name]));
});

test('aspects: the same ids, names and order as the standard', () => {
  expect(ASPECTS.map((a) => [a.id, a.name])).toEqual(zhoushan2017.aspects.map((a) => [a.id, a.name]));
});
