// The content check that text residents write passes before it is stored (a port: msgSecCheck in WeChat).
import type { Deps } from './deps';
import { AppError } from './errors';

/** True when the text may be stored and shown; `openid` is the writer (WeChat's check wants it). */
export type ContentCheck = (text: string, openid: string) => Promise<boolean>;

/** The local runtime's stand-in: no empty text, none of a short list of words (CONTENT_BLOCKLIST). */
export const DEFAULT_BLOCKLIST = ['赌博', '色情', '毒品', '代开发票'];

export function localContentCheck(blocklist: readonly string[] = DEFAULT_BLOCKLIST): ContentCheck {
  return async (text) => text.trim() !== '' && !blocklist.some((word) => word !== '' && text.includes(word));
}

export async function requireAcceptableText(deps: Deps, text: string, openid: string): Promise<void> {
  if (!(await deps.contentCheck(text, openid))) {
    throw new AppError('CONTENT_REJECTED', '内容含有不适合发布的文字，请修改后再提交');
  }
}
