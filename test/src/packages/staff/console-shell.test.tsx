// The staff console in jsdom: the navigation column on a desk (entries by role, the current page lit, a click opens
// the page), none on a phone; the assessment on a phone in folded 一级指标 sections with their subtotals; 只读 for
// whoever may only read it, with no control to change anything; assessors by name, never by openid.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Text } from '@tarojs/components';
import { zhoushan2017 } from '../../../../rubric';
import { shanghaiYear } from '../../../../cloud/contract/rules';
import Taro, { setRouterParams } from '../../support/taro';
import { resetViewport, setViewport } from '../../support/viewport';
import { assessmentOf, scoreOf, whoami } from '../../support/builders';
import { serve } from '../../support/fake-cloud';
import { ConsoleShell } from '../../../../src/common/components/console/ConsoleShell';
import { ASSESSMENT_TEXT } from '../../../../src/text/assessment';
import AssessmentPage from '../../../../src/packages/staff/assessment/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());
jest.setTimeout(20_000);

afterEach(resetViewport);

const navTexts = () => Array.from(document.querySelectorAll('.console__link')).map((e) => e.textContent);

describe('the navigation column', () => {
  const page = (
    <ConsoleShell active='overview'>
      <Text>页面内容</Text>
    </ConsoleShell>
  );

  test('on a desk an official sees the pages their role may use, the current one lit, and a click opens one', async () => {
    setViewport(1440);
    serve({ whoami: () => whoami(['resident', 'official']) });
    render(page);
    await screen.findByText('测评总览');
    expect(navTexts()).toEqual([
      '知晓率与满意度',
      '数据看板',
      '测评总览',
      '家门口项目',
      '数据质量',
      '测评标准',
      '工作人员管理',
      '社区名册',
      '我的',
      '返回首页',
    ]);
    expect(document.querySelector('.console__link--active')!.textContent).toBe('测评总览');
    screen.getByText('页面内容');
    act(() => void fireEvent.click(screen.getByText('知晓率与满意度')));
    await act(async () => undefined);
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({ url: '/packages/staff/indicators/index' });
    act(() => void fireEvent.click(screen.getByText('测评总览')));
    await act(async () => undefined);
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({ url: `/packages/staff/overview/index?year=${shanghaiYear()}` });
  });

  test('an evaluator is offered the evaluation, not the officials’ pages', async () => {
    setViewport(1440);
    serve({ whoami: () => whoami(['resident', 'evaluator']) });
    render(page);
    await screen.findByText('项目第三方评估');
    expect(navTexts()).toEqual(['项目第三方评估', '测评标准', '我的', '返回首页']);
  });

  test('on a phone there is no navigation column, only the page', async () => {
    setViewport(375);
    serve({ whoami: () => whoami(['resident', 'official']) });
    render(page);
    screen.getByText('页面内容');
    await act(async () => undefined);
    expect(navTexts()).toEqual([]);
  });
});

describe('the assessment page', () => {
  let saved = assessmentOf({});
  beforeEach(() => {
    setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
    saved = assessmentOf({ states: { 'II-1.1': 'B' }, notes: { 'II-1.1': '见台账' } });
    serve({
      whoami: () => whoami(['resident', 'official']),
      getStandard: () => zhoushan2017,
      getAssessment: () => saved,
      scoreAssessment: scoreOf,
    });
  });

  async function open() {
    render(<AssessmentPage />);
    await screen.findByText('北园社区 · 2025年测评');
  }

  test('on a phone the 一级指标 start folded with their subtotals, and open one at a time or all at once', async () => {
    setViewport(375);
    await open();
    // Nothing to choose until a section is opened: the page is five headers long, not 45 items.
    expect(document.querySelectorAll('.item-row')).toHaveLength(0);
    const first = within(document.getElementById('section-I-1') as HTMLElement);
    // Ⅰ-1 holds Ⅱ-1 (3 items, 3 points), Ⅱ-2 (3, 3), Ⅱ-3 (4, 4) and Ⅱ-4 (4, 8): 14 items, 18 points. Ⅱ-1.1 at B
    // earns 0.66 of its 1 point; the other 13 items have no state yet.
    first.getByText(`${ASSESSMENT_TEXT.sectionSubtotal('0.66', '18')} · ${ASSESSMENT_TEXT.missing(13)}`);
    act(() => void fireEvent.click(first.getByText(/Ⅰ-1 /)));
    const ids = first.getAllByText(/^Ⅱ-\d+\.\d+$/).map((e) => e.textContent);
    expect(ids).toEqual(
      ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4'].map((k) => `Ⅱ-${k}`),
    );
    expect(document.querySelectorAll('.state-choice')).toHaveLength(14);
    act(() => void fireEvent.click(screen.getByText(ASSESSMENT_TEXT.expandAll)));
    expect(document.querySelectorAll('.state-choice')).toHaveLength(39);
    act(() => void fireEvent.click(screen.getByText(ASSESSMENT_TEXT.collapseAll)));
    expect(document.querySelectorAll('.item-row')).toHaveLength(0);
  });

  test('a community’s worker sees it 只读: the note says so and there is nothing to choose, type or save', async () => {
    setViewport(1440);
    serve({
      whoami: () => whoami(['resident', 'worker'], 'dinghai-beiyuan'),
      getStandard: () => zhoushan2017,
      getAssessment: () => saved,
    });
    await open();
    const note = within(document.getElementById('read-only') as HTMLElement);
    note.getByText('只读');
    note.getByText(ASSESSMENT_TEXT.readOnly);
    expect(document.querySelectorAll('.state-choice, textarea, input')).toHaveLength(0);
    for (const control of [ASSESSMENT_TEXT.save, ASSESSMENT_TEXT.addNote, ASSESSMENT_TEXT.clearOverride]) {
      expect(screen.queryByText(control)).toBeNull();
    }
    within(document.getElementById('item-II-1.1') as HTMLElement).getByText(ASSESSMENT_TEXT.stateShown('B'));
  });

  test('a locked year is 只读 for its scorers too, and says why', async () => {
    setViewport(1440);
    saved = { ...saved, lock: { stage: 'final', at: '2025-12-20T02:00:00.000Z', by: { role: 'official', name: '张科长' } } };
    await open();
    within(document.getElementById('read-only') as HTMLElement).getByText(ASSESSMENT_TEXT.lockedReadOnly);
    expect(document.querySelectorAll('.state-choice, textarea')).toHaveLength(0);
    expect(screen.queryByText(ASSESSMENT_TEXT.save)).toBeNull();
  });

  test('an official may change it: no 只读 note; who set an item shows by role and name, not by openid', async () => {
    setViewport(1440);
    saved = {
      ...saved,
      items: saved.items.map((i) => ({ ...i, setBy: { role: 'official' as const, name: '张科长' } })),
    };
    await open();
    expect(document.getElementById('read-only')).toBeNull();
    const row = within(document.getElementById('item-II-1.1') as HTMLElement);
    row.getByText(/^民政部门 张科长 于 2025-06-01/);
  });
});
