import type { LearnedColumn } from '../../domain/learned-layout.ts';
import type { LayoutLine, Segment } from '../reading/to-layout-lines.ts';
import type { Frame } from './page-frame.ts';

// A row's cells under learned columns: each cell goes to the column it overlaps most, or to the
// nearest one when it overlaps none (a longer value printed a little further out).

const NEAR = 0.04;

export interface FracSegment extends Segment {
  /** x0 and x1 as fractions of the page width. */
  f0: number;
  f1: number;
}

export function toFractions(line: LayoutLine, frame: Frame): FracSegment[] {
  return line.segments.map((s) => ({ ...s, f0: s.x0 / frame.width, f1: s.x1 / frame.width }));
}

/** Columns sharing one x-range (quantity and unit in one cell) are one place on the row. */
export function assignToColumns(segments: FracSegment[], columns: readonly LearnedColumn[]): Map<string, FracSegment[]> {
  const cells = new Map<string, FracSegment[]>();
  for (const s of segments) {
    let best: LearnedColumn | null = null;
    let bestScore = -Infinity;
    for (const c of columns) {
      const overlap = Math.min(s.f1, c.x1) - Math.max(s.f0, c.x0);
      const score = overlap > 0 ? overlap : -Math.min(Math.abs(s.f0 - c.x1), Math.abs(c.x0 - s.f1));
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (!best || bestScore < -NEAR) continue;
    const key = `${best.x0}:${best.x1}`;
    cells.set(key, [...(cells.get(key) ?? []), s]);
  }
  return cells;
}

export function columnKey(c: LearnedColumn): string {
  return `${c.x0}:${c.x1}`;
}

/** The part of a cell's text that is the column's value: "10 AB-1" holds line 10 (first) and item AB-1 (the rest). */
export function cellPart(text: string, part: LearnedColumn['part']): string {
  const t = text.trim();
  if (part === 'whole') return t;
  const words = t.split(/\s+/);
  if (words.length <= 1) return t;
  return part === 'first' ? words[0]! : words.slice(1).join(' ');
}
