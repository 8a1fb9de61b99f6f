// The assessment's override reasons, small samples, stages, lock, reopening, snapshots and audit log on the page.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { zhoushan2017 } from '../../../../rubric';
import type { TAssessment } from '../../../../cloud/contract';
import type { TAuditEntry } from '../../../../cloud/contract/audit';
import { setRouterParams } from '../../support/taro';
import { resetViewport, setViewport } from '../../support/viewport';
import { assessmentOf, scoreOf, typeInto, whoami } from '../../support/builders';
import { answerAlso, callsOf, serve } from '../../support/fake-cloud';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { STAGES_TEXT } from '../../../../src/text/stages';
import AssessmentPage from '../../../../src/packages/staff/assessment/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const AT = '2025-11-20T02:00:00.000Z';
const OFFICIAL = { role: 'official' as const, name: '张敏' };
/** 60 answers, 90% aware and 80% satisfied: enough for the rates to decide Ⅱ-10.2/10.3. */
const FULL = assessmentOf({ rates: { awareness: [54, 60], satisfaction: [48, 60] } });
const LOCKED: TAssessment = { ...FULL, lock: { stage: 'final', at: AT, by: OFFICIAL }, reopened: null };

let saved: TAssessment = FULL;
function serveAs(roles: Parameters<typeof whoami>[0]) {
  serve({
    whoami: () => whoami(roles),
    getStandard: () => zhoushan2017,
    getAssessment: () => saved,
    scoreAssessment: scoreOf,
    saveAssessment: () => saved,
  });
}
// On a desk every 一级指标 section is open (a phone folds them: assessment-console.test.tsx).
beforeEach(() => setViewport(1440));
afterEach(resetViewport);

beforeEach(() => {
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  saved = FULL;
  serveAs(['resident', 'official']);
});

const item = (id: string) => within(document.getElementById(`item-${id}`) as HTMLElement);
const click = (el: Element) => act(() => void fireEvent.click(el));

async function open() {
  render(<AssessmentPage />);
  await screen.findByText('北园社区 · 2025年测评');
}

test('overriding Ⅱ-10.2 asks for a reason, refuses to save without one, and sends it', async () => {
  await open();
  expect(document.getElementById('reason-II-10.2')).toBeNull();
  click(item('II-10.2').getByText('C'));
  const field = document.querySelector('#reason-II-10\\.2 taro-textarea-core') as Element;
  expect(field).not.toBeNull();
  click(screen.getByText('保存测评'));
  await screen.findByText(STAGES_TEXT.reasonNeeded('Ⅱ-10.2'));
  expect(callsOf('saveAssessment')).toHaveLength(0);

  act(() => typeInto(field, '问卷期间台风停摆，入户复核后评定'));
  click(screen.getByText('保存测评'));
  await screen.findByText('已保存');
  expect(callsOf('saveAssessment')).toEqual([
    {
      communityId: 'dinghai-beiyuan',
      year: 2025,
      states: { 'II-10.2': 'C' },
      notes: {},
      reasons: { 'II-10.2': '问卷期间台风停摆，入户复核后评定' },
    },
  ]);
});

test('a saved override shows its reason; a small sample and withheld rates say so', async () => {
  const short = assessmentOf({ rates: { awareness: [18, 20], satisfaction: [16, 20] } });
  saved = {
    ...short,
    items: [{ id: 'II-10.3', state: 'B', note: null, reason: '复核后评定', setBy: { role: 'official', name: '王评定' }, setAt: AT }],
  };
  serveAs(['resident', 'worker']);
  await open();
  item('II-10.3').getByText(STAGES_TEXT.reasonSaved('复核后评定'));
  item('II-10.2').getByText(STAGES_TEXT.sampleShort(20, 50), { exact: false });
  screen.getByText('已收问卷 20 份');
});

test('the small sample is told in answers received, not in the snapshot of the rates', async () => {
  // 23 answers: the rates shown are the snapshot at 20 (multiples of 5); the shortfall is 23 of 50.
  saved = { ...assessmentOf({ rates: { awareness: [18, 20], satisfaction: [16, 20] } }), responses: 23 };
  await open();
  item('II-10.2').getByText(STAGES_TEXT.sampleShort(23, 50), { exact: false });
  expect(item('II-10.2').queryByText(STAGES_TEXT.sampleShort(20, 50), { exact: false })).toBeNull();
});

test('withheld rates show the count and when they will be published', async () => {
  saved = { ...assessmentOf(), responses: 7, suppressed: true };
  await open();
  screen.getByText('已收 7 份，满10份后公布比率', { selector: '#responses, #responses *' });
  item('II-10.2').getByText('已收 7 份，满10份后公布比率');
});

test('a locked year shows who accepted it and when, and cannot be edited', async () => {
  saved = LOCKED;
  await open();
  screen.getByText(/^已终期验收：民政部门 张敏 于 2025-11-20 \d\d:00/);
  expect(document.querySelectorAll('.state-choice')).toHaveLength(0);
  expect(screen.queryByText('保存测评')).toBeNull();
  expect(screen.queryByText(STAGES_TEXT.final)).toBeNull();
  // Officials do not reopen.
  expect(screen.queryByText(STAGES_TEXT.reopen)).toBeNull();
});

test('an admin reopens a locked year with a reason', async () => {
  saved = LOCKED;
  serveAs(['resident', 'admin']);
  const reopened: TAssessment = { ...FULL, lock: null, reopened: { at: AT, by: { role: 'admin', name: null }, reason: '数据复核' } };
  answerAlso({ reopenAssessment: () => reopened });
  await open();
  click(screen.getByText(STAGES_TEXT.reopen));
  await screen.findByText(STAGES_TEXT.reopenNeedsReason);
  expect(callsOf('reopenAssessment')).toHaveLength(0);
  act(() => typeInto(document.querySelector('#reopen-form taro-textarea-core') as Element, '数据复核'));
  click(screen.getByText(STAGES_TEXT.reopen));
  await screen.findByText(STAGES_TEXT.reopenDone);
  expect(callsOf('reopenAssessment')).toEqual([{ communityId: 'dinghai-beiyuan', year: 2025, reason: '数据复核' }]);
  screen.getByText(/管理员 于 .* 重新开放，理由：数据复核/);
  expect(document.querySelectorAll('.state-choice').length).toBeGreaterThan(0);
});

test('终期验收 asks to confirm, then sends the stage; a 409 says why', async () => {
  answerAlso({ finalizeAssessment: () => Promise.reject(new ApiCallError('INCOMPLETE', '还有 3 项未评定，不能终期验收')) });
  await open();
  click(screen.getByText(STAGES_TEXT.final));
  expect(callsOf('finalizeAssessment')).toHaveLength(0);
  click(screen.getByText(STAGES_TEXT.finalConfirm));
  await screen.findByText(STAGES_TEXT.stageFailed('还有 3 项未评定，不能终期验收'));
  expect(callsOf('finalizeAssessment')).toEqual([{ communityId: 'dinghai-beiyuan', year: 2025, stage: 'final' }]);

  const snapshot = {
    id: 's1',
    stage: 'final' as const,
    at: AT,
    by: OFFICIAL,
    inForce: true,
    items: [],
    rates: FULL.rates,
    projects: [],
    score: FULL.score,
  };
  answerAlso({ finalizeAssessment: () => ({ snapshot, assessment: LOCKED }) });
  click(screen.getByText(STAGES_TEXT.final));
  click(screen.getByText(STAGES_TEXT.finalConfirm));
  await screen.findByText(STAGES_TEXT.finalDone);
  screen.getByText(/^已终期验收：民政部门 张敏/);
  expect(document.querySelectorAll('.state-choice')).toHaveLength(0);
});

test('阶段评估 is refused while edits are unsaved, and recorded once saved', async () => {
  const snapshot = {
    id: 's1',
    stage: 'interim' as const,
    at: AT,
    by: OFFICIAL,
    inForce: false,
    items: [],
    rates: FULL.rates,
    projects: [],
    score: FULL.score,
  };
  answerAlso({ finalizeAssessment: () => ({ snapshot, assessment: FULL }) });
  await open();
  click(item('II-1.1').getByText('A'));
  click(screen.getByText(STAGES_TEXT.interim));
  await screen.findByText(STAGES_TEXT.unsavedFirst);
  expect(callsOf('finalizeAssessment')).toHaveLength(0);
  click(item('II-1.1').getByText('A'));
  click(screen.getByText(STAGES_TEXT.interim));
  await screen.findByText(STAGES_TEXT.interimDone);
  expect(callsOf('finalizeAssessment')).toEqual([{ communityId: 'dinghai-beiyuan', year: 2025, stage: 'interim' }]);
});

test('snapshots and the audit log are read on demand, with who, what, from → to, why and whether verified', async () => {
  const snapshot = {
    id: 's1',
    stage: 'interim' as const,
    at: AT,
    by: OFFICIAL,
    inForce: false,
    items: [],
    rates: FULL.rates,
    projects: [],
    score: FULL.score,
  };
  const entry = (seq: number, rest: Pick<TAuditEntry, 'action'> & Partial<TAuditEntry>): TAuditEntry => ({
    chain: 'community' as const,
    seq,
    at: AT,
    by: OFFICIAL,
    projectId: null,
    target: null,
    from: null,
    to: null,
    reason: null,
    hash: `h${seq}`,
    ...rest,
  });
  answerAlso({
    getAssessmentSnapshots: () => ({ communityId: 'dinghai-beiyuan', year: 2025, snapshots: [snapshot] }),
    getAuditLog: () => ({
      communityId: 'dinghai-beiyuan',
      year: 2025,
      verified: false,
      brokenAt: { chain: 'community', seq: 2, problem: '哈希不符' },
      entries: [
        entry(1, { action: 'item', target: 'II-10.2', from: null, to: { state: 'C', note: null, reason: '复核' }, reason: '复核' }),
        entry(2, { action: 'finalize' }),
      ],
    }),
  });
  await open();
  expect(callsOf('getAuditLog')).toHaveLength(0);
  click(screen.getByText(STAGES_TEXT.showSnapshots));
  await screen.findByText(/^阶段评估 · 2025-11-20 .* · 民政部门 张敏$/);
  click(screen.getByText(STAGES_TEXT.showAudit));
  await screen.findByText(STAGES_TEXT.broken(2, '哈希不符'));
  screen.getByText(/民政部门 张敏 · 修改测评项 Ⅱ-10.2$/);
  screen.getByText('无 → C');
  screen.getByText('理由：复核');
  screen.getByText(/民政部门 张敏 · 终期验收$/);
});

test('a worker reads the assessment without stages or the audit log', async () => {
  serveAs(['resident', 'worker']);
  await open();
  expect(screen.queryByText(STAGES_TEXT.final)).toBeNull();
  expect(screen.queryByText(STAGES_TEXT.showAudit)).toBeNull();
  screen.getByText(STAGES_TEXT.showSnapshots);
});
