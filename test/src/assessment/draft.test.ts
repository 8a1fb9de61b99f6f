// The official's draft: what is scored and what a save sends.
import type { TAssessment } from '../../../cloud/contract';
import { changesOf, draftOf, hasChanges, scoreInputOf } from '../../../src/official/draft';
import { rateFixture } from '../support/builders';

const SAVED = {
  items: [
    { id: 'II-1.1', state: 'B', note: '见台账', setBy: 'o', setAt: '2025-01-01T00:00:00.000Z' },
    { id: 'II-10.2', state: 'C', note: null, setBy: 'o', setAt: '2025-01-01T00:00:00.000Z' },
  ],
  rates: { awareness: rateFixture({ count: 9, n: 10, ci95: [0.6, 0.98] }), satisfaction: null },
  projects: [{ id: 'p1', category: 'elderly_care', aspects: { completion: 90 } }],
} as unknown as TAssessment;

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
    projects: [{ category: 'elderly_care', aspects: { completion: 90 } }],
  });
});

test('a save sends only changes: a cleared override as null, a cleared note as empty', () => {
  const draft = draftOf(SAVED);
  draft.states['II-10.2'] = null;
  draft.states['II-2.1'] = 'A';
  draft.notes['II-1.1'] = '';
  expect(changesOf(draft, SAVED)).toEqual({ states: { 'II-10.2': null, 'II-2.1': 'A' }, notes: { 'II-1.1': '' } });
});
