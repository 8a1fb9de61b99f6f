// Saving an assessment: what the official changes while the save is on its way is kept, not replaced by the answer.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { TAssessment } from '../../../cloud/contract';
import { judge, scoreAssessment, zhoushan2017, type TScoreInput, type TState } from '../../../rubric';
import { callCloud } from '../../../src/api/cloud';
import { useAssessment } from '../../../src/official/useAssessment';

jest.mock('../../../src/api/cloud', () => ({
  ...jest.requireActual('../../../src/api/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

function assessmentOf(states: Record<string, TState>, notes: Record<string, string> = {}): TAssessment {
  const score = judge(zhoushan2017, scoreAssessment(zhoushan2017, { states, rates: {}, projects: [] }));
  const ids = [...new Set([...Object.keys(states), ...Object.keys(notes)])];
  return {
    communityId: 'dinghai-beiyuan',
    name: '北园社区',
    district: '定海区',
    year: 2025,
    items: ids.map((id) => ({ id, state: states[id] ?? null, note: notes[id] ?? null, setBy: 'official-1', setAt: '2025-06-01T02:00:00.000Z' })),
    rates: { awareness: null, satisfaction: null },
    projects: [],
    score,
  };
}

let answerSave: (a: TAssessment) => void;
beforeEach(() => {
  call.mockReset();
  call.mockImplementation(async (name, data) => {
    if (name === 'getAssessment') return assessmentOf({ 'II-1.1': 'B' }) as never;
    if (name === 'scoreAssessment') return judge(zhoushan2017, scoreAssessment(zhoushan2017, data as TScoreInput)) as never;
    if (name === 'saveAssessment') return new Promise((resolve) => (answerSave = resolve as never)) as never;
    throw new Error(`unexpected call ${name}`);
  });
});

test('edits made while saving stay in the draft; what was sent takes the saved values', async () => {
  const { result } = renderHook(() => useAssessment('dinghai-beiyuan', 2025));
  await waitFor(() => expect(result.current.load.status).toBe('ready'));
  act(() => result.current.choose('II-1.1', 'A'));
  act(() => result.current.choose('II-1.2', 'C'));
  act(() => result.current.writeNote('II-1.2', '台账齐全'));

  let saving!: Promise<void>;
  act(() => void (saving = result.current.save()));
  expect(call).toHaveBeenCalledWith('saveAssessment', {
    communityId: 'dinghai-beiyuan',
    year: 2025,
    states: { 'II-1.1': 'A', 'II-1.2': 'C' },
    notes: { 'II-1.2': '台账齐全' },
  });
  // While the save is on its way: a new item, a changed choice and a longer note.
  act(() => result.current.choose('II-2.1', 'B'));
  act(() => result.current.choose('II-1.2', 'B'));
  act(() => result.current.writeNote('II-1.2', '台账齐全，照片缺两张'));

  await act(async () => {
    answerSave(assessmentOf({ 'II-1.1': 'A', 'II-1.2': 'C' }, { 'II-1.2': '台账齐全' }));
    await saving;
  });
  const { draft, saved, dirty, result: said } = result.current;
  expect(saved?.items.map((i) => i.id)).toEqual(['II-1.1', 'II-1.2']);
  expect(draft.states).toMatchObject({ 'II-1.1': 'A', 'II-1.2': 'B', 'II-2.1': 'B' });
  expect(draft.notes['II-1.2']).toBe('台账齐全，照片缺两张');
  expect(dirty).toBe(true);
  expect(said).toEqual({ ok: true, message: expect.any(String) });
  // The kept choices are scored again.
  await waitFor(
    () => expect(call).toHaveBeenLastCalledWith('scoreAssessment', expect.objectContaining({ states: { 'II-1.1': 'A', 'II-1.2': 'B', 'II-2.1': 'B' } })),
    { timeout: 3000 },
  );
});

test('with no edits during the save, the draft is what was saved', async () => {
  const { result } = renderHook(() => useAssessment('dinghai-beiyuan', 2025));
  await waitFor(() => expect(result.current.load.status).toBe('ready'));
  act(() => result.current.choose('II-1.1', 'C'));
  let saving!: Promise<void>;
  act(() => void (saving = result.current.save()));
  await act(async () => {
    answerSave(assessmentOf({ 'II-1.1': 'C' }));
    await saving;
  });
  expect(result.current.draft.states).toEqual({ 'II-1.1': 'C' });
  expect(result.current.dirty).toBe(false);
});
