// The cloud code port: a 小程序码 from wxacode.getUnlimited (openapi permission wxacode.getUnlimited in the registry row).
import type { Codes } from '../core/deps';

/** The one wx-server-sdk call used (request and result from its openapi, narrowed). */
export interface WxCodeApi {
  openapi: {
    wxacode: {
      getUnlimited(param: {
        scene: string;
        page: string;
        checkPath: boolean;
        envVersion: 'release' | 'trial' | 'develop';
        width: number;
      }): Promise<{ errCode?: number; errMsg?: string; contentType?: string; buffer: Buffer | Uint8Array }>;
    };
  };
}

const ENV_VERSIONS = ['release', 'trial', 'develop'] as const;

/**
 * `envVersion` is which version of the mini-program the code opens (WXACODE_ENV_VERSION, default
 * release). checkPath is off so that codes can be made before a page is published.
 */
export function wxCodes(cloud: WxCodeApi, envVersion: string | undefined): Codes {
  const version = ENV_VERSIONS.find((v) => v === envVersion) ?? 'release';
  return {
    async make({ page, scene }) {
      if (scene.length > 32) throw new Error(`scene longer than 32 characters: ${scene}`);
      const res = await cloud.openapi.wxacode.getUnlimited({
        scene,
        page: page.replace(/^\//, ''),
        checkPath: false,
        envVersion: version,
        width: 430,
      });
      if (res.errCode) throw new Error(`wxacode.getUnlimited failed: ${res.errCode} ${res.errMsg ?? ''}`);
      return { bytes: new Uint8Array(res.buffer), extension: res.contentType === 'image/png' ? 'png' : 'jpg' };
    },
  };
}
