import type { LayoutDocument, Word } from '../../domain/layout.ts';
import { isOcrDocument } from './ocr-tolerance.ts';

/** A run of words on one line with no wide gap inside: a table cell, a label, a value. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  conf: number;
  /** Read by OCR (isOcrRead): the readers forgive what OCR gets wrong. Absent for exact text. */
  ocr?: boolean;
}

/** One visual line: its segments left to right, on one page. */
export interface LayoutLine {
  page: number;
  y0: number;
  y1: number;
  segments: Segment[];
  text: string;
  /** Index of the document this line came from within its input. */
  docIndex: number;
}

/**
 * Groups a document's words into visual lines and each line into segments. Text units (mail
 * bodies) are monospace: a segment breaks at two or more spaces, a tab or a `|`. Positioned units
 * (PDF, OCR) break where the gap between words is wider than about one and a half characters.
 */
export function toLayoutLines(doc: LayoutDocument, docIndex = 0): LayoutLine[] {
  if (doc.monospace) return toMonospaceLines(doc.text, docIndex);
  const lines: LayoutLine[] = [];
  const ocr = isOcrDocument(doc);
  for (const page of doc.pages) {
    const read = ocr ? page.words.map(withoutStrayMarks).filter((w) => w.text !== '') : page.words;
    for (const words of groupRows(read)) {
      const cut = dropRules(doc.method === 'spreadsheet' ? words.map(toSegment) : splitSegments(words));
      const segments = ocr ? cut.map((s) => ({ ...s, ocr: true })) : cut;
      if (segments.length === 0) continue;
      lines.push({
        page: page.number,
        y0: Math.min(...words.map((w) => w.y0)),
        y1: Math.max(...words.map((w) => w.y1)),
        segments,
        text: segments.map((s) => s.text).join('\t'),
        docIndex,
      });
    }
  }
  return lines;
}

/**
 * OCR slips on single words: a table rule or a speck next to a number reads as a mark glued to
 * it ('"100', '40|': only marks on a number go, and after it only bars, as 3/4" and 10' are
 * inches and feet), and a legal form loses its space.
 */
function withoutStrayMarks(w: Word): Word {
  const text = w.text
    .trim()
    .replace(/^["'`‘’“”|!]+(?=[$€£]?\d)/, '')
    .replace(/(?<=\d)[|!]+$/, '')
    // "LebensmitteltechnikAG": OCR lost the space before a legal form, which names the company.
    .replace(/(?<=\p{Ll}{3})(AG|GmbH|KG|SARL|SAS|S\.L\.U?|S\.A\.|Ltd\.?|LLC|Inc\.?|B\.V\.|N\.V\.|Co\.)$/u, ' $1');
  return text === w.text ? w : { ...w, text };
}

/** Rules drawn with characters (____, ----, ====) are lines on the page, not text. */
const RULE = /^[\s_\-=.*~·•|]+$/;

function dropRules(segments: Segment[]): Segment[] {
  return segments.filter((s) => !RULE.test(s.text));
}

function toSegment(w: Word): Segment {
  return { text: w.text.trim(), x0: w.x0, x1: w.x1, conf: w.conf };
}

/** Rows by vertical overlap: a word joins a row when its middle falls inside the row's band. */
function groupRows(words: Word[]): Word[][] {
  const sorted = words.filter((w) => w.text.trim() !== '').sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const rows: { mid: number; h: number; words: Word[] }[] = [];
  for (const w of sorted) {
    const mid = (w.y0 + w.y1) / 2;
    const h = Math.max(1e-6, w.y1 - w.y0);
    const row = rows.find((r) => Math.abs(r.mid - mid) < Math.min(r.h, h) * 0.5);
    if (row) row.words.push(w);
    else rows.push({ mid, h, words: [w] });
  }
  rows.sort((a, b) => a.mid - b.mid);
  return rows.map((r) => r.words.sort((a, b) => a.x0 - b.x0));
}

function splitSegments(words: Word[]): Segment[] {
  const segments: Segment[] = [];
  let current: Word[] = [];
  const flush = () => {
    if (current.length === 0) return;
    segments.push({
      text: current
        .map((w) => w.text)
        .join(' ')
        .trim(),
      x0: current[0].x0,
      x1: current[current.length - 1].x1,
      conf: Math.min(...current.map((w) => w.conf)),
    });
    current = [];
  };
  for (const w of words) {
    const prev = current[current.length - 1];
    if (prev) {
      const charWidth = Math.max(1, (prev.x1 - prev.x0) / Math.max(1, prev.text.length));
      const height = prev.y1 - prev.y0;
      const gap = w.x0 - prev.x1;
      if (gap > Math.max(charWidth * 1.6, height * 0.9)) flush();
    }
    current.push(w);
  }
  flush();
  return segments;
}

const CELL_BREAK = /\t+|\s*\|\s*|\s{2,}/g;

function toMonospaceLines(text: string, docIndex: number): LayoutLine[] {
  const lines: LayoutLine[] = [];
  text.split('\n').forEach((line, i) => {
    const segments: Segment[] = [];
    let last = 0;
    const push = (start: number, end: number) => {
      const piece = line.slice(start, end);
      const trimmed = piece.trim();
      if (!trimmed) return;
      const lead = piece.length - piece.trimStart().length;
      segments.push({ text: trimmed, x0: start + lead, x1: start + lead + trimmed.length, conf: 1 });
    };
    for (const m of line.matchAll(CELL_BREAK)) {
      push(last, m.index);
      last = m.index + m[0].length;
    }
    push(last, line.length);
    const kept = dropRules(segments);
    if (kept.length === 0) return;
    lines.push({ page: 1, y0: i, y1: i + 1, segments: kept, text: kept.map((s) => s.text).join('\t'), docIndex });
  });
  return lines;
}
