// The assessment page: items grouped under Ⅰ/Ⅱ, choosing a state re-scores on the server and shows the
// verdict, Ⅱ-10.2/10.3 follow the live rates until overridden, saving sends only what changed.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { TAssessment } from '../../../cloud/contract';
import { judge, scoreAssessment, stateItems, zhoushan2017, type TScoreInput, type TState } from '../../../rubric';
import { setRouterParams } from '../support/taro';
import { rateFixture } from '../support/builders';
import { ASSESSMENT_TEXT } from '../../../src/text/assessment';
import { ApiCallError, callCloud } from '../../../src/api/cloud';
import AssessmentPage from '../../../src/packages/official/assessment/index';

jest.mock('../../../src/api/cloud', () => ({
  ...jest.requireActual('../../../src/api/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

const RATES = {
  awareness: rateFixture({ count: 90, n: 100, ci95: [0.83, 0.95] }),
  satisfaction: rateFixture({ count: 80, n: 100, ci95: [0.71, 0.87] }),
};
const RATE_COUNTS = { awareness: { count: 90, n: 100 }, satisfaction: { count: 80, n: 100 } };

function assessmentOf(states: Record<string, TState>, setBy = 'official-1', setAt = '2025-06-01T02:00:00.000Z'): TAssessment {
  const score = judge(zhoushan2017, scoreAssessment(zhoushan2017, { states, rates: RATE_COUNTS, projects: [] }));
  return {
    communityId: 'dinghai-beiyuan',
    name: '北园社区',
    district: '定海区',
    year: 2025,
    items: Object.entries(states).map(([id, state]) => ({ id, state, note: null, setBy, setAt })),
    rates: RATES,
    projects: [],
    score,
  };
}

let saved: TAssessment;
function serve() {
  call.mockImplementation(async (name, data) => {
    if (name === 'getStandard') return zhoushan2017 as never;
    if (name === 'getAssessment') return saved as never;
    if (name === 'scoreAssessment') return judge(zhoushan2017, scoreAssessment(zhoushan2017, data as TScoreInput)) as never;
    if (name === 'saveAssessment') return saved as never;
    throw new Error(`unexpected call ${name}`);
  });
}

/** The row of one item, found by its id as printed (Ⅱ-1.1). */
const item = (printed: string) => within(document.getElementById(`item-${printed.replace('Ⅱ', 'II')}`) as HTMLElement);
const choose = (printed: string, state: TState) => act(() => void fireEvent.click(item(printed).getByText(state)));

/** Re-scoring waits SCORE_DELAY_MS (300 ms) before it asks: more than the default 1 s would be tight on a slow machine. */
const DEBOUNCED = { timeout: 3000 };

beforeEach(() => {
  call.mockReset();
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  saved = assessmentOf({});
  serve();
});

test('groups every item under its Ⅰ and Ⅱ with its full text', async () => {
  render(<AssessmentPage />);
  await screen.findByText('北园社区 · 2025年测评');
  expect(call).toHaveBeenCalledWith('getAssessment', { communityId: 'dinghai-beiyuan', year: 2025 });
  for (const section of zhoushan2017.sections) {
    screen.getByText(`${section.id.replace('I-', 'Ⅰ-')} ${section.name}`);
  }
  const first = zhoushan2017.indicators[0];
  const card = within(screen.getByText(`Ⅱ-1 ${first.name}`).parentElement as HTMLElement);
  for (const it of first.items) card.getByText(it.text);
  // Every judged item has its A/B/C choice; 二类 items are shown without one.
  expect(document.querySelectorAll('.state-choice')).toHaveLength(stateItems(zhoushan2017).length);
  screen.getByText('未完成评定');
});

test('choosing states asks the scorer and shows the score and verdict', async () => {
  const manual = stateItems(zhoushan2017).filter((i) => !i.source);
  // Saved: every judged item A but the last two, which the official now chooses.
  saved = assessmentOf(Object.fromEntries(manual.slice(0, -2).map((i) => [i.id, 'A' as TState])));
  render(<AssessmentPage />);
  await screen.findByText('北园社区 · 2025年测评');
  screen.getByText(ASSESSMENT_TEXT.missing(2));
  // Already eligible with two items open; what the choices change is completeness and so the verdict.
  screen.getByText(ASSESSMENT_TEXT.eligible);
  screen.getByText('未完成评定');
  for (const it of manual.slice(-2)) choose(it.id.replace('II', 'Ⅱ'), 'A');
  // All A with 90% awareness (A) and 80% satisfaction (B): 一类 = 60 - 3 × 0.34 = 58.98.
  await screen.findByText('58.98 / 60', undefined, DEBOUNCED);
  const scoreCalls = call.mock.calls.filter(([name]) => name === 'scoreAssessment');
  // Debounced: one call for the burst of taps.
  expect(scoreCalls).toHaveLength(1);
  expect(scoreCalls[0][1]).toMatchObject({ rates: RATE_COUNTS, projects: [] });
  expect(Object.keys((scoreCalls[0][1] as TScoreInput).states)).toHaveLength(manual.length);
  // 二类 is 0 without evaluated projects: the total 58.98 is below 80.
  screen.getByText('不合格');
  expect(screen.queryByText('未完成评定')).toBeNull();
});

test('Ⅱ-10.2 follows the live rate until overridden, and the override can be cleared', async () => {
  render(<AssessmentPage />);
  await screen.findByText('北园社区 · 2025年测评');
  const aware = item('Ⅱ-10.2');
  aware.getByText('群众知晓率 90.0%（100 份问卷）');
  aware.getByText(ASSESSMENT_TEXT.fromRate('群众知晓率'));
  choose('Ⅱ-10.2', 'C');
  await waitFor(() => expect(call).toHaveBeenCalledWith('scoreAssessment', expect.objectContaining({ states: { 'II-10.2': 'C' } })), DEBOUNCED);
  item('Ⅱ-10.2').getByText(ASSESSMENT_TEXT.overridden);
  act(() => void fireEvent.click(item('Ⅱ-10.2').getByText(ASSESSMENT_TEXT.clearOverride)));
  await waitFor(() => expect(call).toHaveBeenLastCalledWith('scoreAssessment', expect.objectContaining({ states: {} })), DEBOUNCED);
  await waitFor(() => item('Ⅱ-10.2').getByText(ASSESSMENT_TEXT.fromRate('群众知晓率')), DEBOUNCED);
});

test('saving sends the changed states and notes, then shows what was saved and by whom', async () => {
  saved = assessmentOf({ 'II-1.1': 'B' });
  render(<AssessmentPage />);
  await screen.findByText('北园社区 · 2025年测评');
  item('Ⅱ-1.1').getByText(/official-1 于 2025-06-01/);
  choose('Ⅱ-1.1', 'A');
  choose('Ⅱ-1.2', 'C');
  act(() => void fireEvent.click(item('Ⅱ-1.2').getByText(ASSESSMENT_TEXT.addNote)));
  screen.getByText(ASSESSMENT_TEXT.unsaved);
  // The server answers the saved assessment, stamped with who saved it and when.
  saved = assessmentOf({ 'II-1.1': 'A', 'II-1.2': 'C' }, 'official-2', '2025-06-02T04:00:00.000Z');
  act(() => void fireEvent.click(screen.getByText(ASSESSMENT_TEXT.save)));
  await screen.findByText(ASSESSMENT_TEXT.saved);
  expect(call).toHaveBeenCalledWith('saveAssessment', {
    communityId: 'dinghai-beiyuan',
    year: 2025,
    states: { 'II-1.1': 'A', 'II-1.2': 'C' },
    notes: {},
  });
  for (const [printed, state] of [['Ⅱ-1.1', 'A'], ['Ⅱ-1.2', 'C']] as const) {
    item(printed).getByText(/^official-2 于 2025-06-02 \d\d:\d\d 评定$/);
    expect(item(printed).getByText(state).className).toContain('big-button--selected');
  }
  expect(screen.queryByText(/official-1 于/)).toBeNull();
});

test('a failed save says so and keeps the choices', async () => {
  render(<AssessmentPage />);
  await screen.findByText('北园社区 · 2025年测评');
  call.mockImplementation(async (name, data) => {
    if (name === 'saveAssessment') throw new ApiCallError('NETWORK', '网络不好');
    if (name === 'scoreAssessment') return judge(zhoushan2017, scoreAssessment(zhoushan2017, data as TScoreInput)) as never;
    throw new Error(`unexpected call ${name}`);
  });
  choose('Ⅱ-2.1', 'B');
  act(() => void fireEvent.click(screen.getByText(ASSESSMENT_TEXT.save)));
  await screen.findByText(ASSESSMENT_TEXT.saveFailed('网络不好'));
  expect(item('Ⅱ-2.1').getByText('B').className).toContain('big-button--selected');
});

test('a resident (403) is told the page is for officials', async () => {
  call.mockRejectedValue(new ApiCallError('FORBIDDEN', 'forbidden'));
  render(<AssessmentPage />);
  await screen.findByText(ASSESSMENT_TEXT.forbidden);
});
