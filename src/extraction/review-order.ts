import type { DraftOrder } from '../domain/draft-order.ts';
import { fold } from './vocabulary.ts';

export interface FieldConfidence {
  poNumber: number;
  orderDate: number;
  company: number;
  lines: number;
  totals: number;
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.011, Math.abs(b) * 0.001);

/** Charges beside the lines: rows of the item table (discounts, freight) and extra total lines. */
export interface Charges {
  /** Discounts (negative) and other rows inside the item table. */
  inTable: number;
  /** Amounts added between subtotal and total that have no field (handling). */
  other: number;
}

function arithmeticReasons(o: DraftOrder, charges: Charges): string[] {
  const reasons: string[] = [];
  const otherCharges = charges.other;
  const amounts = o.lines.map((l) => l.amount);
  const sum = amounts.every((a) => a !== null) ? Math.round(amounts.reduce((s, a) => s + (a ?? 0), 0) * 100) / 100 : null;
  if (sum !== null && o.lines.length > 0) {
    const withRows = Math.round((sum + charges.inTable) * 100) / 100;
    if (o.subtotal !== null && !near(sum, o.subtotal) && !near(withRows, o.subtotal)) reasons.push(`line amounts add up to ${sum.toFixed(2)} but the subtotal is ${o.subtotal.toFixed(2)}`);
    if (o.subtotal === null && o.total !== null && o.tax === null && o.shipping === null && !near(sum, o.total) && !near(withRows, o.total)) {
      reasons.push(`line amounts add up to ${sum.toFixed(2)} but the total is ${o.total.toFixed(2)}`);
    }
  }
  if (o.subtotal !== null && o.total !== null) {
    const expected = o.subtotal + (o.tax ?? 0) + (o.shipping ?? 0) + otherCharges;
    if (!near(expected, o.total)) reasons.push(`subtotal + tax + shipping${otherCharges ? ' + other charges' : ''} (${expected.toFixed(2)}) is not the total ${o.total.toFixed(2)}`);
  }
  return reasons;
}

function lineReasons(o: DraftOrder): string[] {
  const reasons: string[] = [];
  const bySku = new Map<string, number[]>();
  o.lines.forEach((l, i) => {
    const n = l.lineNo ?? i + 1;
    if (l.quantity <= 0) reasons.push(`line ${n}: quantity is ${l.quantity}`);
    if (l.unitPrice === null) reasons.push(`line ${n}: no unit price`);
    if (l.confidence < 0.9) reasons.push(`line ${n}: low confidence (${l.confidence.toFixed(2)})`);
    if (!l.sku) return;
    const key = fold(l.sku);
    const seen = bySku.get(key);
    if (seen) seen.push(n);
    else bySku.set(key, [n]);
  });
  for (const [sku, ns] of bySku) if (ns.length > 1) reasons.push(`item number ${sku.toUpperCase()} appears on lines ${listSome(ns)}`);
  return reasons;
}

/** "1, 2, 3" or, for a long list, "1, 2, ... 10 and 4,990 more": a reason stays readable. */
function listSome(ns: number[], most = 10): string {
  return ns.length <= most ? ns.join(', ') : `${ns.slice(0, most).join(', ')} and ${(ns.length - most).toLocaleString('en-US')} more`;
}

/**
 * Why a human must look at this draft. A wrong draft that skips review is the costliest mistake,
 * so anything not positively confirmed is a reason.
 */
export function reviewOrder(o: DraftOrder, conf: FieldConfidence, extra: string[], charges: Charges = { inTable: 0, other: 0 }): { reasons: string[]; confidence: number } {
  const reasons: string[] = [...extra];
  if (!o.poNumber) reasons.push('no purchase order number');
  else if (conf.poNumber < 0.8) reasons.push('purchase order number found without a clear label');
  if (!o.orderDate) reasons.push('no order date');
  if (o.shipTo && (!o.shipTo.name || !o.shipTo.city)) reasons.push('ship-to address incomplete (no name or town)');
  if (!o.shipTo && o.lines.length > 0) reasons.push('no ship-to address found');
  if (o.billTo && o.billTo.street && !o.billTo.city && !o.billTo.postalCode) reasons.push('bill-to address incomplete (no town)');
  if (!o.buyer.company) reasons.push('buyer company not found');
  else if (conf.company < 0.7) reasons.push('buyer company uncertain');
  if (o.lines.length === 0) reasons.push('no order lines found');
  if (o.lines.length > 0 && o.total === null && o.subtotal === null) reasons.push('no totals to check the lines against');
  if (!o.currency && o.lines.some((l) => l.unitPrice !== null)) reasons.push('currency not stated');
  reasons.push(...lineReasons(o), ...arithmeticReasons(o, charges));
  const unique = [...new Set(reasons)];
  const parts = [conf.poNumber, conf.company, conf.lines, conf.totals, o.orderDate ? conf.orderDate : 0.5];
  const base = parts.reduce((a, b) => a + b, 0) / parts.length;
  const confidence = Math.max(0, Math.min(1, unique.length ? Math.min(base, 0.85) - 0.05 * Math.min(unique.length, 6) : base));
  return { reasons: unique, confidence: Math.round(confidence * 100) / 100 };
}
