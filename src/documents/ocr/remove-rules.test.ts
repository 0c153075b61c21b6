import { describe, expect, it } from 'vitest';
import type { GreyImage } from './grey-image.ts';
import { removeRules, toRuleLimits } from './remove-rules.ts';

const W = 600;
const H = 400;

function blank(): GreyImage {
  return { data: new Uint8Array(W * H).fill(255), width: W, height: H };
}

function fill(image: GreyImage, x0: number, y0: number, x1: number, y1: number, value = 0): void {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) image.data[y * W + x] = value;
}

const dark = (image: GreyImage, x: number, y: number) => image.data[y * W + x] < 128;
// At 200 dpi: rules from 200 px across or 100 px down, up to 8 px thick.
const limits = toRuleLimits(200);

describe('removeRules', () => {
  it('whitens a ruled grid and keeps the digits in its cells', () => {
    const page = blank();
    fill(page, 50, 100, 550, 103); // top rule
    fill(page, 50, 200, 550, 202); // bottom rule, thinner
    fill(page, 50, 100, 53, 202); // left rule
    fill(page, 300, 100, 302, 202); // column rule
    fill(page, 290, 140, 296, 170); // a "1" right beside the column rule, not touching it
    removeRules(page, limits);
    expect(dark(page, 200, 101)).toBe(false);
    expect(dark(page, 200, 200)).toBe(false);
    expect(dark(page, 51, 150)).toBe(false);
    expect(dark(page, 301, 150)).toBe(false);
    expect(dark(page, 292, 150)).toBe(true);
  });

  it('follows a rule that steps down a pixel now and then (a crooked fax)', () => {
    const page = blank();
    for (let x = 50; x < 550; x++) fill(page, x, 300 + Math.floor((x - 50) / 120), x + 1, 302 + Math.floor((x - 50) / 120));
    removeRules(page, limits);
    let left = 0;
    for (let i = 0; i < page.data.length; i++) if (page.data[i] < 128) left++;
    expect(left).toBe(0);
  });

  it('keeps a filled bar, short strokes, and letters that meet an underline', () => {
    const page = blank();
    fill(page, 50, 20, 550, 60); // a header bar 40 px thick: white text may sit on it
    fill(page, 100, 120, 180, 124); // a dash shorter than a rule
    fill(page, 100, 130, 104, 200); // a tall stroke shorter than a column rule
    fill(page, 50, 300, 550, 303); // underline
    fill(page, 120, 270, 126, 300); // a descender that ends on the underline
    removeRules(page, limits);
    expect(dark(page, 300, 40)).toBe(true);
    expect(dark(page, 140, 122)).toBe(true);
    expect(dark(page, 102, 160)).toBe(true);
    expect(dark(page, 400, 301)).toBe(false);
    expect(dark(page, 122, 301)).toBe(true);
  });
});
