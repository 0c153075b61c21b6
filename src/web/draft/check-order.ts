import type { DraftOrder } from '../../domain/draft-order.ts';

// The arithmetic and completeness checks of the draft page. Errors block approval (an order that
// is wrong if sent on); warnings ask for a look. `field` is the form input's name, so the page can
// mark it. assets/review-script.ts repeats these rules for live feedback while typing; this one
// decides.

export interface Finding {
  field: string;
  level: 'error' | 'warning';
  message: string;
}

const CENTS = 0.011;
/** Lines read with less confidence than this are flagged for a look. */
export const LOW_LINE_CONFIDENCE = 0.7;

export function checkOrder(order: DraftOrder): Finding[] {
  const findings: Finding[] = [...checkHeader(order)];
  if (order.lines.length === 0) findings.push({ field: 'lines', level: 'error', message: 'the order has no lines' });
  order.lines.forEach((line, i) => findings.push(...checkLine(line, i)));
  findings.push(...checkTotals(order));
  return findings;
}

function checkHeader(order: DraftOrder): Finding[] {
  const findings: Finding[] = [];
  if (!order.poNumber) findings.push({ field: 'poNumber', level: 'warning', message: 'no PO number' });
  if (!order.buyer.company && !order.buyer.email) findings.push({ field: 'buyer.company', level: 'error', message: 'no buyer' });
  else if (!order.buyer.customerId) findings.push({ field: 'buyer.customerId', level: 'warning', message: 'buyer not matched to a customer account' });
  if (!order.requestedDeliveryDate) findings.push({ field: 'requestedDeliveryDate', level: 'warning', message: 'no requested delivery date' });
  return findings;
}

function checkLine(line: DraftOrder['lines'][number], i: number): Finding[] {
  const at = (field: string) => `lines.${i}.${field}`;
  const label = `line ${i + 1}`;
  const findings: Finding[] = [];
  if (!(line.quantity > 0)) findings.push({ field: at('quantity'), level: 'error', message: `${label}: quantity must be above 0` });
  if (!line.sku && !line.description) findings.push({ field: at('description'), level: 'error', message: `${label}: no item number or description` });
  if (line.unitPrice !== null && line.amount !== null && Math.abs(line.quantity * line.unitPrice - line.amount) > CENTS) {
    const message = `${label}: ${line.quantity} × ${line.unitPrice} is not ${line.amount}`;
    findings.push({ field: at('quantity'), level: 'error', message }, { field: at('amount'), level: 'error', message });
  }
  if (line.unitPrice === null) findings.push({ field: at('unitPrice'), level: 'warning', message: `${label}: no unit price` });
  if (line.confidence < LOW_LINE_CONFIDENCE) findings.push({ field: at('sku'), level: 'warning', message: `${label}: read with low confidence` });
  return findings;
}

function checkTotals(order: DraftOrder): Finding[] {
  const findings: Finding[] = [];
  const amounts = order.lines.map((l) => l.amount);
  if (order.subtotal !== null && amounts.length > 0 && amounts.every((a) => a !== null)) {
    const sum = amounts.reduce((s: number, a) => s + (a ?? 0), 0);
    if (Math.abs(sum - order.subtotal) > CENTS) findings.push({ field: 'subtotal', level: 'error', message: `lines add up to ${round(sum)}, not the subtotal ${order.subtotal}` });
  }
  if (order.total !== null && order.subtotal !== null) {
    const sum = order.subtotal + (order.tax ?? 0) + (order.shipping ?? 0);
    if (Math.abs(sum - order.total) > CENTS) findings.push({ field: 'total', level: 'error', message: `subtotal + tax + shipping is ${round(sum)}, not the total ${order.total}` });
  }
  return findings;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The messages of the findings that block approval. */
export function blockingProblems(order: DraftOrder): string[] {
  return [...new Set(checkOrder(order).filter((f) => f.level === 'error').map((f) => f.message))];
}
