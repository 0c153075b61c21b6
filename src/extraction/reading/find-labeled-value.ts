import type { LayoutLine, Segment } from './to-layout-lines.ts';
import { gluedLabelLength, isOcrRead, misreadLabelLength } from './ocr-tolerance.ts';
import { FIELD_LABELS, fold, isLabelText } from './vocabulary.ts';

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
  options: { from?: number; to?: number; below?: number; wraps?: boolean; runOn?: boolean } = {},
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
        const fuzzy = isOcrRead(line.segments[s]);
        if (!f.startsWith(l) && !(f.includes('/') && f.includes(l)) && gluedLabelLength(f, l) < 0 && !(fuzzy && misreadLabelLength(f, l) >= 0)) continue;
        const first = matchLabel(line.segments[s].text, label, fuzzy);
        if (!first) continue;
        // "Contact person | Denise Kowalczyk": the longest of the field's labels that opens the cell is its label.
        const longer = labels
          .filter((x) => x.length > label.length && fold(x).startsWith(l))
          .map((x) => matchLabel(line.segments[s].text, x, false))
          .find((m) => m !== null);
        const hit = longer ?? first;
        const pick = hit.parts > 1 ? (t: string) => accept(pickPart(t, hit.part, hit.parts)) : accept;
        // "Date Required" is not the label "date" run on: a cell that is another label is skipped.
        if (hit.rest && isLabelRow(lines, i) && isLabelLike(hit.rest) && (l.length < 5 || isLabelText(line.segments[s].text))) continue;
        // "Delivery date requested: 20/10/2026" (or "...: | 20/10/2026"): the label ran on in words to
        // its colon; what follows the colon, in the cell or beside it, is the value.
        const runOn = options.runOn ? hit.rest.match(/^\p{L}[\p{L} .'-]{0,24}:\s*(.*)$/u) : null;
        const rest = runOn && (runOn[1] === '' || pick(hit.rest) === null) ? runOn[1] : hit.rest;
        const found = valueNear(lines, i, s, rest, pick, options.below ?? 2, options.wraps ?? false);
        if (found) return { ...found, rule: `label "${label}"` };
      }
    }
  }
  return null;
}

let fieldLabels: string[] | null = null;

/** Does the cell start with a field label (as whole words), with at most two words after it? */
function startsWithFieldLabel(text: string): boolean {
  fieldLabels ??= Object.values(FIELD_LABELS)
    .flat()
    .map((l) => fold(l))
    .filter((l) => l.length >= 3);
  const f = fold(text).replace(/[:#.\s]+$/, '');
  return fieldLabels.some((l) => f.startsWith(l) && (f.length === l.length || (/^[\s./-]/.test(f.slice(l.length)) && f.slice(l.length).trim().split(/\s+/).length <= 2)));
}

/** A cell that reads as a label: short, no digits, no sentence. */
function isLabelLike(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 32 && !/\d/.test(t) && !/@/.test(t) && t.split(/\s+/).length <= 4 && !/[.!?]\s+\p{L}/u.test(t);
}

const labelRows = new WeakMap<LayoutLine, boolean>();

/**
 * A horizontal row of labels with their values in the row below ("Ship Via | FOB | Rep | Terms"
 * over "UPS | Origin | DW | Net 30"), as QuickBooks, NetSuite and most ERPs print the header:
 * every cell reads as a label, at least two are known labels, and the next line holds cells
 * under them that are not labels.
 */
export function isLabelRow(lines: LayoutLine[], i: number): boolean {
  const line = lines[i];
  const cached = labelRows.get(line);
  if (cached !== undefined) return cached;
  let result = false;
  const segs = line.segments;
  // "Shipping Method: | Forwarder (Spedition) | Incoterms: | DAP Krefeld": a cell after a label's
  // colon is that label's value, so the row is one of keys and values, not of labels.
  const keyed = segs.some((g, k) => /:\s*$/.test(g.text) && segs[k + 1] && !/:\s*$/.test(segs[k + 1].text));
  if (!keyed && segs.length >= 2 && segs.every((g) => isLabelLike(g.text)) && segs.filter((g) => isLabelText(g.text) || startsWithFieldLabel(g.text)).length >= 2) {
    const next = lines[i + 1];
    if (next && next.page === line.page && !next.segments.every((g) => isLabelLike(g.text) && (isLabelText(g.text) || startsWithFieldLabel(g.text)))) {
      const under = segs.filter((g) => next.segments.some((n) => overlap(columnStart(segs, g), columnEnd(segs, g), n) > 0));
      result = under.length >= Math.min(2, segs.length);
    }
  }
  labelRows.set(line, result);
  return result;
}

/** A label's column in a row of labels runs from where the label before it ends to where the next one starts. */
function columnEnd(segs: Segment[], seg: Segment): number {
  const at = segs.indexOf(seg);
  const next = segs[at + 1];
  return next ? Math.max(seg.x1, next.x0 - 2) : Math.max(seg.x1, seg.x0 + (seg.x1 - seg.x0) * 3);
}

function columnStart(segs: Segment[], seg: Segment): number {
  const prev = segs[segs.indexOf(seg) - 1];
  return prev ? Math.min(seg.x0, prev.x1 + 2) : Math.min(seg.x0, seg.x0 - (seg.x1 - seg.x0));
}

function overlap(x0: number, x1: number, seg: Segment): number {
  return Math.min(x1, seg.x1) - Math.max(x0, seg.x0);
}

/**
 * The value under a label in a row of labels: the cell below that overlaps the label's column
 * most. A cell that runs on under the next label's column ("30 Tage nettoSpedition frei Haus")
 * is cut where that column starts, at the nearest word boundary.
 */
function gridCell(lines: LayoutLine[], i: number, s: number): { text: string; index: number; conf: number } | null {
  const segs = lines[i].segments;
  const seg = segs[s];
  const x0 = columnStart(segs, seg);
  const x1 = columnEnd(segs, seg);
  for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
    if (lines[k].page !== lines[i].page || (k > i + 1 && isLabelRow(lines, k))) break;
    // Each cell below belongs to the label whose column it overlaps most; a cell that belongs to
    // a neighbour is ours only when a good part of it runs into our column (two values glued).
    let best: Segment | null = null;
    let glued: Segment | null = null;
    for (const n of lines[k].segments) {
      const mine = overlap(x0, x1, n);
      if (mine <= 0) continue;
      const owner = segs.reduce((a, g) => (overlap(columnStart(segs, g), columnEnd(segs, g), n) > overlap(columnStart(segs, a), columnEnd(segs, a), n) ? g : a), seg);
      if (owner === seg) {
        if (!best || mine > overlap(x0, x1, best)) best = n;
      } else if (mine >= (n.x1 - n.x0) * 0.35 && n.x1 > seg.x0 + 10) glued = n;
    }
    best ??= glued;
    if (!best) continue;
    // A value glued on from the label before is cut where our label starts (values stand left-aligned).
    return { text: cutToColumn(best, best.x0 < x0 ? seg.x0 : x0, x1), index: k, conf: best.conf };
  }
  return null;
}

/** The part of a cell's text that lies within [x0, x1), by the width its characters take. */
export function cutToColumn(cell: Segment, x0: number, x1: number): string {
  const text = cell.text;
  const width = cell.x1 - cell.x0;
  if (width <= 0 || (cell.x0 >= x0 - 4 && cell.x1 <= x1 + 4)) return text;
  const at = (x: number) => Math.round(((x - cell.x0) / width) * text.length);
  const start = cell.x0 < x0 - 4 ? snap(text, at(x0)) : 0;
  const end = cell.x1 > x1 + 4 ? snap(text, at(x1)) : text.length;
  return text.slice(start, end).trim();
}

/**
 * The word boundary nearest a character position. Two text runs glued together (a lower-case
 * letter against a capital, "nettoSpedition") are the likeliest cut, characters being of uneven width.
 */
function snap(text: string, pos: number): number {
  let space = -1;
  let glue = -1;
  for (let k = 1; k < text.length; k++) {
    if (/\p{Ll}/u.test(text[k - 1]) && /\p{Lu}/u.test(text[k]) && (glue < 0 || Math.abs(k - pos) < Math.abs(glue - pos))) glue = k;
    if (text[k - 1] === ' ' && text[k] !== ' ' && (space < 0 || Math.abs(k - pos) < Math.abs(space - pos))) space = k;
  }
  if (glue >= 0 && Math.abs(glue - pos) <= text.length * 0.35) return glue;
  return space < 0 ? pos : space;
}

/**
 * "Zahlungsbedingungen: | 14 Tage 2 % Skonto, 30 Tage" over "netto": a value cell that wraps
 * onto the next line, where that line holds only the rest of it, starting at the cell's left edge
 * and nothing under the label. The wrapped part, or null.
 */
function wrappedRest(lines: LayoutLine[], i: number, label: Segment, value: Segment): string | null {
  const next = lines[i + 1];
  const line = lines[i];
  if (!next || next.page !== line.page || next.segments.length === 0) return null;
  const height = Math.max(1, line.y1 - line.y0);
  if (next.y0 - line.y1 > height * 0.8) return null;
  const first = next.segments[0];
  if (first.x0 < label.x1 || Math.abs(first.x0 - value.x0) > Math.max(3, height * 0.3) || first.x1 > value.x1 + height * 2) return null;
  // A label of its own (a colon, a field's name) starts something else; a word like "netto" ends the terms.
  if (/:\s*$/.test(first.text) || startsWithFieldLabel(first.text) || first.text.split(/\s+/).length > 4) return null;
  return first.text;
}

function valueNear<T>(lines: LayoutLine[], i: number, s: number, rest: string, accept: (t: string) => T | null, maxBelow: number, wraps = false): Omit<Found<T>, 'rule'> | null {
  const line = lines[i];
  // In a row of labels the value is the cell under the label, never the label beside it; the
  // label may run on ("Expected Receipt" for "expected"), the whole cell being the label.
  if (isLabelRow(lines, i) && (!rest || isLabelLike(rest))) {
    const cell = gridCell(lines, i, s);
    if (!cell || isLabelText(cell.text)) return null;
    const v = accept(cell.text);
    return v !== null ? { value: v, lineIndex: cell.index, page: lines[cell.index].page, confidence: 0.8 * cell.conf } : null;
  }
  if (rest) {
    const v = accept(rest);
    if (v !== null) return { value: v, lineIndex: i, page: line.page, confidence: 0.95 * line.segments[s].conf };
    return null;
  }
  const right = line.segments[s + 1];
  if (right && !isLabelText(right.text)) {
    const more = wraps ? wrappedRest(lines, i, line.segments[s], right) : null;
    const v = (more !== null ? accept(`${right.text} ${more}`) : null) ?? accept(right.text);
    if (v !== null) return { value: v, lineIndex: i, page: line.page, confidence: 0.9 * right.conf };
  }
  // "Shipping Method: | Forwarder (Spedition)": a label with its colon and a cell printed right
  // beside it has its value there, read or not; the line below is the next thing on the page
  // ("Please deliver the following items:"), never this label's value.
  const label = line.segments[s];
  if (right && /:\s*$/.test(label.text) && right.x0 - label.x1 < Math.max(60, (line.y1 - line.y0) * 8)) return null;
  for (const b of below(lines, i, line.segments[s], maxBelow)) {
    if (isLabelText(b.seg.text)) break;
    const v = accept(b.seg.text);
    if (v !== null) return { value: v, lineIndex: b.index, page: lines[b.index].page, confidence: 0.8 * b.seg.conf };
  }
  return null;
}
