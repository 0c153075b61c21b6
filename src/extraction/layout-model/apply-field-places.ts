import type { FieldPlace } from '../../domain/learned-layout.ts';
import { foldWords } from '../../domain/fold-text.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import { isOneEdit } from '../reading/is-one-edit.ts';
import { isOcrDocument } from '../reading/ocr-tolerance.ts';
import type { LayoutLine, Segment } from '../reading/to-layout-lines.ts';
import { parseFieldValue, shapeOf, type FieldValue } from './field-values.ts';
import { fitShape } from './ocr-code.ts';

// The learned places read on the next document: find the label, take the cell it points to.

export interface PlacedValue {
  field: string;
  value: FieldValue;
  /** The line the value stands on, for evidence. */
  lineIndex: number;
}

/** The label's words; on a scan also with a space lost ("Ourref.") or one letter misread. */
function sameWords(a: string[], b: string[], fuzzy: boolean): boolean {
  if (a.length === b.length && a.every((w, i) => w === b[i] || (fuzzy && w.length >= 4 && isOneEdit(w, b[i]!)))) return true;
  const [x, y] = [a.join(''), b.join('')];
  return fuzzy && (x === y || (x.length >= 5 && isOneEdit(x, y)));
}

/** A cell's words, folded, and where each ends: worked out once per cell, not once per learned field. */
interface CellWords {
  folded: string[];
  ends: number[];
  /** foldWords of the whole cell, split. */
  all: string[];
}

const CELLS = new WeakMap<Segment, CellWords>();

function wordsOf(segment: Segment): CellWords {
  let cell = CELLS.get(segment);
  if (!cell) {
    const words = [...segment.text.matchAll(/[\p{L}\p{N}]+/gu)];
    cell = { folded: words.map((m) => foldWords(m[0])), ends: words.map((m) => m.index + m[0].length), all: foldWords(segment.text).split(' ') };
    CELLS.set(segment, cell);
  }
  return cell;
}

/** The text after the label's words in the cell, or null when the cell does not start with the label. */
function afterLabel(segment: Segment, anchor: string[], fuzzy: boolean): string | null {
  const cell = wordsOf(segment);
  if (cell.folded.length <= anchor.length) return null;
  if (!sameWords(cell.folded.slice(0, anchor.length), anchor, fuzzy)) return null;
  return segment.text.slice(cell.ends[anchor.length - 1]);
}

function cellRight(line: LayoutLine, segment: Segment): Segment | null {
  return line.segments.find((s) => s.x0 >= segment.x1 - 0.01) ?? null;
}

function cellBelow(lines: LayoutLine[], i: number, segment: Segment): { segment: Segment; index: number } | null {
  for (const j of [i + 1, i + 2]) {
    const line = lines[j];
    if (!line || line.page !== lines[i]!.page) return null;
    const over = line.segments.filter((s) => Math.min(s.x1, segment.x1) - Math.max(s.x0, segment.x0) > 0);
    if (over.length > 0) return { segment: over[0]!, index: j };
  }
  return null;
}

function readAt(r: DocumentReading, place: FieldPlace, i: number, segment: Segment, fuzzy: boolean): { text: string; index: number } | null {
  const anchor = place.anchor.split(' ');
  if (place.how === 'inline') {
    const rest = afterLabel(segment, anchor, fuzzy);
    return rest ? { text: rest, index: i } : null;
  }
  if (!sameWords(wordsOf(segment).all, anchor, fuzzy)) return null;
  if (place.how === 'right') {
    const right = cellRight(r.lines[i]!, segment);
    return right ? { text: right.text, index: i } : null;
  }
  const below = cellBelow(r.lines, i, segment);
  return below ? { text: below.segment.text, index: below.index } : null;
}

/** A code (PO number) of another shape than the approved one is no reading of it; on a scan, one
 * look-alike letter or digit read for the other (0S731940 for OS731940) is put back. */
function fitted(place: FieldPlace, value: FieldValue, ocr: boolean): FieldValue | null {
  if (place.kind !== 'code' || shapeOf(String(value)) === place.shape) return value;
  return ocr ? fitShape(String(value), place.shape) : null;
}

export function applyFieldPlaces(r: DocumentReading, places: readonly FieldPlace[], rows: ReadonlySet<number> = new Set()): PlacedValue[] {
  const fuzzy = isOcrDocument(r.doc);
  const ctx = { style: r.style, dayFirst: r.dayFirst };
  const out: PlacedValue[] = [];
  for (const place of places) {
    const hits: PlacedValue[] = [];
    r.lines.forEach((line, i) => {
      if (rows.has(i)) return;
      for (const segment of line.segments) {
        const read = readAt(r, place, i, segment, fuzzy);
        const parsed = read ? parseFieldValue(read.text, place.kind, ctx) : null;
        const value = parsed !== null && parsed !== '' ? fitted(place, parsed, fuzzy) : null;
        if (read && value !== null) hits.push({ field: place.field, value, lineIndex: read.index });
      }
    });
    const hit = place.zone === 'foot' ? hits[hits.length - 1] : hits[0];
    if (hit) out.push(hit);
  }
  return out;
}
