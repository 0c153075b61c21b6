import { describe, expect, it } from 'vitest';
import { toOrdersCsv } from './to-orders-csv.ts';

describe('toOrdersCsv', () => {
  it('writes one row per line, quotes where needed and defuses formulas', () => {
    const order = {
      poNumber: '=HYPERLINK("http://x")', orderDate: '2026-03-02', requestedDeliveryDate: null,
      buyer: { company: 'Acme, Inc.', contactName: null, email: 'a@acme.example', phone: null, customerId: 'C1' },
      shipTo: null, billTo: null, currency: 'USD',
      lines: [{ lineNo: 1, sku: 'A', catalogSku: null, description: 'say "hi"', quantity: 2, unit: 'EA', unitPrice: 1.5, amount: 3, confidence: 1 }],
      subtotal: 3, tax: null, shipping: null, total: 3, paymentTerms: null, shippingMethod: null, notes: null,
      urgency: { level: 'normal' as const, reasons: [] }, confidence: 1, needsReview: false, reviewReasons: [],
    };
    const csv = toOrdersCsv([{ id: 'd1', status: 'approved', createdAt: '2026-03-02T00:00:00Z', source: { kind: 'email', messageId: null, from: null, subject: null, receivedAt: null, file: null, documents: [] }, order }]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('draft_id,po_number,order_date,requested_delivery_date,buyer_company,customer_id,buyer_email,currency,line_no,sku,catalog_sku,description,quantity,unit,unit_price,amount,order_total');
    expect(row).toBe(`d1,"'=HYPERLINK(""http://x"")",2026-03-02,,"Acme, Inc.",C1,a@acme.example,USD,1,A,,"say ""hi""",2,EA,1.5,3,3`);
  });
});
