import type { FieldPlace, Zone } from '../../domain/learned-layout.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import type { LayoutLine, Segment } from '../reading/to-layout-lines.ts';
import { fixedWords } from './fingerprint-layout.ts';
import { fieldOf, PLACED_FIELDS, shapeOf, spells, squash, type FieldKind, type FieldValue, type HeaderPart } from './field-values.ts';
import { foldWords } from '../../domain/fold-text.ts';
import { isOcrDocument } from '../reading/ocr-tolerance.ts';
import { ocrKey } from './ocr-code.ts';

// Where each approved header value stands on the page it was read from, told by the label next to
// it: after the label in one cell, in the cell right of it, or in the cell below it.

/** Most words a label has; more is a sentence, not a label. */
const MOST_LABEL_WORDS = 5;

export interface TableSpan {
  header: number | null;
  rows: Set<number>;
}

export function zoneOf(i: number, span: TableSpan): Zone {
  if (i === span.header) return 'table';
  const last = span.rows.size ? Math.max(...span.rows) : null;
  return last !== null && i > last ? 'foot' : 'head';
}

/** The label text of a cell, folded, or null when the cell is no label. */
export function labelText(text: string): string | null {
  const folded = foldWords(text);
  const words = folded.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MOST_LABEL_WORDS || fixedWords(text).length !== words.length) return null;
  return folded;
}

type ReadContext = Parameters<typeof spells>[3] & { ocr: boolean };

/** `spells`, and on a scan a code with look-alike letters and digits swapped (0S731940 for OS731940). */
function spellsRead(text: string, value: FieldValue, kind: FieldKind, ctx: ReadContext): boolean {
  if (spells(text, value, kind, ctx)) return true;
  return ctx.ocr && kind === 'code' && squash(text).length > 0 && ocrKey(text) === ocrKey(String(value));
}

/** "PO No.: 4500018832": the label before the value in the same cell. */
function inlineLabel(text: string, value: FieldValue, kind: FieldKind, ctx: ReadContext): string | null {
  const starts = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index);
  for (const k of starts.slice(1)) {
    if (!spellsRead(text.slice(k), value, kind, ctx)) continue;
    const label = labelText(text.slice(0, k));
    if (label) return label;
  }
  return null;
}

function leftNeighbour(line: LayoutLine, segment: Segment): Segment | null {
  const left = line.segments.filter((s) => s.x1 <= segment.x0 + 0.01);
  return left[left.length - 1] ?? null;
}

/** The cell above: on one of the two lines before, overlapping it across. */
function cellAbove(lines: LayoutLine[], i: number, segment: Segment): Segment | null {
  for (const j of [i - 1, i - 2]) {
    const line = lines[j];
    if (!line || line.page !== lines[i]!.page) return null;
    const over = line.segments.filter((s) => Math.min(s.x1, segment.x1) - Math.max(s.x0, segment.x0) > 0);
    if (over.length === 1) return over[0]!;
    if (over.length > 1) return null;
  }
  return null;
}

function placeOne(r: DocumentReading, span: TableSpan, field: string, kind: FieldKind, value: FieldValue): FieldPlace | null {
  const ctx = { style: r.style, dayFirst: r.dayFirst, ocr: isOcrDocument(r.doc) };
  const found: FieldPlace[] = [];
  r.lines.forEach((line, i) => {
    if (span.rows.has(i)) return;
    for (const segment of line.segments) {
      const base = { field, kind, zone: zoneOf(i, span), shape: shapeOf(String(value)) };
      const inline = inlineLabel(segment.text, value, kind, ctx);
      if (inline) {
        found.push({ ...base, anchor: inline, how: 'inline' });
        continue;
      }
      if (!spellsRead(segment.text, value, kind, ctx)) continue;
      const left = leftNeighbour(line, segment);
      const leftLabel = left ? labelText(left.text) : null;
      if (leftLabel) {
        found.push({ ...base, anchor: leftLabel, how: 'right' });
        continue;
      }
      const above = cellAbove(r.lines, i, segment);
      const aboveLabel = above ? labelText(above.text) : null;
      if (aboveLabel) found.push({ ...base, anchor: aboveLabel, how: 'below' });
    }
  });
  // Totals stand at the end; the other fields where first printed.
  return (kind === 'amount' ? found[found.length - 1] : found[0]) ?? null;
}

/** The places of the approved order's header values, where each has a label beside it. */
export function learnFieldPlaces(r: DocumentReading, order: HeaderPart, span: TableSpan): FieldPlace[] {
  const places: FieldPlace[] = [];
  for (const [field, kind] of PLACED_FIELDS) {
    const value = fieldOf(order, field);
    if (value === null || (typeof value === 'string' && squash(value).length === 0)) continue;
    const place = placeOne(r, span, field, kind, value);
    if (place) places.push(place);
  }
  return places;
}
