// The content check that text residents write passes before it is stored (a port: msgSecCheck in WeChat).
// A refusal names no word: it says which kind of content was found and how to put it otherwise.
import type { Deps } from './deps';
import { AppError } from './errors';

/** The kinds of content refused, after msgSecCheck v2's labels (10001 广告, 20001 时政, 20002 色情, …). */
export type ContentKind = 'ad' | 'politics' | 'porn' | 'abuse' | 'illegal' | 'fraud' | 'other';

/**
 * True when the text may be stored and shown; false (kind unknown) or the kind of content when it may not.
 * `openid` is the writer (WeChat's check wants it).
 */
export type ContentCheck = (text: string, openid: string) => Promise<boolean | ContentKind>;

/** What a resident reads when their text is refused: the kind, and how to say it otherwise. Never the word. */
export const CONTENT_REJECTED_MESSAGES: Record<ContentKind, string> = {
  ad: '内容可能含有广告或推销信息，请删去推销、联系方式和链接后再提交。',
  politics: '内容可能涉及敏感的时政信息，请只写与社区服务有关的事，修改后再提交。',
  porn: '内容可能含有色情或低俗的文字，请修改后再提交。',
  abuse: '内容可能含有辱骂他人的话，请心平气和地把事情说清楚，修改后再提交。',
  illegal: '内容可能含有违法信息（如买卖违禁品），请修改后再提交。反映违法行为或安全隐患时，写清发生了什么、在哪里就好，不要写交易信息。',
  fraud: '内容可能含有欺诈信息（如中奖、返利、转账），请修改后再提交。',
  other: '内容可能含有广告、辱骂、色情或违法信息，请修改后再提交。反映安全隐患时，写清发生了什么、在哪里就好。',
};

export interface BlockedWord {
  word: string;
  kind: ContentKind;
}

/**
 * The local runtime's stand-in list: phrases that are the offence itself (selling, soliciting, insulting), never
 * the name of a problem, so that a report about a safety problem passes: 禁毒宣传, 有人在楼下赌博, 电信诈骗,
 * 消防通道被堵, 防溺水, 黄赌毒 all go through. CONTENT_BLOCKLIST replaces it (each word of kind `other`).
 */
export const DEFAULT_BLOCKLIST: readonly BlockedWord[] = [
  ...['代开发票', '刷单返利', '无抵押贷款'].map((word) => ({ word, kind: 'ad' as const })),
  ...['出售毒品', '出售枪支', '赌球下注'].map((word) => ({ word, kind: 'illegal' as const })),
  ...['约炮', '裸聊'].map((word) => ({ word, kind: 'porn' as const })),
  ...['傻逼', '操你妈'].map((word) => ({ word, kind: 'abuse' as const })),
];

export function localContentCheck(blocklist: readonly BlockedWord[] = DEFAULT_BLOCKLIST): ContentCheck {
  return async (text) => {
    if (text.trim() === '') return false;
    const hit = blocklist.find(({ word }) => word !== '' && text.includes(word));
    return hit ? hit.kind : true;
  };
}

export async function requireAcceptableText(deps: Deps, text: string, openid: string): Promise<void> {
  const verdict = await deps.contentCheck(text, openid);
  if (verdict === true) return;
  throw new AppError('CONTENT_REJECTED', CONTENT_REJECTED_MESSAGES[verdict === false ? 'other' : verdict]);
}
