// The official's draft: what is scored and what a save sends.
import { changesOf, draftOf, hasChanges, missingReasons, scoreInputOf } from '../../../src/assessment/draft';
import { aspectsOf, assessmentOf } from '../support/builders';

const SAVED = {
  ...assessmentOf({ states: { 'II-1.1': 'B', 'II-10.2': 'C' }, notes: { 'II-1.1': '见台账' }, rates: { awareness: [9, 10] } }),
  projects: [{ id: 'p1', category: 'elderly_care', aspects: aspectsOf(90) }],
};

test('the draft starts from the saved items', () => {
  expect(draftOf(SAVED)).toEqual({
    states: { 'II-1.1': 'B', 'II-10.2': 'C' },
    notes: { 'II-1.1': '见台账', 'II-10.2': '' },
    reasons: { 'II-1.1': '', 'II-10.2': '' },
  });
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

const RATE_ITEMS = new Set(['II-10.2', 'II-10.3']);

test('a new override of a rate item needs its reason, and sends it with the state', () => {
  const draft = draftOf(SAVED);
  draft.states['II-10.3'] = 'A';
  expect(missingReasons(draft, SAVED, RATE_ITEMS)).toEqual(['II-10.3']);
  draft.reasons['II-10.3'] = '  问卷期间暴雨，入户补访后评定  ';
  expect(missingReasons(draft, SAVED, RATE_ITEMS)).toEqual([]);
  expect(changesOf(draft, SAVED)).toEqual({
    states: { 'II-10.3': 'A' },
    notes: {},
    reasons: { 'II-10.3': '问卷期间暴雨，入户补访后评定' },
  });
});

test('a reason alone is a change; clearing an override sends no reason and needs none', () => {
  const draft = draftOf(SAVED);
  draft.reasons['II-10.2'] = '复核台账后维持 C';
  expect(hasChanges(draft, SAVED)).toBe(true);
  expect(changesOf(draft, SAVED)).toEqual({ states: {}, notes: {}, reasons: { 'II-10.2': '复核台账后维持 C' } });
  draft.states['II-10.2'] = null;
  expect(changesOf(draft, SAVED)).toEqual({ states: { 'II-10.2': null }, notes: {} });
  expect(missingReasons(draft, SAVED, RATE_ITEMS)).toEqual([]);
  // A manual item never carries a reason.
  draft.states['II-1.1'] = 'A';
  draft.reasons['II-1.1'] = '不该发送';
  expect(missingReasons(draft, SAVED, RATE_ITEMS)).toEqual([]);
  expect(changesOf(draft, SAVED).reasons).toBeUndefined();
});
