import { describe, expect, it } from 'vitest';
import type { DraftOrder, OrderLine } from '../../domain/draft-order.ts';
import { finding, toReview } from '../../domain/findings.ts';
import { reviewReading, type FieldConfidence } from './review-order.ts';

const line = (o: Partial<OrderLine> = {}): OrderLine => ({
  lineNo: 1,
  sku: 'AB-100',
  catalogSku: null,
  description: 'Hex bolt M8',
  quantity: 10,
  unit: 'EA',
  unitPrice: 1.5,
  amount: 15,
  confidence: 1,
  ...o,
});

/** 10 x 1.50 + 5 x 4.00 = 35.00; + 2.80 tax + 10.00 shipping = 47.80. */
const consistent: DraftOrder = {
  poNumber: '4500012345',
  orderDate: '2026-03-09',
  requestedDeliveryDate: null,
  buyer: { company: 'Acme Inc.', contactName: 'Jane Doe', email: 'jane@acme.example', phone: null, customerId: null },
  shipTo: { name: 'Acme Tools Inc.', street: '12 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
  billTo: null,
  currency: 'USD',
  lines: [line(), line({ lineNo: 2, sku: 'CT-200', description: 'Cable ties', quantity: 5, unitPrice: 4, amount: 20 })],
  subtotal: 35,
  tax: 2.8,
  shipping: 10,
  total: 47.8,
  paymentTerms: 'Net 30',
  shippingMethod: null,
  notes: null,
  urgency: { level: 'normal', reasons: [] },
  confidence: 0,
  needsReview: false,
  reviewReasons: [],
};
const sure: FieldConfidence = { poNumber: 0.95, orderDate: 0.95, company: 0.85, lines: 1, totals: 0.9 };
/** The reasons and confidence the reading's findings give (domain/findings toReview). */
function reviewOrder(o: DraftOrder, conf: FieldConfidence, extra: string[]) {
  const reading = reviewReading(
    o,
    conf,
    extra.map((m) => finding('read', 'test', 'skipped', 'warn', m)),
  );
  const review = toReview(reading.findings, reading.readingConfidence);
  return { reasons: review.reviewReasons, confidence: review.confidence };
}
const reasonsFor = (o: Partial<DraftOrder>, conf: Partial<FieldConfidence> = {}) => reviewOrder({ ...consistent, ...o }, { ...sure, ...conf }, []).reasons;

describe('reviewOrder', () => {
  it('finds no reason in a consistent draft, and keeps its confidence', () => {
    expect(reviewOrder(consistent, sure, [])).toEqual({ reasons: [], confidence: 0.93 });
  });

  it.each([
    ['line amounts that are not the subtotal', { subtotal: 40, total: 52.8 }, ['line amounts add up to 35.00 but the subtotal is 40.00']],
    [
      'a wrong line amount, on its line and through the sum',
      { lines: [line(), line({ lineNo: 2, sku: 'CT-200', quantity: 5, unitPrice: 4, amount: 16 })] },
      ['line 2: 5 x 4 is 20.00, not the amount 16.00', 'line amounts add up to 31.00 but the subtotal is 35.00'],
    ],
    ['subtotal + tax + shipping that is not the total', { total: 50 }, ['subtotal + tax + shipping (47.80) is not the total 50.00']],
    ['line amounts that are not the only total', { subtotal: null, tax: null, shipping: null, total: 30 }, ['line amounts add up to 35.00 but the total is 30.00']],
    ['no PO number', { poNumber: null }, ['no purchase order number']],
    ['no order date', { orderDate: null }, ['no order date']],
    ['no buyer company', { buyer: { ...consistent.buyer, company: null } }, ['buyer company not found']],
    ['an item number on two lines', { lines: [line(), line({ lineNo: 2, sku: 'ab-100', quantity: 5, unitPrice: 4, amount: 20 })] }, ['item number AB-100 appears on lines 1, 2']],
    ['no lines', { lines: [], subtotal: null, tax: null, shipping: null, total: null }, ['no order lines found']],
    ['lines and no totals', { subtotal: null, tax: null, shipping: null, total: null }, ['no totals to check the lines against']],
    ['prices without a currency', { currency: null }, ['currency not stated']],
    [
      'a line without price, quantity or confidence',
      { lines: [line({ quantity: 0, amount: 0 }), line({ lineNo: 2, sku: 'CT-200', unitPrice: null, amount: 20, confidence: 0.5 })], subtotal: 20, total: 32.8 },
      ['line 1: quantity is 0', 'line 2: no unit price', 'line 2: low confidence (0.50)'],
    ],
  ] as [string, Partial<DraftOrder>, string[]][])('names %s', (_, change, reasons) => {
    expect(reasonsFor(change)).toEqual(reasons);
  });

  it('lists the first ten lines of an item number repeated 20,000 times, in linear time', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => line({ lineNo: i + 1 }));
    const reasons = reasonsFor({ lines, subtotal: null, total: null });
    expect(reasons).toContain('item number AB-100 appears on lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 19,990 more');
  }, 10_000);

  it('numbers lines without a line number by their position', () => {
    expect(reasonsFor({ lines: [line({ lineNo: null }), line({ lineNo: null, quantity: 5, unitPrice: 4, amount: 20 })] })).toEqual(['item number AB-100 appears on lines 1, 2']);
  });

  it.each([
    ['a PO number found without a clear label', { poNumber: 0.7 }, ['purchase order number found without a clear label']],
    ['an uncertain buyer company', { company: 0.6 }, ['buyer company uncertain']],
  ])('names %s', (_, conf, reasons) => {
    expect(reasonsFor({}, conf)).toEqual(reasons);
  });

  it('counts discount rows of the table and other charges before it complains', () => {
    const discounted = { subtotal: 33, total: 45.8 };
    expect(reviewOrder({ ...consistent, ...discounted, charges: [{ kind: 'discount', label: 'Discount', amount: -2, applies: 'lines' }] }, sure, []).reasons).toEqual([]);
    expect(reviewOrder({ ...consistent, total: 52.8, charges: [{ kind: 'other', label: 'Handling', amount: 5, applies: 'subtotal' }] }, sure, []).reasons).toEqual([]);
    expect(reviewOrder({ ...consistent, total: 52.8 }, sure, []).reasons).toEqual(['subtotal + tax + shipping (47.80) is not the total 52.80']);
  });

  it('keeps the reasons it is given first, once each, and lowers the confidence for each reason', () => {
    const review = reviewOrder({ ...consistent, poNumber: null }, sure, ['scan.png: not read', 'scan.png: not read']);
    expect(review).toEqual({ reasons: ['scan.png: not read', 'no purchase order number'], confidence: 0.75 });
  });
});

describe('reviewOrder: where the goods go', () => {
  it('asks for review when an order with lines names no ship-to address', () => {
    expect(reasonsFor({ shipTo: null })).toContain('no ship-to address found');
  });
});
