// The survey's steps as a reducer: start, one question at a time, thanks only when the server took the answers.
import { completeAnswers, flowReducer, initialFlow, type FlowAction, type FlowState } from '../../../src/survey/flow';
import { COMMUNITIES, surveyOf } from '../support/builders';

const run = (...actions: FlowAction[]): FlowState => actions.reduce(flowReducer, initialFlow);
const loaded: FlowAction = { type: 'loaded', survey: surveyOf(COMMUNITIES[0]) };

describe('flowReducer', () => {
  test('a loaded round opens on the note, an answered one on "already answered"', () => {
    expect(run(loaded).phase).toBe('intro');
    expect(run({ type: 'loaded', survey: surveyOf(COMMUNITIES[0], true) }).phase).toBe('answered');
  });
  test('a round closed by its final acceptance ends the survey before any question', () => {
    const closed = run({ type: 'loaded', survey: { ...surveyOf(COMMUNITIES[0]), roundClosed: true } });
    expect(closed.phase).toBe('refused');
    expect(closed.refusal?.kind).toBe('closed');
    expect(closed.refusal?.message).toContain('终期验收');
  });
  test('next needs an answer to the question on screen', () => {
    const s = run(loaded, { type: 'start' }, { type: 'next' });
    expect(s.index).toBe(0);
    const t = run(loaded, { type: 'start' }, { type: 'choose', question: 'awareness', option: 'heard' }, { type: 'next' });
    expect(t.index).toBe(1);
  });
  test('previous goes back a question, then to the note', () => {
    const s = run(loaded, { type: 'start' }, { type: 'choose', question: 'awareness', option: 'aware' }, { type: 'next' });
    expect(flowReducer(s, { type: 'previous' }).index).toBe(0);
    expect(run(loaded, { type: 'start' }, { type: 'previous' }).phase).toBe('intro');
  });
  test('a reload starts over; submitted and already-submitted end the questions', () => {
    const answered = run(loaded, { type: 'start' }, { type: 'choose', question: 'awareness', option: 'aware' });
    expect(flowReducer(answered, loaded)).toEqual(initialFlow);
    expect(flowReducer(answered, { type: 'submitted' }).phase).toBe('thanks');
    expect(flowReducer(answered, { type: 'alreadySubmitted' }).phase).toBe('answered');
  });
});

describe('completeAnswers', () => {
  test('null until both questions have a known option', () => {
    expect(completeAnswers({})).toBeNull();
    expect(completeAnswers({ awareness: 'aware' })).toBeNull();
    expect(completeAnswers({ awareness: 'aware', satisfaction: 'nope' })).toBeNull();
    expect(completeAnswers({ awareness: 'aware', satisfaction: 'unsure' })).toEqual({ awareness: 'aware', satisfaction: 'unsure' });
  });
});
