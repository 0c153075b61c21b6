import type { DraftOrder, Evidence } from '../../domain/draft-order.ts';
import type { Word } from '../../domain/layout.ts';
import { findDates } from '../../domain/parse-date.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import type { Found } from '../reading/find-labeled-value.ts';
import { sameNumber, squash, toEvidence } from './locate-evidence.ts';

// Where each value was read, kept from the reading itself: the field reader knows the rule and
// the line, so the words that spell the value on that line are its box. Searching the pages for
// the value afterwards (locate-evidence.ts) would find the first place it is printed, which may be
// another mention of it; that search stays only for values the reading did not place (the model's,
// the parties' blocks). Only pages with positions (PDF text, OCR) have boxes.

/** Most words one value may span on its line. */
const MAX_SPAN = 8;

type Value = string | number;
/** Which of several equal numbers on the line: the one under its column when the table has one,
 * else the first, or the last (totals and amounts stand right of the others). */
type Pick = 'first' | 'last' | { x0: number; x1: number };

export function readingEvidence(r: DocumentReading, document: number, order: Omit<DraftOrder, 'urgency' | 'confidence' | 'needsReview' | 'reviewReasons'>): Evidence[] {
  if (r.doc.method !== 'pdf-text' && r.doc.method !== 'ocr') return [];
  const pages = new Map(r.doc.pages.map((p) => [p.number, p]));
  const out: Evidence[] = [];
  const place = (field: string, value: Value | null, lineIndex: number, rule: string, pick: Pick = 'last') => {
    if (value === null || value === '') return;
    const line = r.lines[lineIndex];
    const page = line ? pages.get(line.page) : undefined;
    if (!line || !page) return;
    const words = page.words.filter((w) => onLine(w, line.y0, line.y1));
    const hit = findOnLine(words, value, pick);
    if (hit) out.push(toEvidence(field, { document, page, words: hit }, rule));
  };
  const f = r.fields;
  const header: Array<[string, Found<Value> | null | undefined, Value | null]> = [
    ['poNumber', f.poNumber, order.poNumber],
    ['orderDate', f.orderDate, order.orderDate],
    ['requestedDeliveryDate', f.requestedDeliveryDate, order.requestedDeliveryDate],
    ['paymentTerms', f.paymentTerms, order.paymentTerms],
    ['shippingMethod', f.shippingMethod, order.shippingMethod],
    ['currency', f.currency, order.currency],
    ['buyer.contactName', f.contactName, order.buyer.contactName],
    ['buyer.phone', f.phone, order.buyer.phone],
    ['subtotal', f.totals.subtotal, order.subtotal],
    ['tax', f.totals.tax, order.tax],
    ['shipping', f.totals.shipping, order.shipping],
    ['total', f.totals.total, order.total],
  ];
  // A value the draft took from elsewhere (the subject, a signature) has no box from this reading.
  for (const [field, found, value] of header) if (found && found.value === value) place(field, value, found.lineIndex, found.rule);
  const rowRule = r.tables.length > 0 ? 'item table row' : 'item row';
  r.items.forEach((item, i) => {
    const line = order.lines[i];
    if (!line) return;
    // Equal numbers on one row (a line number 1 and a quantity 1, a price equal to its amount):
    // the table's column for the cell decides; without one, amounts are the last number.
    const table = r.tables.find((t) => item.lineIndex >= t.start && item.lineIndex < t.end);
    for (const key of ['sku', 'description', 'quantity', 'unitPrice', 'amount'] as const) {
      const column = table?.columns.find((c) => c.role === key);
      place(`lines.${i}.${key}`, line[key], item.lineIndex, rowRule, column ? { x0: column.x0, x1: column.x1 } : key === 'amount' ? 'last' : 'first');
    }
  });
  return out;
}

function onLine(w: Word, y0: number, y1: number): boolean {
  const middle = (w.y0 + w.y1) / 2;
  return middle >= y0 - 0.5 && middle <= y1 + 0.5;
}

/** The run of words on the line that spells the value: the text, the number, or the date. */
function findOnLine(words: Word[], value: Value, pick: Pick): Word[] | null {
  const sorted = [...words].sort((a, b) => a.x0 - b.x0);
  if (typeof value === 'number') {
    const hit = sorted.filter((w) => sameNumber(w.text, value));
    if (hit.length === 0) return null;
    if (pick === 'first') return [hit[0]!];
    if (pick === 'last') return [hit[hit.length - 1]!];
    const middle = (pick.x0 + pick.x1) / 2;
    const distance = (w: Word) => Math.abs((w.x0 + w.x1) / 2 - middle);
    return [hit.reduce((best, w) => (distance(w) < distance(best) ? w : best))];
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // The shortest run of words that reads as this date ("03/02/2026", "2 March 2026").
    for (let span = 1; span <= 3; span += 1) {
      for (let i = 0; i + span <= sorted.length; i += 1) {
        const run = sorted.slice(i, i + span);
        if (findDates(run.map((w) => w.text).join(' ')).some((d) => d.iso === value)) return run;
      }
    }
    return null;
  }
  const target = squash(value);
  for (let i = 0; i < sorted.length; i += 1) {
    let joined = '';
    for (let j = i; j < Math.min(sorted.length, i + MAX_SPAN); j += 1) {
      joined += squash(sorted[j]!.text);
      if (joined === target) return sorted.slice(i, j + 1);
      if (!target.startsWith(joined)) break;
    }
  }
  return null;
}
