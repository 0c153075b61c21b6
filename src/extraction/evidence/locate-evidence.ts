import type { DraftOrder, Evidence } from '../../domain/draft-order.ts';
import type { LayoutDocument, LayoutPage, Word } from '../../domain/layout.ts';
import { parseAmount, sameAmount } from '../../domain/parse-amount.ts';

// Where on the page a value of the draft stands, for the values the reading did not place itself
// (reading-evidence.ts keeps the rule's own line): the model's values, the parties' blocks. Found
// by looking the final value up in the words of pages that have an image (PDF text, OCR). A value
// that is not found on any page simply has no box; nothing is guessed.

export interface Hit {
  document: number;
  page: LayoutPage;
  words: Word[];
}

/** Most words a value may span (a company name, "PO 4500 1234"). */
const MAX_SPAN = 8;
/** Lines looked up; beyond this a long PO costs more time than the outlines are worth. */
const MAX_LINES = 300;

/** Boxes for the values the reading did not place (`placed`: the fields that have one already). */
export function locateEvidence(documents: LayoutDocument[], order: DraftOrder, placed: ReadonlySet<string> = new Set()): Evidence[] {
  const pages = documents.flatMap((doc, document) => (doc.method === 'pdf-text' || doc.method === 'ocr' ? doc.pages.map((page) => ({ document, page })) : []));
  if (pages.length === 0) return [];
  const found: Evidence[] = [];
  const add = (field: string, hit: Hit | null) => {
    if (hit && !placed.has(field)) found.push(toEvidence(field, hit));
  };
  for (const [field, value] of textFields(order)) add(field, findText(pages, value));
  for (const [field, value] of [
    ['total', order.total],
    ['subtotal', order.subtotal],
  ] as const) {
    if (value !== null) add(field, findLastNumber(pages, value));
  }
  order.lines.slice(0, MAX_LINES).forEach((line, i) => {
    const sku = line.sku ? findText(pages, line.sku) : null;
    const description = line.description ? findText(pages, line.description) : null;
    add(`lines.${i}.sku`, sku);
    add(`lines.${i}.description`, description);
    const anchor = sku ?? description;
    if (!anchor) return;
    for (const key of ['quantity', 'unitPrice', 'amount'] as const) {
      const value = line[key];
      if (value !== null) add(`lines.${i}.${key}`, findOnRow(anchor, value));
    }
  });
  return found;
}

function textFields(order: DraftOrder): Array<[string, string]> {
  const fields: Array<[string, string | null]> = [
    ['poNumber', order.poNumber],
    ['buyer.company', order.buyer.company],
    ['buyer.email', order.buyer.email],
    ['buyer.phone', order.buyer.phone],
    ['paymentTerms', order.paymentTerms],
    ['shippingMethod', order.shippingMethod],
  ];
  return fields.filter((f): f is [string, string] => f[1] !== null && f[1].trim().length > 0);
}

export const squash = (text: string) => text.toLowerCase().replace(/[\s.,:;'"()[\]]+/g, '');

/** The first run of words on one line that spells `value` (spaces and punctuation aside). */
function findText(pages: Array<{ document: number; page: LayoutPage }>, value: string): Hit | null {
  const target = squash(value);
  if (target.length < 2) return null;
  for (const { document, page } of pages) {
    const words = page.words;
    for (let i = 0; i < words.length; i += 1) {
      let joined = '';
      for (let j = i; j < Math.min(words.length, i + MAX_SPAN); j += 1) {
        if (j > i && !sameLine(words[j - 1]!, words[j]!)) break;
        joined += squash(words[j]!.text);
        if (joined === target) return { document, page, words: words.slice(i, j + 1) };
        if (!target.startsWith(joined)) break;
      }
    }
  }
  return null;
}

/** The last word whose number equals `value`: totals stand at the end. */
function findLastNumber(pages: Array<{ document: number; page: LayoutPage }>, value: number): Hit | null {
  let hit: Hit | null = null;
  for (const { document, page } of pages) {
    for (const word of page.words) {
      if (sameNumber(word.text, value)) hit = { document, page, words: [word] };
    }
  }
  return hit;
}

/** A number on the anchor's line: the row of a line item. */
function findOnRow(anchor: Hit, value: number): Hit | null {
  const first = anchor.words[0]!;
  const word = anchor.page.words.find((w) => sameLine(first, w) && !anchor.words.includes(w) && sameNumber(w.text, value));
  return word ? { ...anchor, words: [word] } : null;
}

export function sameNumber(text: string, value: number): boolean {
  if (!/\d/.test(text)) return false;
  const parsed = parseAmount(text) ?? parseAmount(text, 'eu');
  return parsed !== null && sameAmount(parsed, value);
}

function sameLine(a: Word, b: Word): boolean {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return overlap > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0);
}

export function toEvidence(field: string, hit: Hit, rule = 'found by its value on the page'): Evidence {
  const { page, words } = hit;
  const x0 = Math.min(...words.map((w) => w.x0));
  const y0 = Math.min(...words.map((w) => w.y0));
  const x1 = Math.max(...words.map((w) => w.x1));
  const y1 = Math.max(...words.map((w) => w.y1));
  const round = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 10_000) / 10_000;
  return {
    field,
    document: hit.document,
    page: page.number,
    box: [round(x0 / page.width), round(y0 / page.height), round(x1 / page.width), round(y1 / page.height)],
    text: words.map((w) => w.text).join(' '),
    rule,
  };
}
