import { describe, expect, it } from 'vitest';
import { carryLineMatches, editedFields, mergeAddress, remapLineFindings, withDeskEdits } from './desk-edits.ts';
import type { DraftOrder } from './draft-order.ts';
import { finding, openFindings } from './findings.ts';

const line = (sku: string, match?: string) => ({
  lineNo: null,
  sku,
  catalogSku: null,
  description: null,
  quantity: 1,
  unit: null,
  unitPrice: 2,
  amount: 2,
  confidence: 1,
  ...(match
    ? {
        match: {
          method: 'sku' as const,
          score: 1,
          reason: match,
          unitFactor: 1,
          catalogQuantity: null,
          catalogUnit: null,
          expectedUnitPrice: null,
          priceDifferencePercent: null,
          backorder: false,
          warnings: [],
        },
      }
    : {}),
});
const order = (lines: DraftOrder['lines'], poNumber: string | null = null): DraftOrder => ({
  poNumber,
  orderDate: null,
  requestedDeliveryDate: null,
  buyer: { company: 'Acme', contactName: null, email: null, phone: null, customerId: null },
  shipTo: null,
  billTo: null,
  currency: 'USD',
  lines,
  subtotal: null,
  tax: null,
  shipping: null,
  total: null,
  paymentTerms: null,
  shippingMethod: null,
  notes: null,
  urgency: { level: 'normal', reasons: [] },
  confidence: 0.8,
  needsReview: true,
  reviewReasons: [],
});

describe('desk edits', () => {
  it("keeps a line's catalogue match while its item stays, following the line where it moved", () => {
    const before = order([line('A', 'by A'), line('B', 'by B')]);
    const after = carryLineMatches(before, order([line('B'), line('NEW'), line('A2')]), [1, null, 0]);
    expect(after.lines.map((l) => l.match?.reason ?? null)).toEqual(['by B', null, null]);
  });

  it("moves the other stages' line findings with their lines and drops a removed line's", () => {
    const found = [
      finding('match', 'price', 'match', 'warn', 'line 2 price', 'lines.1'),
      finding('match', 'cat', 'match', 'warn', 'line 1 sku', 'lines.0.catalogSku'),
      finding('read', 'ocr', 'ocr', 'warn', 'scan'),
    ];
    expect(remapLineFindings(found, [1, null]).map((f) => [f.message, f.field])).toEqual([
      ['line 2 price', 'lines.0'],
      ['scan', null],
    ]);
  });

  it('settles the clearable doubts about the fields a person set, and only those', () => {
    const before = order([line('A')]);
    const after = order([{ ...line('A'), quantity: 3 }], 'PO-1');
    const fields = editedFields(before, after);
    expect(fields).toEqual(['poNumber', 'lines.0.quantity']);
    const doubts = [
      finding('extract', 'file-name', 'uncertain', 'warn', 'PO uncertain', 'poNumber', true),
      finding('extract', 'x', 'uncertain', 'warn', 'buyer uncertain', 'buyer.company', true),
      finding('duplicate', 'd', 'duplicate', 'warn', 'seen before', 'poNumber'),
    ];
    const open = openFindings(withDeskEdits(doubts, fields, 'rep@example.com')).filter((f) => f.severity !== 'info');
    expect(open.map((f) => f.message)).toEqual(['buyer uncertain', 'seen before']);
  });

  it('changes an address in the parts given; none left is no address', () => {
    expect(mergeAddress(null, { postalCode: '10115' })).toEqual({ name: null, street: null, city: null, region: null, postalCode: '10115', country: null });
    expect(mergeAddress({ name: 'N', street: null, city: 'X', region: null, postalCode: null, country: null }, { city: 'Y' })).toMatchObject({ name: 'N', city: 'Y' });
    expect(mergeAddress({ name: 'N', street: null, city: null, region: null, postalCode: null, country: null }, { name: null })).toBeNull();
    expect(mergeAddress({ name: 'N', street: null, city: null, region: null, postalCode: null, country: null }, null)).toBeNull();
  });
});
