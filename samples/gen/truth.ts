import { extractionResultSchema, type DraftOrder, type ExtractionResult, type SourceDocument } from '../../src/domain/draft-order.ts';
import type { Address, Po } from './model.ts';
import type { Judgement } from './urgency.ts';
import type { MailSpec } from './email.ts';

export type Truth = ExtractionResult & { labelNotes: string[] };

export function bodyDoc(html = false): SourceDocument {
  return { name: 'body', mediaType: html ? 'text/html' : 'text/plain', method: 'text', pages: null };
}

export function pdfDoc(name: string, pages: number): SourceDocument {
  return { name, mediaType: 'application/pdf', method: 'pdf-text', pages };
}

export function sheetDoc(name: string, mediaType: string): SourceDocument {
  return { name, mediaType, method: 'spreadsheet', pages: null };
}

export function textDoc(name: string): SourceDocument {
  return { name, mediaType: 'text/plain', method: 'text', pages: null };
}

export function emailSource(spec: MailSpec, documents: SourceDocument[]): ExtractionResult['source'] {
  return {
    kind: 'email', messageId: spec.messageId, from: spec.from.address.toLowerCase(), subject: spec.subject,
    receivedAt: spec.date.iso, file: null, documents,
  };
}

export function fileSource(name: string, doc: SourceDocument): ExtractionResult['source'] {
  return { kind: 'file', messageId: null, from: null, subject: null, receivedAt: null, file: name, documents: [doc] };
}

function address(a: Address | null): DraftOrder['shipTo'] {
  if (!a) return null;
  return { name: a.name, street: a.street.join('\n'), city: a.city, region: a.region, postalCode: a.postalCode, country: a.country };
}

/** Review reasons visible in the document itself. */
function reviewReasons(po: Po): string[] {
  const out = [...po.reviewReasons];
  if (!po.poNumber) out.push('no purchase order number');
  if (!po.currency) out.push('no prices');
  return out;
}

export function draftOrder(po: Po, urgency: Judgement): DraftOrder {
  const reasons = reviewReasons(po);
  return {
    poNumber: po.poNumber, orderDate: po.orderDate, requestedDeliveryDate: po.deliveryDate,
    buyer: { company: po.company.name, contactName: po.contact?.name ?? null, email: po.contact?.email ?? null, phone: po.contact?.phone ?? null, customerId: null },
    shipTo: address(po.shipTo), billTo: address(po.billTo), currency: po.currency,
    lines: po.lines.map((l) => ({ ...l, unit: l.unit === null ? null : l.unit.toUpperCase(), catalogSku: null, confidence: 1 })),
    subtotal: po.subtotal, tax: po.tax, shipping: po.freight?.amount ?? null, total: po.total,
    paymentTerms: po.paymentTerms, shippingMethod: po.shippingMethod, notes: po.notes,
    urgency: { level: urgency.level, reasons: urgency.reasons },
    confidence: 1, needsReview: reasons.length > 0, reviewReasons: reasons,
  };
}

/** Validates with the zod contract and keeps labelNotes (the scorer ignores them). */
export function makeTruth(source: ExtractionResult['source'], orders: DraftOrder[], labelNotes: string[]): Truth {
  const parsed = extractionResultSchema.parse({ source, isPurchaseOrder: orders.length > 0, orders });
  return { source: parsed.source, isPurchaseOrder: parsed.isPurchaseOrder, orders: parsed.orders, labelNotes };
}

/** Key order of a draft line etc. as in the schema, so files read consistently. */
export function truthJson(t: Truth): string {
  return JSON.stringify(t, null, 2) + '\n';
}
