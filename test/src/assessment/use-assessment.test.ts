// Saving an assessment: what the official changes while the save is on its way is kept, not replaced by the answer;
// the server re-scores only a draft whose states differ from the saved ones, once per burst of taps.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { TAssessment } from '../../../cloud/contract';
import { useAssessment } from '../../../src/assessment/useAssessment';
import { assessmentOf, scoreOf } from '../support/builders';
import { callsOf, serve } from '../support/fake-cloud';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

let answerSave: (a: TAssessment) => void;
beforeEach(() => {
  serve({
    getAssessment: () => assessmentOf({ states: { 'II-1.1': 'B' } }),
    scoreAssessment: scoreOf,
    saveAssessment: () => new Promise<TAssessment>((resolve) => (answerSave = resolve)),
  });
});

async function loaded() {
  const hook = renderHook(() => useAssessment('dinghai-beiyuan', 2025));
  await waitFor(() => expect(hook.result.current.load.status).toBe('ready'));
  return hook.result;
}

test('edits made while saving stay in the draft; what was sent takes the saved values', async () => {
  const result = await loaded();
  act(() => result.current.choose('II-1.1', 'A'));
  act(() => result.current.choose('II-1.2', 'C'));
  act(() => result.current.writeNote('II-1.2', '台账齐全'));

  let saving!: Promise<void>;
  act(() => void (saving = result.current.save()));
  expect(callsOf('saveAssessment')).toEqual([
    { communityId: 'dinghai-beiyuan', year: 2025, states: { 'II-1.1': 'A', 'II-1.2': 'C' }, notes: { 'II-1.2': '台账齐全' } },
  ]);
  // While the save is on its way: a new item, a changed choice and a longer note.
  act(() => result.current.choose('II-2.1', 'B'));
  act(() => result.current.choose('II-1.2', 'B'));
  act(() => result.current.writeNote('II-1.2', '台账齐全，照片缺两张'));

  await act(async () => {
    answerSave(assessmentOf({ states: { 'II-1.1': 'A', 'II-1.2': 'C' }, notes: { 'II-1.2': '台账齐全' } }));
    await saving;
  });
  const { draft, saved, dirty, result: said } = result.current;
  expect(saved?.items.map((i) => i.id)).toEqual(['II-1.1', 'II-1.2']);
  expect(draft.states).toMatchObject({ 'II-1.1': 'A', 'II-1.2': 'B', 'II-2.1': 'B' });
  expect(draft.notes['II-1.2']).toBe('台账齐全，照片缺两张');
  expect(dirty).toBe(true);
  expect(said).toEqual({ ok: true, message: expect.any(String) });
  // The kept choices are scored again.
  await waitFor(() => expect(callsOf('scoreAssessment').at(-1)?.states).toEqual({ 'II-1.1': 'A', 'II-1.2': 'B', 'II-2.1': 'B' }), {
    timeout: 3000,
  });
});

test('with no edits during the save, the draft is what was saved and its score the saved one', async () => {
  const result = await loaded();
  act(() => result.current.choose('II-1.1', 'C'));
  let saving!: Promise<void>;
  act(() => void (saving = result.current.save()));
  const answer = assessmentOf({ states: { 'II-1.1': 'C' } });
  await act(async () => {
    answerSave(answer);
    await saving;
  });
  expect(result.current.draft.states).toEqual({ 'II-1.1': 'C' });
  expect(result.current.dirty).toBe(false);
  expect(result.current.score).toEqual(answer.score);
  expect(result.current.scoring).toBe('idle');
});

test('a burst of choices asks the scorer once; choosing the saved states again needs no score', async () => {
  const result = await loaded();
  act(() => result.current.choose('II-2.1', 'A'));
  act(() => result.current.choose('II-2.2', 'B'));
  expect(result.current.scoring).toBe('busy');
  await waitFor(() => expect(result.current.scoring).toBe('idle'), { timeout: 3000 });
  expect(callsOf('scoreAssessment')).toHaveLength(1);
  expect(result.current.score?.items.find((i) => i.id === 'II-2.2')?.state).toBe('B');

  act(() => result.current.choose('II-2.1', null));
  act(() => result.current.choose('II-2.2', null));
  expect(result.current.score).toEqual(result.current.saved?.score);
  expect(result.current.scoring).toBe('idle');
  await act(() => new Promise((r) => setTimeout(r, 400)));
  expect(callsOf('scoreAssessment')).toHaveLength(1);
});
