// The assessment page: items grouped under Ⅰ/Ⅱ, choosing a state re-scores on the server and shows the
// verdict, Ⅱ-10.2/10.3 follow the live rates until overridden, saving sends only what changed.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { stateItems, zhoushan2017, type TState } from '../../../../rubric';
import type { TStaff } from '../../../../cloud/contract';
import { setRouterParams } from '../../support/taro';
import { resetViewport, setViewport } from '../../support/viewport';
import { assessmentOf, scoreOf, whoami } from '../../support/builders';
import { answerAlso, callsOf, serve } from '../../support/fake-cloud';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { ASSESSMENT_TEXT } from '../../../../src/text/assessment';
import { formatPoints } from '../../../../src/assessment/standard-view';
import AssessmentPage from '../../../../src/packages/staff/assessment/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

/** 90% awareness (A by the rates), 80% satisfaction (B). */
const RATES = { awareness: [90, 100], satisfaction: [80, 100] } as const;
const assessmentWith = (states: Record<string, TState>, setBy?: TStaff, setAt?: string) =>
  assessmentOf({ states, rates: { awareness: [...RATES.awareness], satisfaction: [...RATES.satisfaction] }, setBy, setAt });
const ELIGIBLE = ASSESSMENT_TEXT.eligible(zhoushan2017.classes.first.name, formatPoints(zhoushan2017.eligibility.min));

let saved = assessmentWith({});
// On a desk every 一级指标 section is open (a phone folds them: assessment-console.test.tsx).
beforeEach(() => setViewport(1440));
afterEach(resetViewport);

beforeEach(() => {
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  saved = assessmentWith({});
  serve({
    whoami: () => whoami(['resident', 'official']),
    getStandard: () => zhoushan2017,
    getAssessment: () => saved,
    scoreAssessment: scoreOf,
    saveAssessment: () => saved,
  });
});

/** The row of one item, found by its id as printed (Ⅱ-1.1). */
const item = (printed: string) => within(document.getElementById(`item-${printed.replace('Ⅱ', 'II')}`) as HTMLElement);
const choose = (printed: string, state: TState) => act(() => void fireEvent.click(item(printed).getByText(state)));

// 45 item rows on jsdom, on a machine shared by many test runs.
jest.setTimeout(20_000);

/** Re-scoring waits SCORE_DELAY_MS (300 ms) before it asks: more than the default 1 s would be tight on a slow machine. */
const DEBOUNCED = { timeout: 3000 };

async function open() {
  render(<AssessmentPage />);
  await screen.findByText('北园社区 · 2025年测评');
}

test('groups every item under its Ⅰ and Ⅱ with its full text', async () => {
  await open();
  expect(callsOf('getAssessment')).toEqual([{ communityId: 'dinghai-beiyuan', year: 2025 }]);
  for (const section of zhoushan2017.sections) {
    const name = `${section.id.replace('I-', 'Ⅰ-')} ${section.name}`;
    within(document.getElementById(`section-${section.id}`) as HTMLElement).getByText(name);
    // …and once more in the index of 一级指标 beside the items (shown on a desk).
    within(document.getElementById('section-index') as HTMLElement).getByText(name);
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
  saved = assessmentWith(Object.fromEntries(manual.slice(0, -2).map((i) => [i.id, 'A' as TState])));
  await open();
  screen.getByText(ASSESSMENT_TEXT.missing(2));
  // Already eligible with two items open; what the choices change is completeness and so the verdict.
  screen.getByText(ELIGIBLE);
  screen.getByText('未完成评定');
  for (const it of manual.slice(-2)) choose(it.id.replace('II', 'Ⅱ'), 'A');
  // All A with 90% awareness (A) and 80% satisfaction (B): 一类 = 60 - 3 × 0.34 = 58.98.
  await screen.findByText('58.98 / 60', undefined, DEBOUNCED);
  // Debounced: one call for the burst of taps.
  const scored = callsOf('scoreAssessment');
  expect(scored).toHaveLength(1);
  expect(scored[0]).toMatchObject({ rates: { awareness: { count: 90, n: 100 }, satisfaction: { count: 80, n: 100 } }, projects: [] });
  expect(Object.keys(scored[0].states)).toHaveLength(manual.length);
  // 二类 is 0 without evaluated projects: the total 58.98 is below 80.
  screen.getByText('不合格');
  expect(screen.queryByText('未完成评定')).toBeNull();
});

test('Ⅱ-10.2 follows the live rate until overridden, and the override can be cleared', async () => {
  await open();
  const aware = item('Ⅱ-10.2');
  aware.getByText('群众知晓率 90.0%（100 份问卷）');
  aware.getByText(ASSESSMENT_TEXT.fromRate('群众知晓率'));
  choose('Ⅱ-10.2', 'C');
  await waitFor(() => expect(callsOf('scoreAssessment').at(-1)?.states).toEqual({ 'II-10.2': 'C' }), DEBOUNCED);
  item('Ⅱ-10.2').getByText(ASSESSMENT_TEXT.overridden);
  act(() => void fireEvent.click(item('Ⅱ-10.2').getByText(ASSESSMENT_TEXT.clearOverride)));
  // Back to the saved states: the saved score stands, with no what-if to ask for.
  item('Ⅱ-10.2').getByText(ASSESSMENT_TEXT.fromRate('群众知晓率'));
  expect(item('Ⅱ-10.2').getByText('A').className).toContain('big-button--selected');
});

test('saving sends the changed states and notes, then shows what was saved and by whom', async () => {
  saved = assessmentWith({ 'II-1.1': 'B' });
  await open();
  item('Ⅱ-1.1').getByText(/^民政部门 王评定 于 2025-06-01/);
  choose('Ⅱ-1.1', 'A');
  choose('Ⅱ-1.2', 'C');
  act(() => void fireEvent.click(item('Ⅱ-1.2').getByText(ASSESSMENT_TEXT.addNote)));
  screen.getByText(ASSESSMENT_TEXT.unsaved);
  // The server answers the saved assessment, stamped with who saved it and when.
  saved = assessmentWith({ 'II-1.1': 'A', 'II-1.2': 'C' }, { role: 'admin', name: null }, '2025-06-02T04:00:00.000Z');
  act(() => void fireEvent.click(screen.getByText(ASSESSMENT_TEXT.save)));
  await screen.findByText(ASSESSMENT_TEXT.saved);
  expect(callsOf('saveAssessment')).toEqual([
    { communityId: 'dinghai-beiyuan', year: 2025, states: { 'II-1.1': 'A', 'II-1.2': 'C' }, notes: {} },
  ]);
  for (const [printed, state] of [
    ['Ⅱ-1.1', 'A'],
    ['Ⅱ-1.2', 'C'],
  ] as const) {
    item(printed).getByText(/^管理员 于 2025-06-02 \d\d:\d\d 评定$/);
    expect(item(printed).getByText(state).className).toContain('big-button--selected');
  }
  expect(screen.queryByText(/王评定 于/)).toBeNull();
});

test('a failed save says so and keeps the choices', async () => {
  await open();
  answerAlso({ saveAssessment: () => Promise.reject(new ApiCallError('NETWORK', '网络不好')) });
  choose('Ⅱ-2.1', 'B');
  act(() => void fireEvent.click(screen.getByText(ASSESSMENT_TEXT.save)));
  await screen.findByText(ASSESSMENT_TEXT.saveFailed('网络不好'));
  expect(item('Ⅱ-2.1').getByText('B').className).toContain('big-button--selected');
});

test("a community's worker reads its assessment: states, notes and score, with nothing to choose or save", async () => {
  saved = assessmentOf({ states: { 'II-1.1': 'B' }, notes: { 'II-1.1': '见台账' } });
  answerAlso({ whoami: () => whoami(['resident', 'worker'], 'dinghai-beiyuan') });
  await open();
  screen.getByText(ASSESSMENT_TEXT.readOnly);
  item('Ⅱ-1.1').getByText(ASSESSMENT_TEXT.stateShown('B'));
  item('Ⅱ-1.1').getByText(`${ASSESSMENT_TEXT.note}：见台账`);
  expect(document.querySelectorAll('.state-choice')).toHaveLength(0);
  for (const control of [ASSESSMENT_TEXT.save, ASSESSMENT_TEXT.addNote]) expect(screen.queryByText(control)).toBeNull();
  screen.getByText(ASSESSMENT_TEXT.barScore(formatPoints(saved.score.total), saved.score.verdictText));
});

test('a resident (403) is told the page is for officials', async () => {
  const refuse = () => Promise.reject(new ApiCallError('FORBIDDEN', 'forbidden'));
  serve({ whoami: () => whoami(), getStandard: refuse, getAssessment: refuse });
  render(<AssessmentPage />);
  await screen.findByText(ASSESSMENT_TEXT.forbidden);
});
