// 长辈模式 (care mode): larger type and tap targets on every page. Chosen on the first page and remembered on the
// device; until someone chooses, it follows WeChat's font setting (on when the resident reads WeChat in large type).
import Taro from '@tarojs/taro';

export const CARE_STORAGE_KEY = 'care-mode';

/**
 * WeChat's font size: `fontSizeScaleFactor` is the user's size over the standard one (17 px on iOS, 16 px on
 * Android); `fontSizeSetting` the size in px. iOS offers 16, 17 (standard), 18, 19.5, 21, 22, 23.8 (关怀模式) at
 * 375 px, so 1.15 turns care mode on from the third step up (21 px), and at 关怀模式 on every screen size.
 * (developers.weixin.qq.com/miniprogram/design/elderly.html)
 */
export const CARE_SCALE_FROM = 1.15;
export const CARE_FONT_FROM = 20;

export interface FontSetting {
  fontSizeScaleFactor?: number;
  fontSizeSetting?: number;
}

/** Whether WeChat's font setting is large enough to mean care mode; false where the app cannot tell (H5, old WeChat). */
export function wantsCare(info: FontSetting | null | undefined): boolean {
  if (!info) return false;
  const { fontSizeScaleFactor: scale, fontSizeSetting: size } = info;
  if (typeof scale === 'number' && Number.isFinite(scale)) return scale >= CARE_SCALE_FROM;
  return typeof size === 'number' && Number.isFinite(size) && size >= CARE_FONT_FROM;
}

function systemFontSetting(): FontSetting | null {
  try {
    // Taro's H5 getAppBaseInfo has no font fields; WeChat's base library 2.20.1 and later has them.
    const read = (Taro as { getAppBaseInfo?: () => FontSetting }).getAppBaseInfo;
    return typeof read === 'function' ? read() : null;
  } catch {
    return null;
  }
}

/** The resident's own choice on this device, or null if they never chose. */
export function storedCare(): boolean | null {
  try {
    const stored: unknown = Taro.getStorageSync(CARE_STORAGE_KEY);
    return stored === 'on' ? true : stored === 'off' ? false : null;
  } catch {
    return null;
  }
}

/** Care mode now: the resident's choice, else WeChat's font setting. */
export function careMode(): boolean {
  return storedCare() ?? wantsCare(systemFontSetting());
}

const listeners = new Set<() => void>();
let current: boolean | null = null;

/** The mode pages render with (read once, then kept in step with setCareMode). */
export function currentCare(): boolean {
  if (current === null) current = careMode();
  return current;
}

/** Chooses care mode on this device and tells every mounted page. */
export function setCareMode(on: boolean): void {
  try {
    Taro.setStorageSync(CARE_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // A full or blocked storage still switches the pages now; only remembering fails.
  }
  current = on;
  listeners.forEach((listener) => listener());
}

export function subscribeCare(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** For tests: forget the mode read, so the next read asks storage and WeChat again. */
export function resetCareForTests(): void {
  current = null;
}
