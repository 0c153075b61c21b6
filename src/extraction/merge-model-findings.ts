import type { Address, DraftOrder, ExtractionInfo } from '../domain/draft-order.ts';
import { mergeModelLines } from './merge-model-lines.ts';
import type { ModelFindings } from './order-reader.ts';
import { reviewOrder } from './review-order.ts';
import { fold } from './vocabulary.ts';

// Rules first, the model for what they leave open (inbox-zero's rule). Field by field: agreement
// clears a "not sure" reason, a gap the model fills is shown as the model's, a disagreement keeps
// the rules' value and shows both. Nothing the model says can by itself let a draft skip review.

export interface MergeInput {
  order: DraftOrder;
  /** Already grounded (ground-model-findings.ts). */
  findings: ModelFindings;
  /** Values grounding dropped and the reader's own notes (short answer, rows missing). */
  flags: string[];
  info: ExtractionInfo;
}

type Scalar = string | number | null;
type Field = { label: string; rule: Scalar; model: Scalar; set: (o: DraftOrder, v: Scalar) => void; weak: RegExp[]; missing: string[] };

const same = (a: Scalar, b: Scalar) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 0.005 : fold(String(a)).replace(/[^\p{L}\p{N}]+/gu, '') === fold(String(b)).replace(/[^\p{L}\p{N}]+/gu, '');

function fields(o: DraftOrder, f: ModelFindings): Field[] {
  const s = <K extends keyof DraftOrder>(k: K) => (d: DraftOrder, v: Scalar) => void ((d as Record<string, unknown>)[k] = v);
  return [
    { label: 'PO number', rule: o.poNumber, model: f.poNumber, set: s('poNumber'), weak: [/^purchase order number found without a clear label$/, /^PO number uncertain/], missing: ['no purchase order number'] },
    { label: 'order date', rule: o.orderDate, model: f.orderDate, set: s('orderDate'), weak: [/^order date uncertain/], missing: ['no order date'] },
    { label: 'requested delivery date', rule: o.requestedDeliveryDate, model: f.requestedDeliveryDate, set: s('requestedDeliveryDate'), weak: [/^requested delivery date uncertain/], missing: [] },
    { label: 'currency', rule: o.currency, model: f.currency?.toUpperCase() ?? null, set: s('currency'), weak: [/^currency uncertain/], missing: ['currency not stated'] },
    { label: 'buyer company', rule: o.buyer.company, model: f.buyerCompany, set: (d, v) => void (d.buyer = { ...d.buyer, company: v as string }), weak: [/^buyer company uncertain$/], missing: ['buyer company not found'] },
    { label: 'payment terms', rule: o.paymentTerms, model: f.paymentTerms, set: s('paymentTerms'), weak: [/^payment terms uncertain/], missing: [] },
    { label: 'shipping method', rule: o.shippingMethod, model: f.shippingMethod, set: s('shippingMethod'), weak: [/^shipping method uncertain/], missing: [] },
    ...(['subtotal', 'tax', 'shipping', 'total'] as const).map((k) => ({ label: k, rule: o[k], model: f[k], set: s(k), weak: [], missing: k === 'total' || k === 'subtotal' ? ['no totals to check the lines against'] : [] })),
  ];
}

const addressText = (a: Address | null) => (a ? [a.name, a.street, a.postalCode, a.city].filter(Boolean).join(', ') : '');

/** Ship-to and bill-to: compared on name and town, filled whole when the rules found none. */
function mergeAddress(label: string, rule: Address | null, model: Address | null, reasons: string[], resolved: Set<string>): Address | null {
  if (!model) return rule;
  if (!rule) {
    reasons.push(`${label} "${addressText(model)}" read by the model only, check it`);
    resolved.add(`no ${label} address found`);
    return model;
  }
  const differs = (a: string | null, b: string | null) => a !== null && b !== null && !same(a, b);
  if (differs(rule.name, model.name) || differs(rule.city, model.city)) reasons.push(`${label}: the rules read "${addressText(rule)}", the model read "${addressText(model)}"`);
  return rule;
}

/** Reasons the merged values add: arithmetic over lines or totals the model filled in. */
function recheck(merged: DraftOrder, original: string[]): string[] {
  const ones = { poNumber: 1, orderDate: 1, company: 1, lines: 1, totals: 1 };
  return reviewOrder(merged, ones, []).reasons.filter((r) => !original.includes(r) && /add up|is not the total|quantity is|appears on lines/.test(r));
}

export function mergeModelFindings({ order, findings, flags, info }: MergeInput): DraftOrder {
  const merged: DraftOrder = { ...order, buyer: { ...order.buyer } };
  const reasons: string[] = [...flags];
  const resolved = new Set<string>();
  const weakCleared: RegExp[] = [];
  let agreed = 0;
  for (const f of fields(order, findings)) {
    if (f.model === null) continue;
    if (f.rule === null) {
      f.set(merged, f.model);
      reasons.push(`${f.label} "${f.model}" read by the model only, check it`);
      f.missing.forEach((m) => resolved.add(m));
    } else if (same(f.rule, f.model)) {
      agreed += 1;
      weakCleared.push(...f.weak);
    } else reasons.push(`${f.label}: the rules read "${f.rule}", the model read "${f.model}"`);
  }
  merged.shipTo = mergeAddress('ship-to', order.shipTo, findings.shipTo, reasons, resolved);
  merged.billTo = mergeAddress('bill-to', order.billTo, findings.billTo, reasons, resolved);
  const lines = mergeModelLines(order.lines, findings.lines);
  merged.lines = lines.lines;
  reasons.push(...lines.reasons);
  if (findings.lines.length > 0) resolved.add('no order lines found');
  const lowConfidence = /^line (\d+): low confidence/;
  const kept = order.reviewReasons.filter((r) => {
    if (resolved.has(r) || weakCleared.some((w) => w.test(r))) return false;
    const low = lowConfidence.exec(r);
    return !(low && lines.confirmed.has(Number(low[1])));
  });
  const numbersChanged = lines.changedNumbers || fields(order, findings).some((f) => f.rule === null && typeof f.model === 'number');
  const all = [...new Set([...kept, ...reasons, ...(numbersChanged ? recheck(merged, order.reviewReasons) : [])])];
  const confidence = all.length === 0 ? Math.max(order.confidence, 0.9) : Math.min(order.confidence + 0.02 * agreed, 0.85);
  return { ...merged, confidence: Math.round(confidence * 100) / 100, needsReview: all.length > 0, reviewReasons: all, extraction: info };
}

/** The model could not be asked or answered nothing usable: the rules' draft, sent to review. */
export function markModelUnavailable(order: DraftOrder, reason: string, info: ExtractionInfo): DraftOrder {
  const reasons = [...new Set([...order.reviewReasons, `model not used: ${reason}`])];
  return { ...order, needsReview: true, reviewReasons: reasons, confidence: Math.min(order.confidence, 0.85), extraction: info };
}
