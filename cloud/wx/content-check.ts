// The content check in WeChat: security.msgSecCheck (v2) through the cloud function's openapi.
import type { ContentCheck } from '../core/content-check';

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

/** Passes only on suggest 'pass'; 'review' and 'risky' are refused. A failed call throws (answered as 500), never passes. */
export function wxContentCheck(cloud: WxOpenApi): ContentCheck {
  return async (content, openid) => {
    if (content.trim() === '') return false;
    const res = await cloud.openapi.security.msgSecCheck({ content, version: 2, scene: SCENE_COMMENT, openid });
    return res.result?.suggest === 'pass';
  };
}
