// The local code port: a PNG QR of the page's H5 link (the local runtime serves the H5 build), in place of a 小程序码.
import QRCode from 'qrcode';
import type { CodeTarget, Codes } from '../core/deps';

/** The same options make the same image, so tests can rebuild what the runtime answered. */
export const QR_OPTIONS = { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 512 } as const;

/** `/#/pages/survey/index?communityId=…`: the H5 build routes by hash. `origin` is PUBLIC_URL, or '' for a bare path. */
export function h5Link(target: CodeTarget, origin = ''): string {
  const query = new URLSearchParams(target.query).toString();
  return `${origin}/#${target.page}${query ? `?${query}` : ''}`;
}

export function localCodes(origin: () => string): Codes {
  return {
    async make(target) {
      return { bytes: new Uint8Array(await QRCode.toBuffer(h5Link(target, origin()), QR_OPTIONS)), extension: 'png' };
    },
  };
}
