import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findSkew } from './find-skew.ts';
import type { GreyImage } from './grey-image.ts';

/** A 200 dpi page of text lines and a ruled table, turned clockwise by `degrees`. */
async function page(degrees: number): Promise<GreyImage> {
  const lines = Array.from(
    { length: 30 },
    (_, i) => `<text x="120" y="${200 + i * 60}" font-size="34" font-family="DejaVu Sans">Line ${i + 1}: 12 x Hex bolt M8 zinc plated 4.95 59.40</text>`,
  ).join('');
  const rules = Array.from({ length: 6 }, (_, i) => `<rect x="100" y="${2050 + i * 50}" width="1500" height="3"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1700" height="2400"><rect width="100%" height="100%" fill="white"/>${lines}${rules}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).rotate(degrees, { background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('findSkew', () => {
  it.each([0, 0.7, -1.5, 2.5])('finds a page turned %s degrees', async (degrees) => {
    expect(findSkew(await page(degrees))).toBeCloseTo(degrees, 1);
  });

  it('says 0 for a blank page and for a page that is mostly dark', () => {
    expect(findSkew({ data: new Uint8Array(800 * 1000).fill(255), width: 800, height: 1000 })).toBe(0);
    expect(findSkew({ data: new Uint8Array(800 * 1000).fill(40), width: 800, height: 1000 })).toBe(0);
  });
});
