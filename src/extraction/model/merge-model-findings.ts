import type { Address, DraftOrder, ExtractionInfo } from '../../domain/draft-order.ts';
import { finding, type Finding } from '../../domain/findings.ts';
import { recheckDraft, withFindings } from '../../domain/review-draft.ts';
import { mergeModelLines } from './merge-model-lines.ts';
import type { ModelFindings } from './order-reader.ts';
import { foldKey } from '../../domain/fold-text.ts';
import { sameAmount } from '../../domain/parse-amount.ts';

// Rules first, the model for what they leave open (inbox-zero's rule). Field by field: agreement
// clears a "not sure" reason, a gap the model fills is shown as the model's, a disagreement keeps
// the rules' value and shows both. Nothing the model says can by itself let a draft skip review:
// it appends findings (domain/findings.ts); an agreement is an info finding that clears the
// rules' "not sure" findings of that field, and the order check runs again on the merged values.

export interface MergeInput {
  order: DraftOrder;
  /** Already grounded (ground-model-findings.ts). */
  findings: ModelFindings;
  /** Values grounding dropped and the reader's own notes (short answer, rows missing). */
  flags: string[];
  info: ExtractionInfo;
}

type Scalar = string | number | null;
type Field = { label: string; path: string; rule: Scalar; model: Scalar; set: (o: DraftOrder, v: Scalar) => void };

const same = (a: Scalar, b: Scalar) => (typeof a === 'number' && typeof b === 'number' ? sameAmount(a, b) : foldKey(String(a)) === foldKey(String(b)));

function fields(o: DraftOrder, f: ModelFindings): Field[] {
  const s =
    <K extends keyof DraftOrder>(k: K) =>
    (d: DraftOrder, v: Scalar) =>
      void ((d as Record<string, unknown>)[k] = v);
  return [
    { label: 'PO number', path: 'poNumber', rule: o.poNumber, model: f.poNumber, set: s('poNumber') },
    { label: 'order date', path: 'orderDate', rule: o.orderDate, model: f.orderDate, set: s('orderDate') },
    { label: 'requested delivery date', path: 'requestedDeliveryDate', rule: o.requestedDeliveryDate, model: f.requestedDeliveryDate, set: s('requestedDeliveryDate') },
    { label: 'currency', path: 'currency', rule: o.currency, model: f.currency?.toUpperCase() ?? null, set: s('currency') },
    { label: 'buyer company', path: 'buyer.company', rule: o.buyer.company, model: f.buyerCompany, set: (d, v) => void (d.buyer = { ...d.buyer, company: v as string }) },
    { label: 'payment terms', path: 'paymentTerms', rule: o.paymentTerms, model: f.paymentTerms, set: s('paymentTerms') },
    { label: 'shipping method', path: 'shippingMethod', rule: o.shippingMethod, model: f.shippingMethod, set: s('shippingMethod') },
    ...(['subtotal', 'tax', 'shipping', 'total'] as const).map((k) => ({ label: k, path: k, rule: o[k], model: f[k], set: s(k) })),
  ];
}

const model = (rule: string, code: string, severity: 'warn' | 'info', message: string, field: string | null = null) => finding('model', rule, code, severity, message, field);

const addressText = (a: Address | null) => (a ? [a.name, a.street, a.postalCode, a.city].filter(Boolean).join(', ') : '');

/** Ship-to and bill-to: compared on name and town, filled whole when the rules found none. */
function mergeAddress(label: string, path: 'shipTo' | 'billTo', rule: Address | null, found: Address | null, out: Finding[]): Address | null {
  if (!found) return rule;
  if (!rule) {
    out.push(model('model-address', 'model-only', 'warn', `${label} "${addressText(found)}" read by the model only, check it`, path));
    return found;
  }
  const differs = (a: string | null, b: string | null) => a !== null && b !== null && !same(a, b);
  if (differs(rule.name, found.name) || differs(rule.city, found.city))
    out.push(model('model-address', 'disagree', 'warn', `${label}: the rules read "${addressText(rule)}", the model read "${addressText(found)}"`, path));
  else out.push(model('model-address', 'confirmed', 'info', `the model read the same ${label}`, path));
  return rule;
}

export function mergeModelFindings({ order, findings, flags, info }: MergeInput): DraftOrder {
  const merged: DraftOrder = { ...order, buyer: { ...order.buyer } };
  const out: Finding[] = [model('model-merge', 'read', 'info', 'read by the model as well as the rules'), ...flags.map((f) => model('model-reader', 'note', 'warn', f))];
  for (const f of fields(order, findings)) {
    if (f.model === null) continue;
    if (f.rule === null) {
      f.set(merged, f.model);
      out.push(model('model-field', 'model-only', 'warn', `${f.label} "${f.model}" read by the model only, check it`, f.path));
    } else if (same(f.rule, f.model)) out.push(model('model-field', 'confirmed', 'info', `the model read the same ${f.label}`, f.path));
    else out.push(model('model-field', 'disagree', 'warn', `${f.label}: the rules read "${f.rule}", the model read "${f.model}"`, f.path));
  }
  merged.shipTo = mergeAddress('ship-to', 'shipTo', order.shipTo, findings.shipTo, out);
  merged.billTo = mergeAddress('bill-to', 'billTo', order.billTo, findings.billTo, out);
  const lines = mergeModelLines(order.lines, findings.lines);
  merged.lines = lines.lines;
  out.push(...lines.reasons.map((r) => model('model-lines', 'disagree', 'warn', r)));
  out.push(...[...lines.confirmed].map((i) => model('model-lines', 'confirmed', 'info', `the model read line ${order.lines[i].lineNo ?? i + 1} the same`, `lines.${i}`)));
  return { ...recheckDraft(merged, out), extraction: info };
}

/** The model could not be asked or answered nothing usable: the rules' draft, sent to review. */
export function markModelUnavailable(order: DraftOrder, reason: string, info: ExtractionInfo): DraftOrder {
  return { ...withFindings(order, [model('model-call', 'unavailable', 'warn', `model not used: ${reason}`)]), extraction: info };
}
