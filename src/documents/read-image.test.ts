import { describe, expect, it } from 'vitest';
import { countTiffPages, readImage } from './read-image.ts';

/** A little-endian TIFF skeleton with `pages` chained IFDs of one entry each. */
function tiff(pages: number): Uint8Array {
  const buf = Buffer.alloc(8 + pages * 18);
  buf.write('II*\0', 0, 'latin1');
  buf.writeUInt32LE(8, 4);
  for (let i = 0; i < pages; i++) {
    const at = 8 + i * 18;
    buf.writeUInt16LE(1, at);
    buf.writeUInt32LE(i + 1 < pages ? at + 18 : 0, at + 14);
  }
  return new Uint8Array(buf);
}

describe('readImage', () => {
  it('lists an image as skipped, with the TIFF page count', () => {
    expect(readImage('fax.tif', tiff(3), 'image/tiff', 'image format not read by OCR')).toEqual({
      name: 'fax.tif',
      mediaType: 'image/tiff',
      method: 'skipped',
      pageCount: 3,
      pages: [],
      text: '',
      skippedReason: 'image format not read by OCR',
    });
    expect(readImage('a.png', new Uint8Array(8), 'image/png', 'r').pageCount).toBe(1);
  });
});

describe('countTiffPages', () => {
  it('counts the IFD chain and gives up on broken or looping ones', () => {
    expect(countTiffPages(tiff(1))).toBe(1);
    expect(countTiffPages(tiff(5))).toBe(5);
    const loop = Buffer.from(tiff(2));
    loop.writeUInt32LE(8, 8 + 18 + 14);
    expect(countTiffPages(loop)).toBeNull();
    expect(countTiffPages(tiff(3).subarray(0, 30))).toBeNull();
  });
});
