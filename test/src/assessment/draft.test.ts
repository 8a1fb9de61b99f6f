// The official's draft: what is scored and what a save sends.
import { changesOf, draftOf, hasChanges, scoreInputOf } from '../../../src/assessment/draft';
import { aspectsOf, assessmentOf } from '../support/builders';

const SAVED = {
  ...assessmentOf({ states: { 'II-1.1': 'B', 'II-10.2': 'C' }, notes: { 'II-1.1': '见台账' }, rates: { awareness: [9, 10] } }),
  projects: [{ id: 'p1', category: 'elderly_care', aspects: aspectsOf(90) }],
};

test('the draft starts from the saved items', () => {
  expect(draftOf(SAVED)).toEqual({ states: { 'II-1.1': 'B', 'II-10.2': 'C' }, notes: { 'II-1.1': '见台账', 'II-10.2': '' } });
  expect(hasChanges(draftOf(SAVED), SAVED)).toBe(false);
});

test('scoring takes the set states, the rates as counts and the projects', () => {
  const draft = draftOf(SAVED);
  draft.states['II-10.2'] = null;
  expect(scoreInputOf(draft, SAVED)).toEqual({
    states: { 'II-1.1': 'B' },
    rates: { awareness: { count: 9, n: 10 } },
    projects: [{ category: 'elderly_care', aspects: aspectsOf(90) }],
  });
});

test('a save sends only changes: a cleared override as null, a cleared note as empty', () => {
  const draft = draftOf(SAVED);
  draft.states['II-10.2'] = null;
  draft.states['II-2.1'] = 'A';
  draft.notes['II-1.1'] = '';
  expect(changesOf(draft, SAVED)).toEqual({ states: { 'II-10.2': null, 'II-2.1': 'A' }, notes: { 'II-1.1': '' } });
  expect(hasChanges(draft, SAVED)).toBe(true);
});
