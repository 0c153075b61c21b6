import type { DraftRecord } from '../../store/list-drafts.ts';

// Approved orders as CSV, one row per line, for import into an ERP or a spreadsheet. Cells that a
// spreadsheet would run as a formula (= + - @ at the start) are prefixed with ', since the text
// comes from customers' mail.

const HEADER = ['draft_id', 'po_number', 'order_date', 'requested_delivery_date', 'buyer_company', 'customer_id', 'buyer_email', 'currency', 'line_no', 'sku', 'catalog_sku', 'description', 'quantity', 'unit', 'unit_price', 'amount', 'order_total'];

export function toOrdersCsv(drafts: DraftRecord[]): string {
  const rows = drafts.flatMap((draft) => {
    const o = draft.order;
    return o.lines.map((line, i) => [
      draft.id, o.poNumber, o.orderDate, o.requestedDeliveryDate, o.buyer.company, o.buyer.customerId, o.buyer.email, o.currency,
      line.lineNo ?? i + 1, line.sku, line.catalogSku, line.description, line.quantity, line.unit, line.unitPrice, line.amount, o.total,
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
