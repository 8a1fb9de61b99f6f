// Unsaved work is not lost. H5: while a page is dirty every navigation through the router's history (in-app links,
// navigateBack, the browser's back button) is held and asks with Taro.showModal; only 离开 lets it through, and the
// browser asks before unloading. WeChat: the back alert is on while dirty, and the app's own links ask first.
import { render } from '@testing-library/react';
import { createMemoryHistory, type MemoryHistory } from 'history';
import { zhoushan2017 } from '../../../rubric';
import Taro, { setRouterParams } from '../support/taro';
import { resetViewport, setViewport } from '../support/viewport';
import { assessmentOf, scoreOf, whoami } from '../support/builders';
import { serve } from '../support/fake-cloud';
import { act, fireEvent, screen } from '@testing-library/react';
import { hasUnsavedWork, leaveTo, useUnsavedGuard } from '../../../src/common/hooks/useUnsavedGuard';
import { CONSOLE_TEXT } from '../../../src/text/console';
import { ASSESSMENT_TEXT } from '../../../src/text/assessment';
import AssessmentPage from '../../../src/packages/staff/assessment/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());
// The H5 router's history: a memory history of the same `history` package (v5), which Taro's hash history is.
jest.mock('@tarojs/router', () => {
  const actual = jest.requireActual('@tarojs/router');
  const state = { history: null as unknown };
  return {
    ...actual,
    get history() {
      return state.history;
    },
    setTestHistory: (h: unknown) => void (state.history = h),
  };
});
const mockHistory = {
  get current(): MemoryHistory {
    return (jest.requireMock('@tarojs/router') as { history: MemoryHistory }).history;
  },
  set current(h: MemoryHistory) {
    (jest.requireMock('@tarojs/router') as { setTestHistory: (h: MemoryHistory) => void }).setTestHistory(h);
  },
};
jest.setTimeout(20_000);

type Loose = Record<string, unknown>;
const taro = Taro as unknown as Loose;
let answers: boolean[] = [];
let asked: Loose[] = [];

beforeEach(() => {
  mockHistory.current = createMemoryHistory({ initialEntries: ['/packages/staff/assessment/index'] });
  answers = [];
  asked = [];
  taro.showModal = jest.fn(async (option: Loose) => {
    asked.push(option);
    const confirm = answers.shift() ?? false;
    return { confirm, cancel: !confirm };
  });
});
afterEach(() => {
  delete process.env.TARO_ENV;
});

function Page({ dirty }: { dirty: boolean }) {
  useUnsavedGuard(dirty);
  return null;
}
const flush = () => act(async () => undefined);
const beforeUnload = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('H5', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'h5';
  });

  test('a dirty page holds a navigation until 离开 is chosen; 留下 keeps the page', async () => {
    const history = mockHistory.current;
    const { rerender, unmount } = render(<Page dirty />);
    expect(hasUnsavedWork()).toBe(true);
    answers = [false];
    act(() => history.push('/packages/staff/overview/index'));
    await flush();
    expect(asked).toEqual([
      { title: CONSOLE_TEXT.leaveTitle, content: CONSOLE_TEXT.leaveContent, confirmText: '离开', cancelText: '继续编辑' },
    ]);
    expect(history.location.pathname).toBe('/packages/staff/assessment/index');
    // Answered 离开, the navigation goes through.
    answers = [true];
    act(() => history.push('/packages/staff/overview/index'));
    await flush();
    expect(asked).toHaveLength(2);
    expect(history.location.pathname).toBe('/packages/staff/overview/index');
    // Once left, nothing holds the next navigation.
    act(() => history.back());
    await flush();
    expect(asked).toHaveLength(2);
    rerender(<Page dirty={false} />);
    unmount();
    expect(hasUnsavedWork()).toBe(false);
  });

  test('the browser asks before unloading only while there is unsaved work', () => {
    const { rerender, unmount } = render(<Page dirty />);
    expect(beforeUnload()).toBe(true);
    rerender(<Page dirty={false} />);
    expect(beforeUnload()).toBe(false);
    const history = mockHistory.current;
    act(() => history.push('/x'));
    expect(history.location.pathname).toBe('/x');
    expect(asked).toHaveLength(0);
    unmount();
  });
});

describe('WeChat', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    taro.enableAlertBeforeUnload = jest.fn();
    taro.disableAlertBeforeUnload = jest.fn();
  });

  test('the back alert is on while dirty, off once saved', () => {
    const { rerender, unmount } = render(<Page dirty />);
    expect(taro.enableAlertBeforeUnload).toHaveBeenCalledWith(expect.objectContaining({ message: CONSOLE_TEXT.leaveAlert }));
    expect(taro.disableAlertBeforeUnload).not.toHaveBeenCalled();
    rerender(<Page dirty={false} />);
    expect(taro.disableAlertBeforeUnload).toHaveBeenCalledTimes(1);
    unmount();
  });

  test('the console’s links ask first while work is unsaved, and go only on 离开', async () => {
    const { rerender, unmount } = render(<Page dirty />);
    answers = [false];
    await leaveTo('/packages/staff/indicators/index');
    expect(Taro.redirectTo).not.toHaveBeenCalledWith({ url: '/packages/staff/indicators/index' });
    answers = [true];
    await leaveTo('/packages/staff/indicators/index');
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({ url: '/packages/staff/indicators/index' });
    rerender(<Page dirty={false} />);
    await leaveTo('/packages/staff/overview/index');
    expect(asked).toHaveLength(2);
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({ url: '/packages/staff/overview/index' });
    unmount();
  });
});

test('the assessment page guards a choice until it is saved', async () => {
  process.env.TARO_ENV = 'h5';
  setViewport(1440);
  setRouterParams({ communityId: 'dinghai-beiyuan', year: '2025' });
  const saved = assessmentOf({});
  serve({
    whoami: () => whoami(['resident', 'official']),
    getStandard: () => zhoushan2017,
    getAssessment: () => saved,
    scoreAssessment: scoreOf,
    saveAssessment: () => assessmentOf({ states: { 'II-1.1': 'A' } }),
  });
  render(<AssessmentPage />);
  await screen.findByText('北园社区 · 2025年测评');
  expect(hasUnsavedWork()).toBe(false);
  act(() => void fireEvent.click(document.getElementById('item-II-1.1')!.querySelector('.state-choice')!.firstElementChild!));
  screen.getByText(ASSESSMENT_TEXT.unsaved);
  expect(hasUnsavedWork()).toBe(true);
  expect(beforeUnload()).toBe(true);
  act(() => void fireEvent.click(screen.getByText(ASSESSMENT_TEXT.save)));
  await screen.findByText(ASSESSMENT_TEXT.saved);
  expect(hasUnsavedWork()).toBe(false);
  expect(beforeUnload()).toBe(false);
  resetViewport();
});
