// An order sent as data becomes a draft the way it was sent: every field the standard states is
// taken as stated (confidence 1), nothing guessed. What a person must still look at is a finding:
// a change to an earlier order, a line count or total the message contradicts (the order check),
// and, in matching, an identifier the customer master does not know.

import { checkOrder } from '../../domain/check-order.ts';
import type { Charge, DocumentClassification, DraftOrder, OrderLine } from '../../domain/draft-order.ts';
import { finding, type Finding } from '../../domain/findings.ts';
import type { LayoutDocument, ReadInput } from '../../domain/layout.ts';
import { withFindings } from '../../domain/review-draft.ts';
import type { PartyId, PartyRole, StructuredOrder, StructuredParty } from '../../domain/structured-order.ts';
import { toOrderUnit } from '../../domain/to-order-unit.ts';
import { detectUrgency } from '../classify/detect-urgency.ts';

const cents = (n: number) => Math.round(n * 100) / 100;

/** The drafts of a structured document: one per order it carries (an interchange may carry several). */
export function toStructuredDrafts(doc: LayoutDocument, input: ReadInput): DraftOrder[] {
  const payloadId = doc.structured?.payloadId ?? undefined;
  return (doc.structured?.orders ?? [])
    .filter((o) => o.notOrder === null)
    .map((o) => toDraft(o, doc, input))
    .map((d) => (payloadId && d.structured ? { ...d, structured: { ...d.structured, payloadId } } : d));
}

/** How a structured document was judged, for the result's classification. */
export function structuredClassification(doc: LayoutDocument): DocumentClassification[] {
  return (doc.structured?.orders ?? []).map((o) => ({
    document: doc.name,
    verdict: o.notOrder === null ? 'order' : 'not-order',
    kind: o.notOrder === null ? null : o.notOrder,
    score: o.notOrder === null ? 10 : -10,
    signs: [`structured ${o.version} ${o.documentType}${o.notOrder ? `: ${o.notOrder}` : ''}`],
  }));
}

function toDraft(o: StructuredOrder, doc: LayoutDocument, input: ReadInput): DraftOrder {
  const party = (role: PartyRole): StructuredParty | undefined => o.parties.find((p) => p.role === role);
  const buyer = party('buyer');
  const billTo = party('billTo');
  const shipTo = party('shipTo');
  const lines = o.lines.map(toLine);
  const freight = o.charges.filter((c) => c.kind === 'charge' && c.what === 'freight');
  const shipping = freight.length ? cents(freight.reduce((s, c) => s + c.amount, 0)) : null;
  const charges: Charge[] = [
    ...o.charges
      .filter((c) => !freight.includes(c))
      .map((c): Charge => ({ kind: c.kind === 'allowance' ? 'discount' : 'other', label: c.label, amount: c.kind === 'allowance' ? -c.amount : c.amount, applies: 'subtotal' })),
    // A line's allowances and charges count into the goods where its amount is quantity x price.
    ...o.lines.flatMap((l, i) =>
      l.amountStated
        ? []
        : l.charges.map(
            (c): Charge => ({
              kind: c.kind === 'allowance' ? 'discount' : 'other',
              label: `line ${l.lineNo ?? i + 1}: ${c.label}`,
              amount: c.kind === 'allowance' ? -c.amount : c.amount,
              applies: 'lines',
            }),
          ),
    ),
  ];
  // What the message does not state (an X12 850 rarely states totals) is the sum of what it does,
  // so it cannot contradict it; a stated total that contradicts the lines is the order check's finding.
  const sum = lines.every((l) => l.amount !== null) ? cents(lines.reduce((s, l) => s + (l.amount ?? 0), 0)) : null;
  const inLines = charges.reduce((s, c) => s + (c.applies === 'lines' ? c.amount : 0), 0);
  const subtotal = o.lineTotal ?? (sum === null ? null : cents(sum + inLines));
  const total =
    o.total ?? (subtotal === null ? null : cents(subtotal + (o.tax ?? 0) + (shipping ?? 0) + charges.reduce((s, c) => s + (c.applies === 'subtotal' ? c.amount : 0), 0)));
  const company = buyer?.address?.name ?? billTo?.address?.name ?? null;
  const draft: DraftOrder = {
    poNumber: o.poNumber,
    orderDate: o.orderDate,
    requestedDeliveryDate: o.requestedDeliveryDate,
    buyer: { company, contactName: buyer?.contactName ?? null, email: buyer?.email ?? null, phone: buyer?.phone ?? null, customerId: null },
    shipTo: shipTo?.address ?? null,
    billTo: billTo?.address ?? null,
    currency: o.currency,
    lines,
    subtotal,
    tax: o.tax,
    shipping,
    total,
    paymentTerms: o.paymentTerms,
    shippingMethod: o.shippingMethod,
    notes: o.notes,
    ...(charges.length ? { charges } : {}),
    urgency: detectUrgency({
      subject: input.subject,
      body: null,
      documentTexts: [o.rush ?? '', o.notes ?? '', o.shippingMethod ?? ''].filter(Boolean),
      receivedAt: input.receivedAt,
      requestedDeliveryDate: o.requestedDeliveryDate,
    }),
    confidence: 1,
    readingConfidence: 1,
    needsReview: false,
    reviewReasons: [],
    findings: [],
    structured: { format: o.format, version: o.version, documentType: o.documentType, buyerIds: distinct(buyer?.ids ?? []), supplierIds: distinct(party('supplier')?.ids ?? []) },
  };
  return withFindings(draft, [...structuredFindings(o, doc), ...checkOrder(draft)]);
}

function toLine(l: StructuredOrder['lines'][number], i: number): OrderLine {
  return {
    lineNo: l.lineNo ?? i + 1,
    sku: l.supplierPartNumber ?? l.buyerPartNumber ?? l.gtin,
    catalogSku: null,
    description: l.description,
    quantity: l.quantity,
    unit: toOrderUnit(l.unitCode),
    unitPrice: l.unitPrice,
    amount: l.amount,
    confidence: 1,
    buyerPartNumber: l.buyerPartNumber,
    supplierPartNumber: l.supplierPartNumber,
    gtin: l.gtin,
    unitCode: l.unitCode,
  };
}

function structuredFindings(o: StructuredOrder, doc: LayoutDocument): Finding[] {
  const out: Finding[] = [];
  if (o.change) out.push(finding('read', 'structured-change', 'change', 'warn', `${doc.name}: ${o.change}: check it against the earlier order`));
  if (o.statedLineCount !== null && o.statedLineCount !== o.lines.length) {
    out.push(
      finding('read', 'structured-line-count', 'line-count', 'warn', `${doc.name}: the message says it has ${o.statedLineCount} lines but carries ${o.lines.length}`, 'lines'),
    );
  }
  return out;
}

function distinct(ids: PartyId[]): PartyId[] {
  const seen = new Set<string>();
  return ids.filter((id) => !seen.has(`${id.scheme}\u0000${id.value}`) && !!seen.add(`${id.scheme}\u0000${id.value}`));
}
