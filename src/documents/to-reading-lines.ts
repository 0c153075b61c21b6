// pdf.js returns text items in content-stream order, which for many generated PDFs is column by
// column, not row by row. Reading order is rebuilt from positions: words whose vertical centres
// are within half a font height form a line, read left to right.

import type { Word } from '../domain/layout.ts';

/** A gap wider than this many average character widths separates table columns (a TAB). */
const COLUMN_GAP_CHARS = 1.5;
/** Fragments closer than this share of the font height are one word split by kerning. */
const GLUE_GAP_EM = 0.12;

/** Groups words into lines (top to bottom), each left to right, with split fragments rejoined. */
export function toReadingLines(words: readonly Word[]): Word[][] {
  const sorted = [...words].sort((a, b) => centre(a) - centre(b));
  const lines: Word[][] = [];
  let line: Word[] = [];
  let lineCentre = 0;
  let lineHeight = 0;
  for (const word of sorted) {
    const height = word.y1 - word.y0;
    if (line.length > 0 && Math.abs(centre(word) - lineCentre) <= 0.5 * Math.min(height, lineHeight)) {
      // A running mean keeps a line from drifting down a page of slightly skewed baselines.
      lineCentre = (lineCentre * line.length + centre(word)) / (line.length + 1);
      lineHeight = Math.max(lineHeight, height);
      line.push(word);
      continue;
    }
    if (line.length > 0) lines.push(line);
    line = [word];
    lineCentre = centre(word);
    lineHeight = height;
  }
  if (line.length > 0) lines.push(line);
  return lines.map((words) => glueFragments(dropOverprints(words.sort((a, b) => a.x0 - b.x0))));
}

/** A line's text: words joined by a space, or by a TAB across a column-sized gap. */
export function toLineText(line: readonly Word[]): string {
  let text = line[0]?.text ?? '';
  for (let i = 1; i < line.length; i++) {
    const gap = line[i].x0 - line[i - 1].x1;
    // The wider of the two neighbours' glyphs sets the scale, so a large heading is not split.
    const scale = Math.max(charWidth(line[i]), charWidth(line[i - 1]));
    text += (gap > COLUMN_GAP_CHARS * scale ? '\t' : ' ') + line[i].text;
  }
  return text;
}

// Some generators fake bold by drawing a word twice, a fraction of a point apart.
function dropOverprints(line: Word[]): Word[] {
  return line.filter((word, i) => {
    const prev = line[i - 1];
    return !prev || prev.text !== word.text || word.x0 - prev.x0 > charWidth(word);
  });
}

// Generators that position glyph runs one by one ("7" "/2" "7" "/201" "9") leave no gap between
// the runs of one word; a real space is at least a quarter of the font height.
function glueFragments(line: Word[]): Word[] {
  const out: Word[] = [];
  for (const word of line) {
    const prev = out[out.length - 1];
    const gap = prev ? word.x0 - prev.x1 : Infinity;
    const em = Math.min(word.y1 - word.y0, prev ? prev.y1 - prev.y0 : Infinity);
    if (prev && gap < GLUE_GAP_EM * em && gap > -charWidth(word)) {
      out[out.length - 1] = {
        text: prev.text + word.text,
        x0: prev.x0,
        y0: Math.min(prev.y0, word.y0),
        x1: Math.max(prev.x1, word.x1),
        y1: Math.max(prev.y1, word.y1),
        conf: Math.min(prev.conf, word.conf),
      };
    } else {
      out.push(word);
    }
  }
  return out;
}

function charWidth(word: Word): number {
  return (word.x1 - word.x0) / Math.max(1, word.text.length);
}

function centre(word: Word): number {
  return (word.y0 + word.y1) / 2;
}
