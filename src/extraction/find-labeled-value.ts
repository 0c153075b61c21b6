import type { LayoutLine, Segment } from './to-layout-lines.ts';
import { gluedLabelLength, isOcrRead, misreadLabelLength } from './ocr-tolerance.ts';
import { fold, isLabelText } from './vocabulary.ts';

export { gluedLabelLength, isOcrRead, misreadLabelLength } from './ocr-tolerance.ts';

/** A value found for a field, with where it stood and how it was found. */
export interface Found<T> {
  value: T;
  lineIndex: number;
  page: number;
  /** 0..1: a labelled value on the same line is surer than one found below its label. */
  confidence: number;
  rule: string;
}

const SEPARATOR = /^\s*(?:[:#.\-–]|n[°º]\.?|no\.?|nr\.?|num\.?|number|nummer|número|numero)?\s*[:#]?\s*/i;



/** Does the segment start with the label as whole words? Returns the text after it, or null. */
export function afterLabel(text: string, label: string, fuzzy = false): string | null {
  const f = fold(text);
  const l = fold(label);
  let n = f.startsWith(l) ? l.length : gluedLabelLength(f, l);
  if (n < 0 && fuzzy) n = misreadLabelLength(f, l);
  if (n < 0) return null;
  const rest = text.slice(n);
  if (rest !== '' && /^[\p{L}\p{N}]/u.test(rest) && /[\p{L}\p{N}]$/u.test(l)) return null;
  // "PO-2026-0504": the label word glued to digits is part of the value, not a label.
  if (/^[-/.]\d/.test(rest)) return null;
  return rest.replace(SEPARATOR, '').trim();
}

/**
 * Matches a label at the start of a cell, or as one part of a combined label ("Núm. pedido/Fecha"
 * over "4500187276 / 08.03.2024"): then the value is the same part of the value below.
 */
function matchLabel(text: string, label: string, fuzzy: boolean): { rest: string; part: number; parts: number } | null {
  const whole = afterLabel(text, label, fuzzy);
  const parts = text.split(/\s*\/\s*/);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.length < 2)) return whole === null ? null : { rest: whole, part: 0, parts: 1 };
  const at = parts.findIndex((p) => afterLabel(p, label) === '');
  if (at < 0) return whole === null ? null : { rest: whole, part: 0, parts: 1 };
  return { rest: '', part: at, parts: parts.length };
}

function pickPart(value: string, part: number, parts: number): string {
  const pieces = value.split(/\s+\/\s+|(?<=\S)\/(?=[+\d])/);
  if (pieces.length === parts) return pieces[part].trim();
  if (part === 0) return pieces[0].trim();
  return part === parts - 1 && pieces.length > parts ? pieces[pieces.length - 1].trim() : '';
}

function below(lines: LayoutLine[], i: number, seg: Segment, maxLines: number): { seg: Segment; index: number }[] {
  const out: { seg: Segment; index: number }[] = [];
  for (let k = i + 1; k < Math.min(lines.length, i + 1 + maxLines); k++) {
    if (lines[k].page !== lines[i].page) break;
    const width = Math.max(seg.x1 - seg.x0, 1);
    const hit = lines[k].segments.find((s) => s.x0 < seg.x1 + width * 0.5 && s.x1 > seg.x0 - width * 0.5);
    if (hit) out.push({ seg: hit, index: k });
  }
  return out;
}

// One document's cells are searched for a dozen fields: fold them once per set of lines.
const foldedByLines = new WeakMap<LayoutLine[], string[][]>();

function foldedCells(lines: LayoutLine[]): string[][] {
  let folded = foldedByLines.get(lines);
  if (!folded) {
    folded = lines.map((l) => l.segments.map((seg) => fold(seg.text)));
    foldedByLines.set(lines, folded);
  }
  return folded;
}

/**
 * Finds the value written for one of `labels` (in order of preference): after the label in the
 * same cell, in the next cell to the right, or in the cell below. `accept` turns a candidate text
 * into a value or rejects it.
 */
export function findLabeledValue<T>(
  lines: LayoutLine[],
  labels: readonly string[],
  accept: (text: string) => T | null,
  options: { from?: number; to?: number; below?: number } = {},
): Found<T> | null {
  const from = options.from ?? 0;
  const to = options.to ?? lines.length;
  const folded = foldedCells(lines);
  for (const label of labels) {
    const l = fold(label);
    for (let i = from; i < to; i++) {
      const line = lines[i];
      for (let s = 0; s < line.segments.length; s++) {
        // Cheap test first: the label opens the cell or one of its "/" parts.
        const f = folded[i][s];
        const fuzzy = isOcrRead(line.segments[s].conf);
        if (!f.startsWith(l) && !(f.includes('/') && f.includes(l)) && gluedLabelLength(f, l) < 0 && !(fuzzy && misreadLabelLength(f, l) >= 0)) continue;
        const hit = matchLabel(line.segments[s].text, label, fuzzy);
        if (!hit) continue;
        const pick = hit.parts > 1 ? (t: string) => accept(pickPart(t, hit.part, hit.parts)) : accept;
        const found = valueNear(lines, i, s, hit.rest, pick, options.below ?? 2);
        if (found) return { ...found, rule: `label "${label}"` };
      }
    }
  }
  return null;
}

function valueNear<T>(lines: LayoutLine[], i: number, s: number, rest: string, accept: (t: string) => T | null, maxBelow: number): Omit<Found<T>, 'rule'> | null {
  const line = lines[i];
  if (rest) {
    const v = accept(rest);
    if (v !== null) return { value: v, lineIndex: i, page: line.page, confidence: 0.95 * line.segments[s].conf };
    return null;
  }
  const right = line.segments[s + 1];
  if (right && !isLabelText(right.text)) {
    const v = accept(right.text);
    if (v !== null) return { value: v, lineIndex: i, page: line.page, confidence: 0.9 * right.conf };
  }
  for (const b of below(lines, i, line.segments[s], maxBelow)) {
    if (isLabelText(b.seg.text)) break;
    const v = accept(b.seg.text);
    if (v !== null) return { value: v, lineIndex: b.index, page: lines[b.index].page, confidence: 0.8 * b.seg.conf };
  }
  return null;
}
