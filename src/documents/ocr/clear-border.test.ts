import { describe, expect, it } from 'vitest';
import { clearBorder } from './clear-border.ts';
import type { GreyImage } from './grey-image.ts';

const W = 240;
const H = 320;

function page(): GreyImage {
  const data = new Uint8Array(W * H).fill(255);
  const fill = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * W + x] = 30;
  };
  fill(0, 0, W, 12); // a dark band along the top: the scanner lid
  fill(0, 0, 10, H); // and down the left side
  fill(60, 100, 64, 130); // a letter's stroke inside the page
  fill(W - 6, 200, W, 206); // a speck touching the right edge
  return { data, width: W, height: H };
}

describe('clearBorder', () => {
  it('whitens a large dark area joined to the edge and keeps text and small marks at the edge', () => {
    const image = page();
    expect(clearBorder(image)).toBeGreaterThan(W * 12);
    expect(image.data[5 * W + 100]).toBe(255);
    expect(image.data[200 * W + 5]).toBe(255);
    expect(image.data[110 * W + 62]).toBe(30);
    expect(image.data[203 * W + W - 3]).toBe(30);
  });
});
