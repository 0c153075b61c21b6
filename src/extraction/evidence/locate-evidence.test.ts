import { describe, expect, it } from 'vitest';
import type { DraftOrder } from '../../domain/draft-order.ts';
import { locateEvidence } from './locate-evidence.ts';
import { pdfDoc, textDoc } from '../testing/layout-docs.ts';

function order(overrides: Partial<DraftOrder>): DraftOrder {
  return {
    poNumber: null,
    orderDate: null,
    requestedDeliveryDate: null,
    buyer: { company: null, contactName: null, email: null, phone: null, customerId: null },
    shipTo: null,
    billTo: null,
    currency: null,
    lines: [],
    subtotal: null,
    tax: null,
    shipping: null,
    total: null,
    paymentTerms: null,
    shippingMethod: null,
    notes: null,
    urgency: { level: 'normal', reasons: [] },
    confidence: 1,
    needsReview: false,
    reviewReasons: [],
    ...overrides,
  };
}

const line = (sku: string | null, description: string, quantity: number, unitPrice: number, amount: number) => ({
  lineNo: null,
  sku,
  catalogSku: null,
  description,
  quantity,
  unit: null,
  unitPrice,
  amount,
  confidence: 1,
});

const page = pdfDoc([
  [
    [10, 'Northwind Traders Inc.'],
    [300, 'PO Number: PO-4711'],
  ],
  [
    [10, 'Item'],
    [100, 'Description'],
    [300, 'Qty'],
    [360, 'Price'],
    [420, 'Amount'],
  ],
  [
    [10, 'GSK-120'],
    [100, 'Gasket 120 mm'],
    [300, '33'],
    [360, '0.72'],
    [420, '23.76'],
  ],
  [
    [10, 'MM4-4010'],
    [100, 'Micro-Motor'],
    [300, '2'],
    [360, '1,200.00'],
    [420, '2,400.00'],
  ],
  [
    [360, 'Total'],
    [420, '2,423.76'],
  ],
]);

describe('locateEvidence', () => {
  it('outlines the PO number, the buyer, each line value on its own row, and the total', () => {
    const evidence = locateEvidence(
      [textDoc('body'), page],
      order({
        poNumber: 'PO-4711',
        buyer: { company: 'Northwind Traders Inc.', contactName: null, email: null, phone: null, customerId: null },
        lines: [line('GSK-120', 'Gasket 120 mm', 33, 0.72, 23.76), line('MM4-4010', 'Micro-Motor', 2, 1200, 2400)],
        total: 2423.76,
      }),
    );
    const at = (field: string) => evidence.find((e) => e.field === field);
    expect(at('poNumber')).toMatchObject({ document: 1, page: 1, text: 'PO-4711' });
    expect(at('buyer.company')?.text).toBe('Northwind Traders Inc.');
    expect(at('lines.1.quantity')).toMatchObject({ text: '2' });
    expect(at('lines.1.unitPrice')?.text).toBe('1,200.00');
    expect(at('lines.0.amount')?.text).toBe('23.76');
    expect(at('total')?.text).toBe('2,423.76');
    // Boxes are fractions of the page, so they fit an image of any size.
    const box = at('lines.0.quantity')!.box;
    expect(box[0]).toBeCloseTo(300 / 600, 3);
    expect(box[1]).toBeCloseTo((40 + 2 * 14) / 800, 3);
    expect(box.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('gives no box for a value that is not on any page, and none for mail text without a page image', () => {
    expect(locateEvidence([page], order({ poNumber: 'PO-9999', lines: [line('XX-1', 'Unknown part', 5, 1, 5)] }))).toEqual([]);
    expect(locateEvidence([textDoc('PO Number: PO-4711')], order({ poNumber: 'PO-4711' }))).toEqual([]);
  });

  it('does not take a quantity from another row', () => {
    const evidence = locateEvidence([page], order({ lines: [line('GSK-120', 'Gasket 120 mm', 2, 0.72, 1.44)] }));
    expect(evidence.find((e) => e.field === 'lines.0.quantity')).toBeUndefined();
  });
});
