import { describe, expect, it } from 'vitest';
import { toOrdersCsv } from './to-orders-csv.ts';

describe('toOrdersCsv', () => {
  it('writes one row per line, quotes where needed and defuses formulas', () => {
    const order = {
      poNumber: '=HYPERLINK("http://x")',
      orderDate: '2026-03-02',
      requestedDeliveryDate: null,
      buyer: { company: 'Acme, Inc.', contactName: null, email: 'a@acme.example', phone: null, customerId: 'C1' },
      shipTo: null,
      billTo: null,
      currency: 'USD',
      lines: [{ lineNo: 1, sku: 'A', catalogSku: null, description: 'say "hi"', quantity: 2, unit: 'EA', unitPrice: 1.5, amount: 3, confidence: 1 }],
      subtotal: 3,
      tax: null,
      shipping: null,
      total: 3,
      paymentTerms: null,
      shippingMethod: null,
      notes: null,
      urgency: { level: 'normal' as const, reasons: [] },
      confidence: 1,
      needsReview: false,
      reviewReasons: [],
    };
    const csv = toOrdersCsv([
      {
        id: 'd1',
        status: 'approved',
        createdAt: '2026-03-02T00:00:00Z',
        source: { kind: 'email', messageId: null, from: null, subject: null, receivedAt: null, file: null, documents: [] },
        order,
      },
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'draft_id,po_number,order_date,requested_delivery_date,buyer_company,customer_id,buyer_email,currency,line_no,sku,catalog_sku,description,quantity,unit,unit_price,amount,order_total,' +
        'ship_to_name,ship_to_street,ship_to_city,ship_to_region,ship_to_postal_code,ship_to_country,bill_to_name,bill_to_street,bill_to_city,bill_to_region,bill_to_postal_code,bill_to_country,' +
        'payment_terms,shipping_method,notes,subtotal,tax,shipping,buyer_contact,buyer_phone,approved_by,approved_at',
    );
    expect(row).toBe(`d1,"'=HYPERLINK(""http://x"")",2026-03-02,,"Acme, Inc.",C1,a@acme.example,USD,1,A,,"say ""hi""",2,EA,1.5,3,3,,,,,,,,,,,,,,,,3,,,,,,`);
  });

  it('repeats the addresses, terms, shipping method, notes and the approval on every line', () => {
    const line = (lineNo: number) => ({ lineNo, sku: `S${lineNo}`, catalogSku: null, description: 'd', quantity: 1, unit: 'EA', unitPrice: 2, amount: 2, confidence: 1 });
    const order = {
      poNumber: 'PO-9',
      orderDate: '2026-03-02',
      requestedDeliveryDate: '2026-03-20',
      buyer: { company: 'Acme', contactName: 'Ann Lee', email: 'a@acme.example', phone: '+1 555 0100', customerId: 'C1' },
      shipTo: { name: 'Acme Plant 2', street: 'Dock 4\n12 Mill Road', city: 'Springfield', region: 'OH', postalCode: '45503', country: 'US' },
      billTo: { name: 'Acme Accounts', street: 'PO Box 7', city: 'Dayton', region: 'OH', postalCode: '45401', country: 'US' },
      currency: 'USD',
      lines: [line(1), line(2)],
      subtotal: 4,
      tax: 0.4,
      shipping: 5,
      total: 9.4,
      paymentTerms: 'Net 30',
      shippingMethod: 'UPS Ground',
      notes: 'gate 3, call ahead',
      urgency: { level: 'normal' as const, reasons: [] },
      confidence: 1,
      needsReview: false,
      reviewReasons: [],
    };
    const csv = toOrdersCsv([
      {
        id: 'd9',
        status: 'approved',
        createdAt: '2026-03-02T00:00:00Z',
        source: { kind: 'email', messageId: null, from: null, subject: null, receivedAt: null, file: null, documents: [] },
        order,
        approvedBy: 'rep@example.com',
        approvedAt: '2026-03-03T08:00:00.000Z',
      },
    ]);
    const rows = csv.split('\r\n');
    const tail =
      ',Acme Plant 2,"Dock 4\n12 Mill Road",Springfield,OH,45503,US,Acme Accounts,PO Box 7,Dayton,OH,45401,US,Net 30,UPS Ground,"gate 3, call ahead",4,0.4,5,Ann Lee,\'+1 555 0100,rep@example.com,2026-03-03T08:00:00.000Z';
    expect(rows[1]).toBe(`d9,PO-9,2026-03-02,2026-03-20,Acme,C1,a@acme.example,USD,1,S1,,d,1,EA,2,2,9.4${tail}`);
    expect(rows[2]).toBe(`d9,PO-9,2026-03-02,2026-03-20,Acme,C1,a@acme.example,USD,2,S2,,d,1,EA,2,2,9.4${tail}`);
  });

  it('neutralises cells from customer text that start with = + - @ TAB or CR, and keeps negative numbers numbers', () => {
    const line = (lineNo: number, description: string, amount: number) => ({
      lineNo,
      sku: 'A',
      catalogSku: null,
      description,
      quantity: 1,
      unit: 'EA',
      unitPrice: amount,
      amount,
      confidence: 1,
    });
    const order = {
      poNumber: 'PO-1',
      orderDate: '2026-03-02',
      requestedDeliveryDate: null,
      buyer: { company: '@SUM(A1:A9)', contactName: null, email: null, phone: null, customerId: null },
      shipTo: null,
      billTo: null,
      currency: 'USD',
      lines: [
        line(1, '=HYPERLINK("http://x","y")', 1),
        line(2, "+cmd|' /C calc'!A0", 1),
        line(3, '-2+3', -2.5),
        line(4, '\t=1+1', 1),
        line(5, '\r=1+1', 1),
        line(6, 'Widget - blue', 1),
      ],
      subtotal: 0,
      tax: null,
      shipping: null,
      total: -1,
      paymentTerms: null,
      shippingMethod: null,
      notes: null,
      urgency: { level: 'normal' as const, reasons: [] },
      confidence: 1,
      needsReview: false,
      reviewReasons: [],
    };
    const csv = toOrdersCsv([
      {
        id: 'd1',
        status: 'approved',
        createdAt: '2026-03-02T00:00:00Z',
        source: { kind: 'email', messageId: null, from: null, subject: null, receivedAt: null, file: null, documents: [] },
        order,
      },
    ]);
    const rows = csv.split('\r\n').slice(1, -1);
    expect(rows[0]).toBe(`d1,PO-1,2026-03-02,,'@SUM(A1:A9),,,USD,1,A,,"'=HYPERLINK(""http://x"",""y"")",1,EA,1,1,-1,,,,,,,,,,,,,,,,0,,,,,,`);
    expect(rows[1]).toContain(`,'+cmd|' /C calc'!A0,`);
    // A genuine negative number stays a number (amount, unit price, total); text starting with - does not.
    expect(rows[2]).toBe(`d1,PO-1,2026-03-02,,'@SUM(A1:A9),,,USD,3,A,,'-2+3,1,EA,-2.5,-2.5,-1,,,,,,,,,,,,,,,,0,,,,,,`);
    expect(rows[3]).toContain(`,'\t=1+1,`);
    expect(rows[4]).toContain(`,"'\r=1+1",`);
    expect(rows[5]).toContain(',Widget - blue,');
    // No cell of the file opens a formula: every cell starting with a trigger is quoted text.
    for (const row of rows) for (const cell of row.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]/);
  });
});
