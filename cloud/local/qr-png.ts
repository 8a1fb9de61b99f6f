// A QR code as a PNG: the modules from `qrcode`, the PNG written here (8-bit grey, deflated by node:zlib),
// because qrcode's own PNG path (pngjs) is slow enough in tests to time them out.
import QRCode from 'qrcode';
import { deflateSync } from 'node:zlib';

/** Pixels per module and quiet-zone modules around the code (the standard asks for 4). */
export const QR_SCALE = 8;
export const QR_MARGIN = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The dark modules of the QR code of `text`, row by row (error correction M). */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, y) => Array.from({ length: modules.size }, (_, x) => modules.get(y, x) === 1));
}

export function qrPng(text: string): Buffer {
  const dark = qrModules(text);
  const side = (dark.length + 2 * QR_MARGIN) * QR_SCALE;
  const raw = Buffer.alloc(side * (side + 1), 0xff); // each row: filter byte 0, then one grey byte per pixel
  for (let y = 0; y < side; y++) {
    raw[y * (side + 1)] = 0;
    const my = Math.floor(y / QR_SCALE) - QR_MARGIN;
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / QR_SCALE) - QR_MARGIN;
      if (dark[my]?.[mx]) raw[y * (side + 1) + 1 + x] = 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, adaptive filtering, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
