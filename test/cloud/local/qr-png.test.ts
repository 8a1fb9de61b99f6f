// The local runtime's QR images: a PNG whose pixels are the modules of the QR code qrcode makes of the link.
import { qrModules, qrPng, QR_MARGIN, QR_SCALE } from '../../../cloud/local/qr-png';

// pngjs comes with qrcode; it reads the image back here.
const { PNG } = require('pngjs') as { PNG: { sync: { read(b: Buffer): { width: number; height: number; data: Buffer } } } };

test('every module is a QR_SCALE square, dark where the code is dark, inside a white quiet zone', () => {
  const link = 'http://192.168.1.20:8080/#/pages/survey/index?communityId=dinghai-junan';
  const modules = qrModules(link);
  const image = PNG.sync.read(qrPng(link));
  const side = (modules.length + 2 * QR_MARGIN) * QR_SCALE;
  expect([image.width, image.height]).toEqual([side, side]);
  const dark = (x: number, y: number) => image.data[(y * side + x) * 4] === 0; // RGBA after reading
  for (let y = 0; y < modules.length + 2 * QR_MARGIN; y++) {
    for (let x = 0; x < modules.length + 2 * QR_MARGIN; x++) {
      const expected = modules[y - QR_MARGIN]?.[x - QR_MARGIN] ?? false;
      const [px, py] = [x * QR_SCALE + QR_SCALE / 2, y * QR_SCALE + QR_SCALE / 2];
      if (dark(px, py) !== expected) throw new Error(`module ${x},${y} should be ${expected ? 'dark' : 'light'}`);
    }
  }
  // Finder pattern: the top-left module of the code is dark, the quiet zone before it light.
  expect([dark(QR_MARGIN * QR_SCALE, QR_MARGIN * QR_SCALE), dark(0, 0)]).toEqual([true, false]);
});
