// How far a reader trusts what it reads, in one place: a text layer is exact, OCR is not. What OCR
// may get wrong that the readers forgive: a label's spaces dropped, one letter of a long label
// wrong, "rn" read as "m". Each reader asks here, never tests a document's method or a word's
// confidence itself. One test says what was OCR'd: the document's method. toLayoutLines carries
// it on every cell of the document (Segment.ocr), so a reader that holds only a cell still knows.

import type { LayoutDocument } from '../../domain/layout.ts';
import { isOneEdit } from './is-one-edit.ts';

/** Was the document read by OCR (a scan, a fax, a photo, an image-only PDF)? */
export function isOcrDocument(doc: Pick<LayoutDocument, 'method'>): boolean {
  return doc.method === 'ocr';
}

/**
 * OCR drops the space between label words ("PONumber:", "ShipTo"): the length of `f` (folded)
 * that spells the folded label `l` with its spaces left out, or -1.
 */
export function gluedLabelLength(f: string, l: string): number {
  if (!l.includes(' ')) return -1;
  let i = 0;
  for (const ch of l) {
    if (ch === ' ') {
      while (f[i] === ' ') i++;
      continue;
    }
    if (f[i] !== ch) return -1;
    i++;
  }
  return i;
}

/**
 * Was the cell read by OCR (its document was, as toLayoutLines marked it)? A label in an OCR'd
 * cell may have a letter wrong, and tesseract is often sure of a misread word ("Foumisseur" at
 * 0.93, or at 1.0), so any OCR'd cell counts, not only the doubtful ones.
 */
export function isOcrRead(cell: { ocr?: boolean }): boolean {
  return cell.ocr === true;
}
/** Shorter labels are too near ordinary words ("Total" and "Tonal") to allow a wrong letter. */
const MIN_MISREAD_LABEL = 7;

/**
 * "Shioped To:", "Bestellnunmer": a label OCR got one letter wrong in (or added or dropped one).
 * The length of `f` (folded) that spells `l` with that one slip, or -1.
 */
export function misreadLabelLength(f: string, l: string): number {
  if (l.length < MIN_MISREAD_LABEL) return -1;
  // "rn" read as "m" ("Foumisseur") is OCR's commonest slip, and two edits: it counts as none.
  const merged = l.includes('rn') ? l.replace(/rn/g, 'm') : null;
  if (merged && f.startsWith(merged) && !/[\p{L}\p{N}]/u.test(f[merged.length] ?? '')) return merged.length;
  for (const n of [l.length, l.length - 1, l.length + 1]) {
    if (n > f.length || /[\p{L}\p{N}]/u.test(f[n] ?? '')) continue;
    // The first letter is kept: OCR slips inside words, and "Rechnung" one letter from "Bechnung" is no label.
    if (f[0] === l[0] && isOneEdit(f.slice(0, n), l)) return n;
  }
  return -1;
}
