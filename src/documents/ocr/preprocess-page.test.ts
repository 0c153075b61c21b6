import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STEPS, preprocessPage, removeLoneDots } from './preprocess-page.ts';

describe('removeLoneDots', () => {
  it('whitens a black pixel with no black neighbour and keeps strokes one pixel thin', () => {
    // 5 x 4: a lone dot at (0,0) and a one-pixel-thin diagonal stroke from (2,1) to (4,3).
    const image = Uint8Array.from([0, 255, 255, 255, 255, 255, 255, 0, 255, 255, 255, 255, 255, 0, 255, 255, 255, 255, 255, 0]);
    removeLoneDots(image, 5, 4);
    expect(Array.from(image)).toEqual([255, 255, 255, 255, 255, 255, 255, 0, 255, 255, 255, 255, 255, 0, 255, 255, 255, 255, 255, 0]);
  });
});

describe('preprocessPage', () => {
  const page = (bytes: Buffer, dpi: { x: number; y: number } | null) => ({ number: 1, bytes, pageIndex: 0, dpi, unitsPerPixel: 1 });
  const blank = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#ffffff' } });

  it('upscales a photo, whose resolution is only guessed from its width, to 300 dpi, as one grey channel', async () => {
    const photo = await blank(1275, 1650).jpeg().toBuffer(); // 150 dpi if it is a Letter page
    const prepared = await preprocessPage(page(photo, null), DEFAULT_STEPS, 100_000_000);
    expect([prepared.width, prepared.dpi]).toEqual([2550, 300]);
    expect((await sharp(prepared.png).metadata()).channels).toBe(1);
  });

  it('brings a 600 dpi scan down to 300 dpi', async () => {
    const scan = await blank(5100, 6600).png().toBuffer();
    const prepared = await preprocessPage(page(scan, { x: 600, y: 600 }), DEFAULT_STEPS, 100_000_000);
    expect([prepared.width, prepared.dpi]).toEqual([2550, 300]);
    expect(prepared.unitsPerPixel).toBeCloseTo(72 / 300, 6);
  });

  it('keeps a page that states its resolution at that resolution', async () => {
    const scan = await blank(1275, 1650).png().toBuffer();
    const prepared = await preprocessPage(page(scan, { x: 150, y: 150 }), DEFAULT_STEPS, 100_000_000);
    expect([prepared.width, prepared.dpi]).toEqual([1275, 150]);
  });
});
