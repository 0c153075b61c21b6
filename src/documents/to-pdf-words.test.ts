import { describe, expect, it } from 'vitest';
import { toPdfWords, type PdfViewport } from './to-pdf-words.ts';

// An unrotated A4 page: pdf.js flips y so the origin is the top-left corner.
const viewport: PdfViewport = { width: 595, height: 842, convertToViewportPoint: (x, y) => [x, 842 - y] };

describe('toPdfWords', () => {
  it('splits an item into words positioned by character offset', () => {
    const item = { str: 'AB  CD', transform: [10, 0, 0, 10, 100, 742], width: 60, height: 10 };
    expect(toPdfWords([item], viewport)).toEqual([
      { text: 'AB', x0: 100, x1: 120, y0: 92, y1: 102, conf: 1 },
      { text: 'CD', x0: 140, x1: 160, y0: 92, y1: 102, conf: 1 },
    ]);
  });

  it('skips whitespace items and marked-content entries', () => {
    const items = [{ str: ' ', transform: [10, 0, 0, 10, 0, 0], width: 3, height: 0 }, { type: 'beginMarkedContent' }];
    expect(toPdfWords(items, viewport)).toEqual([]);
  });

  it('uses the transform when pdf.js reports no height', () => {
    const [w] = toPdfWords([{ str: 'X', transform: [12, 0, 0, 12, 0, 742], width: 6, height: 0 }], viewport);
    expect(w.y1 - w.y0).toBeCloseTo(12);
  });
});
