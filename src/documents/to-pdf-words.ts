// A pdf.js text item is a run of glyphs with one transform; it may hold several words (or table
// cells padded with spaces). Words get x positions proportional to their character offsets, which
// is exact for monospace runs and close enough for proportional fonts.

import type { Word } from '../domain/layout.ts';

/** The parts of a pdf.js TextItem that positions are built from. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: text space to page space; (e, f) is the baseline origin. */
  transform: number[];
  /** Advance width of the run, in page units. */
  width: number;
  /** Font height, in page units. */
  height: number;
}

export interface PdfViewport {
  width: number;
  height: number;
  convertToViewportPoint(x: number, y: number): number[];
}

/** Share of the font height above the baseline; the rest is the descender. */
const ASCENT = 0.8;

/** Words (top-down page coordinates) of the text items of one page. */
export function toPdfWords(items: readonly unknown[], viewport: PdfViewport): Word[] {
  const words: Word[] = [];
  for (const item of items) {
    if (isTextItem(item) && item.str.trim() !== '') addItemWords(item, viewport, words);
  }
  return words;
}

function addItemWords(item: PdfTextItem, viewport: PdfViewport, words: Word[]): void {
  const [a, b, c, d, e, f] = item.transform;
  const scale = Math.hypot(a, b) || 1;
  const fontHeight = item.height > 0 ? item.height : Math.hypot(c, d) || 1;
  const [ux, uy] = [a / scale, b / scale];
  const length = item.str.length;
  const at = (offset: number) => viewport.convertToViewportPoint(e + (ux * item.width * offset) / length, f + (uy * item.width * offset) / length);
  for (const match of item.str.matchAll(/\S+/g)) {
    const start = match.index;
    const [sx, sy] = at(start);
    const [ex, ey] = at(start + match[0].length);
    const baseline = (sy + ey) / 2;
    words.push({
      text: match[0],
      x0: round(Math.min(sx, ex)),
      y0: round(baseline - ASCENT * fontHeight),
      x1: round(Math.max(sx, ex)),
      y1: round(baseline + (1 - ASCENT) * fontHeight),
      conf: 1,
    });
  }
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform);
}

// Hundredths of a point are far below any visible difference and keep the JSON small.
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
