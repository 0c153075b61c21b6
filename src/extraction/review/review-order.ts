import { checkOrder } from '../../domain/check-order.ts';
import type { DraftOrder } from '../../domain/draft-order.ts';
import { finding, type Finding } from '../../domain/findings.ts';

// What the rules add to the order check: how surely each field was read. A wrong draft that skips
// review is the costliest mistake, so anything not positively confirmed is a finding.

export interface FieldConfidence {
  poNumber: number;
  orderDate: number;
  company: number;
  lines: number;
  totals: number;
}

export interface ReadingReview {
  findings: Finding[];
  /** The reading's own confidence, before any finding lowers it (domain/findings toReview). */
  readingConfidence: number;
}

/** Findings of the rules' reading: `extra` (parts skipped, OCR, rows), field confidence, then the order check. */
export function reviewReading(o: DraftOrder, conf: FieldConfidence, extra: Finding[]): ReadingReview {
  const sureness: Finding[] = [];
  if (o.poNumber && conf.poNumber < 0.8)
    sureness.push(finding('extract', 'po-number-label', 'uncertain', 'warn', 'purchase order number found without a clear label', 'poNumber', true));
  if (o.buyer.company && conf.company < 0.7) sureness.push(finding('extract', 'buyer-block', 'uncertain', 'warn', 'buyer company uncertain', 'buyer.company', true));
  const parts = [conf.poNumber, conf.company, conf.lines, conf.totals, o.orderDate ? conf.orderDate : 0.5];
  const readingConfidence = Math.round(Math.max(0, Math.min(1, parts.reduce((a, b) => a + b, 0) / parts.length)) * 100) / 100;
  return { findings: [...extra, ...inFieldOrder(checkOrder(o), sureness)], readingConfidence };
}

/** The order a rep reads the header in; a doubt about a field stands where its check stands. */
const HEADER_ORDER = ['poNumber', 'orderDate', 'shipTo', 'billTo', 'buyer.company'];

function inFieldOrder(checks: Finding[], doubts: Finding[]): Finding[] {
  const rank = (f: Finding) => {
    const i = HEADER_ORDER.indexOf(f.field ?? '');
    return i < 0 ? HEADER_ORDER.length : i;
  };
  const out = [...checks];
  for (const d of doubts) {
    const at = out.findIndex((c) => rank(c) > rank(d));
    out.splice(at < 0 ? out.length : at, 0, d);
  }
  return out;
}
