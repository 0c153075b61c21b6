import { describe, expect, it } from 'vitest';
import { amountsAgree, blockingProblems, checkOrder } from './check-order.ts';
import type { DraftOrder } from './draft-order.ts';

const line = (quantity: number, unitPrice: number | null, amount: number | null, more: Partial<DraftOrder['lines'][number]> = {}) => ({
  lineNo: null,
  sku: 'A',
  catalogSku: null,
  description: 'Widget',
  quantity,
  unit: 'EA',
  unitPrice,
  amount,
  confidence: 0.95,
  ...more,
});

function order(overrides: Partial<DraftOrder> = {}): DraftOrder {
  return {
    poNumber: 'PO-1',
    orderDate: '2026-03-01',
    requestedDeliveryDate: '2026-04-01',
    buyer: { company: 'Northwind', contactName: null, email: null, phone: null, customerId: 'C-1' },
    shipTo: { name: 'Northwind', street: '1 Main St', city: 'Springfield', region: null, postalCode: '12345', country: 'US' },
    billTo: null,
    currency: 'USD',
    lines: [line(2, 5, 10, { sku: 'A' }), line(1, 2.5, 2.5, { sku: 'B' })],
    subtotal: 12.5,
    tax: 1,
    shipping: 0.5,
    total: 14,
    paymentTerms: null,
    shippingMethod: null,
    notes: null,
    urgency: { level: 'normal', reasons: [] },
    confidence: 0.9,
    needsReview: true,
    reviewReasons: [],
    ...overrides,
  };
}

describe('checkOrder', () => {
  it('finds nothing in a complete order that adds up', () => {
    expect(checkOrder(order())).toEqual([]);
  });

  it('blocks on a line that does not multiply out, on sums, on a quantity of 0 and on no lines', () => {
    const findings = checkOrder(order({ lines: [line(3, 5, 10, { sku: 'A' }), line(0, 2.5, 2.5, { sku: 'B' })], total: 15 }));
    expect(findings.filter((f) => f.severity === 'block').map((f) => [f.field, f.rule])).toEqual([
      ['lines.0.quantity', 'line-arithmetic'],
      ['lines.0.amount', 'line-arithmetic'],
      ['lines.1.quantity', 'line-quantity'],
      ['total', 'subtotal-to-total'],
    ]);
    expect(blockingProblems(order({ lines: [], subtotal: null, total: null, tax: null, shipping: null }))).toEqual(['no order lines found']);
    expect(blockingProblems(order({ subtotal: 99, total: 100.5 }))).toEqual(['line amounts add up to 12.50 but the subtotal is 99.00']);
  });

  it('asks for a look when tax or freight is added to the goods but no total was read', () => {
    const missing = checkOrder(order({ total: null }));
    expect(missing.map((f) => [f.field, f.rule, f.severity])).toEqual([['total', 'total-present', 'warn']]);
    expect(checkOrder(order({ total: null, tax: null, shipping: null }))).toEqual([]);
  });

  it('warns about what a person should look at without blocking', () => {
    const findings = checkOrder(
      order({ poNumber: null, currency: null, lines: [line(2, null, null, { confidence: 0.4 })], subtotal: null, tax: null, shipping: null, total: null }),
    );
    expect(findings.every((f) => f.severity === 'warn')).toBe(true);
    expect(findings.map((f) => f.field)).toEqual(['poNumber', 'total', 'lines.0.unitPrice', 'lines.0']);
    // A buyer nobody can be reached at blocks; a buyer with only an address asks for a look.
    expect(blockingProblems(order({ buyer: { ...order().buyer, company: null } }))).toEqual(['buyer company not found']);
    expect(blockingProblems(order({ buyer: { ...order().buyer, company: null, email: 'a@b.example' } }))).toEqual([]);
  });

  it('counts discount and charge rows, and a discount printed on a line', () => {
    // 10 + 2.50 = 12.50 less a 1.25 discount row = 11.25; + 1 tax + 0.5 freight + 2 handling = 14.75.
    const charges = [
      { kind: 'discount' as const, label: 'Discount 10%', amount: -1.25, applies: 'lines' as const },
      { kind: 'other' as const, label: 'Handling', amount: 2, applies: 'subtotal' as const },
    ];
    expect(blockingProblems(order({ subtotal: 11.25, total: 14.75, charges }))).toEqual([]);
    expect(blockingProblems(order({ subtotal: 11.25, total: 14.75 }))).toEqual([
      'line amounts add up to 12.50 but the subtotal is 11.25',
      'subtotal + tax + shipping (12.75) is not the total 14.75',
    ]);
    expect(blockingProblems(order({ subtotal: 11.5, total: 15, charges }))[0]).toBe(
      'line amounts add up to 12.50 (11.25 with the discount and charge rows) but the subtotal is 11.50',
    );
    const discounted = order({ lines: [line(2, 5, 9, { discountPercent: 10 })], subtotal: 9, total: 10.5 });
    expect(blockingProblems(discounted)).toEqual([]);
    expect(blockingProblems({ ...discounted, lines: [line(2, 5, 9)] })).toEqual(['line 1: 2 x 5 is 10.00, not the amount 9.00']);
  });

  it('allows the rounding of printed cents and nothing more', () => {
    // 3 x 0.333 printed as 0.33 is 0.99, the amount printed 1.00: a rounded price.
    expect(amountsAgree(3 * 0.33, 1.0, 4)).toBe(true);
    expect(amountsAgree(10, 10.02, 1)).toBe(false);
    expect(blockingProblems(order({ lines: [line(3, 0.33, 1)], subtotal: 1, total: 2.5 }))).toEqual([]);
    expect(blockingProblems(order({ lines: [line(1, 100, 100.4)], subtotal: 100.4, total: 101.9 }))).toEqual(['line 1: 1 x 100 is 100.00, not the amount 100.40']);
  });

  it('names an item number repeated 20,000 times once, in linear time', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => line(1, 1, 1, { lineNo: i + 1, sku: 'ab-100' }));
    const reasons = checkOrder(order({ lines, subtotal: 20_000, total: 20_001.5 })).map((f) => f.message);
    expect(reasons).toEqual(['item number AB-100 appears on lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 19,990 more']);
  }, 10_000);
});
