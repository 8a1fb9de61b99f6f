// The content check in WeChat: security.msgSecCheck (v2) through the cloud function's openapi.
import type { ContentCheck, ContentKind } from '../core/content-check';

/** The one wx-server-sdk call used (v2 request and result, narrowed). */
export interface WxOpenApi {
  openapi: {
    security: {
      msgSecCheck(param: { content: string; version: 2; scene: number; openid: string }): Promise<{
        errCode?: number;
        result?: { suggest: 'pass' | 'review' | 'risky'; label: number };
      }>;
    };
  };
}

/** Scene 2 is 评论 (comments): residents' feedback and needs are comments on community work. */
const SCENE_COMMENT = 2;

/** msgSecCheck v2's result labels (命中标签枚举值) as the kinds a refusal names; any other label is `other`. */
export const LABEL_KINDS: Record<number, ContentKind> = {
  10001: 'ad', // 广告
  20001: 'politics', // 时政
  20002: 'porn', // 色情
  20003: 'abuse', // 辱骂
  20006: 'illegal', // 违法犯罪
  20008: 'fraud', // 欺诈
  20012: 'porn', // 低俗
};

/** Passes only on suggest 'pass'; 'review' and 'risky' are refused with their label's kind. A failed call throws (answered as 500), never passes. */
export function wxContentCheck(cloud: WxOpenApi): ContentCheck {
  return async (content, openid) => {
    if (content.trim() === '') return false;
    const res = await cloud.openapi.security.msgSecCheck({ content, version: 2, scene: SCENE_COMMENT, openid });
    if (res.result?.suggest === 'pass') return true;
    return LABEL_KINDS[res.result?.label ?? 0] ?? 'other';
  };
}
