import type { Address } from '../../domain/draft-order.ts';
import type { DraftRecord } from '../../store/list-drafts.ts';

// Approved orders as CSV, one row per line, for import into an ERP or a spreadsheet: the order's
// header fields (addresses, terms, shipping method, notes, who approved it and when) repeat on
// every line. Columns only ever get added at the end, so an import keyed by position keeps
// working. Cells that a spreadsheet would run as a formula (= + - @ at the start) are prefixed
// with ', since the text comes from customers' mail.

const ADDRESS_PARTS = ['name', 'street', 'city', 'region', 'postal_code', 'country'] as const;

const HEADER = [
  'draft_id',
  'po_number',
  'order_date',
  'requested_delivery_date',
  'buyer_company',
  'customer_id',
  'buyer_email',
  'currency',
  'line_no',
  'sku',
  'catalog_sku',
  'description',
  'quantity',
  'unit',
  'unit_price',
  'amount',
  'order_total',
  ...ADDRESS_PARTS.map((p) => `ship_to_${p}`),
  ...ADDRESS_PARTS.map((p) => `bill_to_${p}`),
  'payment_terms',
  'shipping_method',
  'notes',
  'subtotal',
  'tax',
  'shipping',
  'buyer_contact',
  'buyer_phone',
  'approved_by',
  'approved_at',
];

/** A draft with, when approved, who approved it and when (store/list-approved.ts). */
export type ExportedDraft = DraftRecord & { approvedBy?: string | null; approvedAt?: string | null };

function addressCells(address: Address | null): unknown[] {
  // Street lines are joined with newlines in the draft; one cell, lines kept (quoted).
  return address ? [address.name, address.street, address.city, address.region, address.postalCode, address.country] : ADDRESS_PARTS.map(() => null);
}

export function toOrdersCsv(drafts: ExportedDraft[]): string {
  const rows = drafts.flatMap((draft) => {
    const o = draft.order;
    return o.lines.map((line, i) => [
      draft.id,
      o.poNumber,
      o.orderDate,
      o.requestedDeliveryDate,
      o.buyer.company,
      o.buyer.customerId,
      o.buyer.email,
      o.currency,
      line.lineNo ?? i + 1,
      line.sku,
      line.catalogSku,
      line.description,
      line.quantity,
      line.unit,
      line.unitPrice,
      line.amount,
      o.total,
      ...addressCells(o.shipTo),
      ...addressCells(o.billTo),
      o.paymentTerms,
      o.shippingMethod,
      o.notes,
      o.subtotal,
      o.tax,
      o.shipping,
      o.buyer.contactName,
      o.buyer.phone,
      draft.approvedBy ?? null,
      draft.approvedAt ?? null,
    ]);
  });
  return [HEADER, ...rows].map((row) => row.map(toCell).join(',')).join('\r\n') + '\r\n';
}

function toCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
