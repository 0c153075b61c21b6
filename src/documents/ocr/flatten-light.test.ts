import { describe, expect, it } from 'vitest';
import { flattenLight } from './flatten-light.ts';
import type { GreyImage } from './grey-image.ts';

const W = 1200;
const H = 1600;

// A sheet on a desk (grey 80 around it), lit from the left: paper 240 on the left, 130 on the
// right, with ink 40 darker than the paper under it.
function photo(): GreyImage {
  const data = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const paper = Math.round(240 - (110 * x) / W);
      const onSheet = x >= 100 && x < W - 100 && y >= 100 && y < H - 100;
      const ink = onSheet && y % 40 < 6 && x % 30 < 20;
      data[y * W + x] = !onSheet ? 80 : ink ? paper - 100 : paper;
    }
  }
  return { data, width: W, height: H };
}

describe('flattenLight', () => {
  it('makes the paper white on both sides, keeps the ink dark, and whitens the desk', async () => {
    const image = photo();
    await flattenLight(image);
    const at = (x: number, y: number) => image.data[y * W + x];
    expect(at(200, 810)).toBeGreaterThan(235); // paper, bright side
    expect(at(1000, 810)).toBeGreaterThan(235); // paper, dark side (130 before)
    expect(at(210, 802)).toBeLessThan(150); // ink, bright side
    expect(at(1020, 802)).toBeLessThan(100); // ink, dark side
    expect(at(30, 30)).toBeGreaterThan(235); // the desk
  });
});
