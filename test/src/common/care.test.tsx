// 长辈模式: switched on by WeChat's large font setting, chosen on the first page, remembered on the device,
// and carried by every page's root as the `care` class.
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { setRouterParams } from '../support/taro';
import { COMMUNITIES, whoami } from '../support/builders';
import { serve } from '../support/fake-cloud';
import { CARE_STORAGE_KEY, careMode, resetCareForTests, wantsCare } from '../../../src/common/care';
import { Screen } from '../../../src/common/components/Screen';
import { CARE_TEXT } from '../../../src/text/care';
import IndexPage from '../../../src/pages/index/index';

jest.mock('../../../src/common/api/cloud', () => require('../support/fake-cloud').fakeCloudModule());

const taro = Taro as unknown as { getAppBaseInfo?: () => unknown };
const original = taro.getAppBaseInfo;

beforeEach(() => {
  Taro.removeStorageSync(CARE_STORAGE_KEY);
  taro.getAppBaseInfo = original;
  resetCareForTests();
  setRouterParams({});
});

describe("WeChat's font setting", () => {
  test('iOS at 375 px: standard (17), +1 (18) and +2 (19.5) stay off; +3 (21) and 关怀模式 (23.8) turn care mode on', () => {
    const at = (px: number) => wantsCare({ fontSizeSetting: px, fontSizeScaleFactor: px / 17 });
    expect([16, 17, 18, 19.5, 21, 22, 23.8].map(at)).toEqual([false, false, false, false, true, true, true]);
  });

  test('Android (standard 16 px): 1.25 × (20 px) is on, 1.1 × is off; without the factor, 20 px and up is on', () => {
    expect(wantsCare({ fontSizeScaleFactor: 1.25, fontSizeSetting: 20 })).toBe(true);
    expect(wantsCare({ fontSizeScaleFactor: 1.1, fontSizeSetting: 17.6 })).toBe(false);
    expect(wantsCare({ fontSizeSetting: 20 })).toBe(true);
    expect(wantsCare({ fontSizeSetting: 18 })).toBe(false);
  });

  test('where the app cannot tell (H5, old WeChat: no fields, or no getAppBaseInfo at all) it stays off', () => {
    expect(wantsCare({})).toBe(false);
    expect(wantsCare(null)).toBe(false);
    taro.getAppBaseInfo = undefined;
    expect(careMode()).toBe(false);
    taro.getAppBaseInfo = () => {
      throw new Error('not supported');
    };
    expect(careMode()).toBe(false);
  });

  test('a large WeChat font turns care mode on by itself; the resident’s own choice on the device wins over it', () => {
    taro.getAppBaseInfo = () => ({ fontSizeSetting: 23.8, fontSizeScaleFactor: 1.4 });
    expect(careMode()).toBe(true);
    Taro.setStorageSync(CARE_STORAGE_KEY, 'off');
    expect(careMode()).toBe(false);
    taro.getAppBaseInfo = () => ({ fontSizeSetting: 17, fontSizeScaleFactor: 1 });
    Taro.setStorageSync(CARE_STORAGE_KEY, 'on');
    expect(careMode()).toBe(true);
  });
});

function serveHome() {
  serve({ listCommunities: () => ({ communities: COMMUNITIES }), whoami: () => whoami(['resident']) });
}
const root = () => document.querySelector('.screen') as HTMLElement;

test('the switch on the first page turns care mode on for every page, and the device remembers it', async () => {
  serveHome();
  const first = render(<IndexPage />);
  await screen.findByText(COMMUNITIES[0].name);
  const toggle = document.getElementById('care-switch')!;
  expect(toggle.getAttribute('aria-checked')).toBe('false');
  screen.getByText(CARE_TEXT.careOff);
  expect(root().classList.contains('care')).toBe(false);

  // Another page already open (in the page stack) follows at once.
  const other = render(<Screen className='other-page'>x</Screen>);
  act(() => void fireEvent.click(toggle));
  expect(root().classList.contains('care')).toBe(true);
  expect(document.querySelector('.other-page')!.classList.contains('care')).toBe(true);
  expect(toggle.getAttribute('aria-checked')).toBe('true');
  screen.getByText(CARE_TEXT.careOn);
  expect(Taro.getStorageSync(CARE_STORAGE_KEY)).toBe('on');
  first.unmount();
  other.unmount();

  // The next time the app starts, it reads the device's choice.
  resetCareForTests();
  serveHome();
  render(<IndexPage />);
  await screen.findByText(COMMUNITIES[0].name);
  expect(root().classList.contains('care')).toBe(true);
  act(() => void fireEvent.click(document.getElementById('care-switch')!));
  expect(root().classList.contains('care')).toBe(false);
  expect(Taro.getStorageSync(CARE_STORAGE_KEY)).toBe('off');
});
