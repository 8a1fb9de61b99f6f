// The local code port: a PNG QR of the page's H5 link (the local runtime serves the H5 build), in place of a 小程序码.
import type { CodeTarget, Codes } from '../core/deps';
import { qrPng } from './qr-png';

/** `/#/pages/survey/index?communityId=…`: the H5 build routes by hash. `origin` is PUBLIC_URL, or '' for a bare path. */
export function h5Link(target: CodeTarget, origin = ''): string {
  const query = new URLSearchParams(target.query).toString();
  return `${origin}/#${target.page}${query ? `?${query}` : ''}`;
}

export function localCodes(origin: () => string): Codes {
  return {
    async make(target) {
      return { bytes: new Uint8Array(qrPng(h5Link(target, origin()))), extension: 'png' };
    },
  };
}
