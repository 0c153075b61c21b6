import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findSkew } from './find-skew.ts';
import type { GreyImage } from './grey-image.ts';
import { shearRotate } from './shear-rotate.ts';

/** A 200 dpi page of text lines and table rules, turned clockwise by `degrees`. */
async function page(degrees: number): Promise<GreyImage> {
  const lines = Array.from(
    { length: 24 },
    (_, i) => `<text x="150" y="${260 + i * 70}" font-size="34" font-family="DejaVu Sans">Line ${i + 1}: 12 x Hex bolt M8 zinc plated 4.95 59.40</text>`,
  ).join('');
  const rules = Array.from({ length: 4 }, (_, i) => `<rect x="120" y="${2000 + i * 60}" width="1460" height="3"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1700" height="2400"><rect width="100%" height="100%" fill="white"/>${lines}${rules}</svg>`;
  const turned = sharp(Buffer.from(svg)).rotate(degrees, { background: '#ffffff' });
  // Cut back to the page's own size about its centre, as the OCR path keeps it.
  const { data, info } = await turned.greyscale().raw().toBuffer({ resolveWithObject: true });
  const [left, top] = [Math.floor((info.width - 1700) / 2), Math.floor((info.height - 2400) / 2)];
  const cut = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
    .extract({ left, top, width: 1700, height: 2400 })
    .extractChannel(0)
    .raw()
    .toBuffer();
  return { data: cut, width: 1700, height: 2400 };
}

/** Mean x and y of the dark pixels. */
function inkCentre(image: GreyImage): { x: number; y: number } {
  let [n, sx, sy] = [0, 0, 0];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.data[y * image.width + x] >= 128) continue;
      [n, sx, sy] = [n + 1, sx + x, sy + y];
    }
  }
  return { x: sx / n, y: sy / n };
}

function inkCount(image: GreyImage): number {
  return image.data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);
}

describe('shearRotate', () => {
  it.each([0.7, -1.5, 3])('turns a page slanted %s degrees level, about its centre, keeping its ink', async (degrees) => {
    const [upright, slanted] = [await page(0), await page(degrees)];
    const level = shearRotate(slanted, findSkew(slanted));
    expect(Math.abs(findSkew(level))).toBeLessThan(0.1);
    expect([level.width, level.height]).toEqual([slanted.width, slanted.height]);
    // The ink is back where it stood on the upright page (turned about the centre, not a corner).
    const [before, after] = [inkCentre(upright), inkCentre(level)];
    // Within 5 pixels (0.6 mm here): sharp's own turn, which made the slanted page on a canvas it
    // grew, places it a couple of pixels off already. Turned about a corner, it would be 17 to 70 off.
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(5);
    expect(inkCount(level) / inkCount(slanted)).toBeGreaterThan(0.9);
    expect(inkCount(level) / inkCount(slanted)).toBeLessThan(1.1);
  });

  it('leaves a page unchanged at 0 degrees and whitens the corners it uncovers', () => {
    const grey = { data: Uint8Array.from({ length: 300 * 200 }, (_, i) => i % 251), width: 300, height: 200 };
    expect(shearRotate(grey, 0).data).toEqual(grey.data);
    const black = { data: new Uint8Array(300 * 200), width: 300, height: 200 };
    const turned = shearRotate(black, 3);
    expect(turned.data[0]).toBe(255); // a corner left uncovered
    expect(turned.data[100 * 300 + 150]).toBe(0); // the middle still black
  });
});
