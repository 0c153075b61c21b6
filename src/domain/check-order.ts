import type { DraftOrder } from './draft-order.ts';
import { blockingMessages, finding, type Finding } from './findings.ts';
import { fold } from './fold-text.ts';

// The one order check: arithmetic and completeness of a draft as it stands. Extraction runs it on
// what it read, the desk and the API run it before an approval, and the desk's script runs the
// same code in the browser while a rep types (assets/build-check-script.ts bundles this file).
// Block findings stop an approval; warn findings ask for a look. Pure and import-free apart from
// the findings module, so it bundles for the browser as it is.

type Order = Pick<DraftOrder, 'poNumber' | 'orderDate' | 'buyer' | 'shipTo' | 'billTo' | 'currency' | 'lines' | 'subtotal' | 'tax' | 'shipping' | 'total' | 'charges'>;
type Line = DraftOrder['lines'][number];

/** Below this a line is worth a second look, whatever else holds. */
export const LOW_LINE_CONFIDENCE = 0.9;

/**
 * Two amounts agree when they differ by no more than the rounding of the printed values they are
 * made of: each printed amount is rounded to the cent (half a cent either way), so a sum of n
 * printed amounts may be off by n half-cents, and quantity x a rounded unit price by quantity
 * half-cents. One tolerance for every check, on the server and in the browser.
 */
export function amountsAgree(a: number, b: number, roundedTerms = 1): boolean {
  return Math.abs(a - b) <= 0.005 * Math.max(1, roundedTerms) + 0.0011;
}

/**
 * Printed amounts that make a printed sum, within the parts' rounding: the lines with the discount
 * and charge rows make the subtotal; the subtotal with tax, freight and other charges the total.
 * The one sum check: the approval gate below, and extraction when it chooses among the totals it read.
 */
export function addsUp(parts: readonly number[], sum: number): boolean {
  let total = 0;
  for (const part of parts) total += part;
  return amountsAgree(total, sum, parts.length);
}

type Priced = Pick<Line, 'quantity' | 'unitPrice' | 'amount'> & { discountPercent?: number | null };

/** quantity x unit price, less the line's discount, is its amount (a unit price printed rounded may be
 * off by half a cent a unit). Null when the line lacks a price or an amount. */
export function lineAgrees(l: Priced): boolean | null {
  if (l.unitPrice === null || l.amount === null) return null;
  return amountsAgree(lineProduct(l), l.amount, l.quantity + 1);
}

/** A line's amount as quantity x unit price less its discount, to the cent; null without a price. The
 * desk fills empty amounts with it while a rep types. */
export function lineAmount(l: Priced): number | null {
  return l.unitPrice === null ? null : cents(lineProduct(l));
}

function lineProduct(l: Priced): number {
  return l.quantity * (l.unitPrice ?? 0) * (1 - (l.discountPercent ?? 0) / 100);
}

const cents = (n: number) => Math.round(n * 100) / 100;
const money = (n: number) => cents(n).toFixed(2);

/** Every finding of the order check, in the order a rep reads the draft. */
export function checkOrder(order: Order): Finding[] {
  return [...checkHeader(order), ...checkLines(order), ...checkSums(order)];
}

/** The messages of the findings that stop an approval. */
export function blockingProblems(order: Order): string[] {
  return blockingMessages(checkOrder(order));
}

const at = (rule: string, code: string, severity: 'block' | 'warn', message: string, field: string | null, clearable?: boolean) =>
  finding('check', rule, code, severity, message, field, clearable);

function checkHeader(o: Order): Finding[] {
  const out: Finding[] = [];
  if (!o.poNumber) out.push(at('po-number-present', 'missing', 'warn', 'no purchase order number', 'poNumber'));
  if (!o.orderDate) out.push(at('order-date-present', 'missing', 'warn', 'no order date', 'orderDate'));
  if (o.shipTo && (!o.shipTo.name || !o.shipTo.city)) out.push(at('ship-to-complete', 'incomplete', 'warn', 'ship-to address incomplete (no name or town)', 'shipTo'));
  if (!o.shipTo && o.lines.length > 0) out.push(at('ship-to-present', 'missing', 'warn', 'no ship-to address found', 'shipTo'));
  if (o.billTo && o.billTo.street && !o.billTo.city && !o.billTo.postalCode)
    out.push(at('bill-to-complete', 'incomplete', 'warn', 'bill-to address incomplete (no town)', 'billTo'));
  // Nobody to send the order to or to acknowledge it to: it cannot go on as it is.
  if (!o.buyer.company) out.push(at('buyer-present', 'missing', o.buyer.email ? 'warn' : 'block', 'buyer company not found', 'buyer.company'));
  if (o.lines.length === 0) out.push(at('lines-present', 'missing', 'block', 'no order lines found', 'lines'));
  if (o.lines.length > 0 && o.total === null && o.subtotal === null) out.push(at('totals-present', 'missing', 'warn', 'no totals to check the lines against', 'total'));
  // Tax or freight added to the goods, and no total: the sum the customer commits to was not read.
  else if (o.lines.length > 0 && o.total === null && (o.tax !== null || o.shipping !== null))
    out.push(at('total-present', 'missing', 'warn', 'no order total read, though tax or freight is added to the goods', 'total'));
  if (!o.currency && o.lines.some((l) => l.unitPrice !== null)) out.push(at('currency-present', 'missing', 'warn', 'currency not stated', 'currency'));
  return out;
}

function checkLines(o: Order): Finding[] {
  const out: Finding[] = [];
  const bySku = new Map<string, { ns: number[]; first: number }>();
  o.lines.forEach((l, i) => {
    const n = l.lineNo ?? i + 1;
    const field = (name: string) => `lines.${i}.${name}`;
    if (!(l.quantity > 0)) out.push(at('line-quantity', 'quantity', 'block', `line ${n}: quantity is ${l.quantity}`, field('quantity')));
    if (!l.sku && !l.description) out.push(at('line-item', 'missing', 'block', `line ${n}: no item number or description`, field('description')));
    if (l.unitPrice === null) out.push(at('line-price', 'missing', 'warn', `line ${n}: no unit price`, field('unitPrice'), true));
    if (l.quantity > 0 && l.amount !== null && lineAgrees(l) === false) {
      const product = lineProduct(l);
      const less = l.discountPercent ? ` less ${l.discountPercent} %` : '';
      // Either number may be the misread one: both cells are marked, the reason is given once.
      const message = `line ${n}: ${l.quantity} x ${l.unitPrice}${less} is ${money(product)}, not the amount ${money(l.amount)}`;
      out.push(at('line-arithmetic', 'line-mismatch', 'block', message, field('quantity')), at('line-arithmetic', 'line-mismatch', 'block', message, field('amount')));
    }
    if (l.confidence < LOW_LINE_CONFIDENCE) out.push(at('line-confidence', 'uncertain', 'warn', `line ${n}: low confidence (${l.confidence.toFixed(2)})`, `lines.${i}`, true));
    if (!l.sku) return;
    const key = fold(l.sku);
    const seen = bySku.get(key);
    if (seen) seen.ns.push(n);
    else bySku.set(key, { ns: [n], first: i });
  });
  for (const [sku, { ns, first }] of bySku) {
    if (ns.length > 1) out.push(at('line-repeated', 'repeated', 'warn', `item number ${sku.toUpperCase()} appears on lines ${listSome(ns)}`, `lines.${first}.sku`));
  }
  return out;
}

/** "1, 2, 3" or, for a long list, "1, 2, ... 10 and 4,990 more": a reason stays readable. */
function listSome(ns: number[], most = 10): string {
  return ns.length <= most ? ns.join(', ') : `${ns.slice(0, most).join(', ')} and ${(ns.length - most).toLocaleString('en-US')} more`;
}

/** Charges printed as rows of the item table (a discount, a handling fee) and those between the
 * subtotal and the total that have no field of their own. Tax and freight have their fields. */
export function chargeSums(o: Pick<Order, 'charges'>): { inLines: number; afterSubtotal: number } {
  let inLines = 0;
  let afterSubtotal = 0;
  for (const c of o.charges ?? []) {
    if (c.applies === 'lines') inLines += c.amount;
    else afterSubtotal += c.amount;
  }
  return { inLines: cents(inLines), afterSubtotal: cents(afterSubtotal) };
}

function checkSums(o: Order): Finding[] {
  const out: Finding[] = [];
  const { inLines, afterSubtotal } = chargeSums(o);
  const amounts = o.lines.map((l) => l.amount);
  const terms = o.lines.length + (o.charges?.length ?? 0);
  if (o.lines.length > 0 && amounts.every((a) => a !== null)) {
    const sum = cents(amounts.reduce((s: number, a) => s + (a ?? 0), 0));
    const withCharges = cents(sum + inLines);
    const agrees = (target: number) => amountsAgree(sum, target, terms) || amountsAgree(withCharges, target, terms);
    const charged = inLines !== 0 ? ` (${money(withCharges)} with the discount and charge rows)` : '';
    if (o.subtotal !== null && !agrees(o.subtotal))
      out.push(at('lines-to-subtotal', 'sum-mismatch', 'block', `line amounts add up to ${money(sum)}${charged} but the subtotal is ${money(o.subtotal)}`, 'subtotal'));
    if (o.subtotal === null && o.total !== null && o.tax === null && o.shipping === null && !agrees(o.total)) {
      out.push(at('lines-to-total', 'sum-mismatch', 'block', `line amounts add up to ${money(sum)}${charged} but the total is ${money(o.total)}`, 'total'));
    }
  }
  if (o.subtotal !== null && o.total !== null) {
    const parts = [o.subtotal, o.tax ?? 0, o.shipping ?? 0, afterSubtotal];
    if (!addsUp(parts, o.total)) {
      const expected = parts.reduce((s, p) => s + p, 0);
      out.push(
        at(
          'subtotal-to-total',
          'sum-mismatch',
          'block',
          `subtotal + tax + shipping${afterSubtotal ? ' + other charges' : ''} (${money(expected)}) is not the total ${money(o.total)}`,
          'total',
        ),
      );
    }
  }
  return out;
}
