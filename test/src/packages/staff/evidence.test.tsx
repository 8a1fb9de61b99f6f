// Evidence beside the items of the assessment page: a worker reports (note and uploaded files), an official accepts or
// asks for more (a comment needed, checked before any call); a locked year offers neither.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { zhoushan2017 } from '../../../../rubric';
import type { TEvidenceItem, TListEvidenceOutput } from '../../../../cloud/contract';
import { EVIDENCE_ITEM_IDS } from '../../../../cloud/contract/rules';
import { setRouterParams } from '../../support/taro';
import { resetViewport, setViewport } from '../../support/viewport';
import { assessmentOf, scoreOf, typeInto, whoami } from '../../support/builders';
import { answerAlso, callsOf, serve } from '../../support/fake-cloud';
import { uploadFile } from '../../../../src/common/api/upload';
import { EVIDENCE_TEXT } from '../../../../src/text/evidence';
import AssessmentPage from '../../../../src/packages/staff/assessment/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());
jest.mock('../../../../src/common/api/upload', () => ({
  ...jest.requireActual('../../../../src/common/api/upload'),
  uploadFile: jest.fn(async (file: { name: string }) => `id-of-${file.name}`),
}));

const ITEM = 'II-3.1';
const AT = '2025-06-01T02:00:00.000Z';
const WORKER = { role: 'worker' as const, name: '王芳' };
const OFFICIAL = { role: 'official' as const, name: '张科长' };

const none = (itemId: string): TEvidenceItem => ({ itemId, status: 'none', note: '', files: [], submitted: null, review: null });
const reported: TEvidenceItem = {
  itemId: ITEM,
  status: 'submitted',
  note: '发展规划及实施照片',
  files: [{ fileId: 'f1.png', url: '/files/f1.png?e=1&n=a&s=x', name: '规划.png', type: 'image/png', size: 10 }],
  submitted: { by: '社区工作者 王芳', who: WORKER, at: AT },
  review: null,
};
function listOf(items: TEvidenceItem[], change: Partial<TListEvidenceOutput> = {}): TListEvidenceOutput {
  const byId = new Map(items.map((i) => [i.itemId, i]));
  return {
    communityId: 'dinghai-beiyuan',
    year: 2025,
    items: EVIDENCE_ITEM_IDS.map((id) => byId.get(id) ?? none(id)),
    locked: false,
    linksExpireAt: AT,
    canSubmit: false,
    canReview: false,
    ...change,
  };
}

function serveWith(roles: NonNullable<Parameters<typeof whoami>[0]>, list: TListEvidenceOutput) {
  serve({
    whoami: () => whoami(roles, roles.includes('worker') ? 'dinghai-beiyuan' : null),
    getStandard: () => zhoushan2017,
    getAssessment: () => assessmentOf(),
    scoreAssessment: scoreOf,
    listEvidence: () => list,
  });
}
const evidence = () => within(document.getElementById(`evidence-${ITEM}`) as HTMLElement);
/** The page with its 45 items takes a while in jsdom: wait for the title, then the item's evidence. */
async function open() {
  render(<AssessmentPage />);
  await screen.findByText('北园社区 · 2025年测评', undefined, { timeout: 10_000 });
  await waitFor(() => expect(document.getElementById(`evidence-${ITEM}`)).not.toBeNull(), { timeout: 10_000 });
}
jest.setTimeout(30_000);
const click = (el: Element) => act(() => void fireEvent.click(el));

// The H5 chooser (an <input type=file>): the browser build's; WeChat's buttons call chooseMedia / chooseMessageFile.
const env = process.env.TARO_ENV;
// On a desk the assessment's sections are open (on a phone they start folded).
beforeEach(() => setViewport(1440));
afterEach(resetViewport);

beforeEach(() => {
  process.env.TARO_ENV = 'h5';
  (uploadFile as jest.Mock).mockClear();
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
});
afterEach(() => void (process.env.TARO_ENV = env));

test('a worker reports a note and two files; the item shows 已报送 and what was sent', async () => {
  serveWith(['resident', 'worker'], listOf([], { canSubmit: true }));
  await open();
  evidence().getByText(EVIDENCE_TEXT.status('none'));
  click(evidence().getByText(EVIDENCE_TEXT.report));
  // Nothing to send: refused before any call.
  click(evidence().getByText(EVIDENCE_TEXT.send));
  evidence().getByText(EVIDENCE_TEXT.needSomething);
  expect(callsOf('submitEvidence')).toHaveLength(0);

  act(() => typeInto(document.getElementById(`evidence-note-${ITEM}`)!, '社区发展规划'));
  const input = document.getElementById(`evidence-files-${ITEM}`) as HTMLInputElement;
  const files = [new File(['png'], '规划.png', { type: 'image/png' }), new File(['%PDF'], '会议.pdf', { type: 'application/pdf' })];
  await act(async () => void fireEvent.change(input, { target: { files } }));
  await waitFor(() => evidence().getByText('会议.pdf'));
  expect((uploadFile as jest.Mock).mock.calls.map(([f]) => [f.name, f.type])).toEqual([
    ['规划.png', 'image/png'],
    ['会议.pdf', 'application/pdf'],
  ]);

  answerAlso({ submitEvidence: (d) => ({ ...reported, note: d.note, files: [] }) });
  click(evidence().getByText(EVIDENCE_TEXT.send));
  await waitFor(() => evidence().getByText(EVIDENCE_TEXT.status('submitted')));
  expect(callsOf('submitEvidence')).toEqual([
    { communityId: 'dinghai-beiyuan', year: 2025, itemId: ITEM, note: '社区发展规划', files: ['id-of-规划.png', 'id-of-会议.pdf'] },
  ]);
  evidence().getByText(EVIDENCE_TEXT.sent);
});

test('a file of a type not taken, or above 10 MB, is refused in words and never uploaded', async () => {
  serveWith(['resident', 'worker'], listOf([], { canSubmit: true }));
  await open();
  click(evidence().getByText(EVIDENCE_TEXT.report));
  const input = document.getElementById(`evidence-files-${ITEM}`) as HTMLInputElement;
  const big = new File(['x'], '大照片.jpg', { type: 'image/jpeg' });
  Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
  await act(async () => void fireEvent.change(input, { target: { files: [new File(['<svg/>'], '图.svg', { type: 'image/svg+xml' })] } }));
  await waitFor(() => evidence().getByText(/“图.svg”不是可上传的类型/));
  await act(async () => void fireEvent.change(input, { target: { files: [big] } }));
  await waitFor(() => evidence().getByText('“大照片.jpg”超过 10 MB，请压缩后再上传'));
  expect(uploadFile).not.toHaveBeenCalled();
});

test('an official accepts, or asks for more with a comment (none: refused before any call)', async () => {
  serveWith(['resident', 'official'], listOf([reported], { canReview: true }));
  await open();
  evidence().getByText(EVIDENCE_TEXT.status('submitted'));
  evidence().getByText('发展规划及实施照片');
  expect(evidence().queryByText(EVIDENCE_TEXT.edit)).toBeNull(); // officials do not report
  expect(document.querySelectorAll(`[id="evidence-${ITEM}"] img, [id="evidence-${ITEM}"] taro-image-core`).length).toBeGreaterThan(0);

  click(evidence().getByText(EVIDENCE_TEXT.askMore));
  click(evidence().getByText(EVIDENCE_TEXT.sendAskMore));
  evidence().getByText(EVIDENCE_TEXT.needComment);
  expect(callsOf('reviewEvidence')).toHaveLength(0);

  const review = { by: '民政部门 张科长', who: OFFICIAL, at: AT };
  answerAlso({ reviewEvidence: (d) => ({ ...reported, status: d.status, review: { ...review, status: d.status, comment: d.comment } }) });
  act(() => typeInto(document.getElementById(`evidence-comment-${ITEM}`)!, '请补充会议记录'));
  click(evidence().getByText(EVIDENCE_TEXT.sendAskMore));
  await waitFor(() => evidence().getByText(EVIDENCE_TEXT.status('needs_more')));
  evidence().getByText(EVIDENCE_TEXT.reviewComment('请补充会议记录'));
  click(evidence().getByText(EVIDENCE_TEXT.accept));
  await waitFor(() => evidence().getByText(EVIDENCE_TEXT.status('accepted')));
  expect(callsOf('reviewEvidence').map((d) => [d.status, d.comment])).toEqual([
    ['needs_more', '请补充会议记录'],
    ['accepted', ''],
  ]);
});

test('a locked year shows the evidence and offers neither report nor review', async () => {
  serveWith(['resident', 'official'], listOf([reported], { canReview: true, locked: true }));
  await open();
  evidence().getByText(EVIDENCE_TEXT.status('submitted'));
  expect(evidence().queryByText(EVIDENCE_TEXT.accept)).toBeNull();
  expect(evidence().queryByText(EVIDENCE_TEXT.askMore)).toBeNull();
  expect(screen.queryAllByText(EVIDENCE_TEXT.report)).toHaveLength(0);
});
