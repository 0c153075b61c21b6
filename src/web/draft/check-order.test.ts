import { describe, expect, it } from 'vitest';
import type { DraftOrder } from '../../domain/draft-order.ts';
import { blockingProblems, checkOrder } from './check-order.ts';

const line = (quantity: number, unitPrice: number | null, amount: number | null) => ({ lineNo: 1, sku: 'A', catalogSku: null, description: 'Widget', quantity, unit: 'EA', unitPrice, amount, confidence: 0.95 });

function order(overrides: Partial<DraftOrder> = {}): DraftOrder {
  return {
    poNumber: 'PO-1', orderDate: null, requestedDeliveryDate: '2026-04-01',
    buyer: { company: 'Northwind', contactName: null, email: null, phone: null, customerId: 'C-1' },
    shipTo: null, billTo: null, currency: 'USD', lines: [line(2, 5, 10), line(1, 2.5, 2.5)],
    subtotal: 12.5, tax: 1, shipping: 0.5, total: 14, paymentTerms: null, shippingMethod: null, notes: null,
    urgency: { level: 'normal', reasons: [] }, confidence: 0.9, needsReview: true, reviewReasons: [],
    ...overrides,
  };
}

describe('checkOrder', () => {
  it('finds nothing in a complete order that adds up', () => {
    expect(checkOrder(order())).toEqual([]);
  });

  it('blocks on a quantity that does not match the amount, on sums, and on a missing quantity', () => {
    const findings = checkOrder(order({ lines: [line(3, 5, 10), line(0, 2.5, 2.5)], total: 15 }));
    expect(findings.filter((f) => f.level === 'error').map((f) => f.field)).toEqual(['lines.0.quantity', 'lines.0.amount', 'lines.1.quantity', 'lines.1.quantity', 'lines.1.amount', 'total']);
    expect(blockingProblems(order({ lines: [] }))).toEqual(['the order has no lines']);
    expect(blockingProblems(order({ subtotal: 99, total: 100.5 }))).toEqual(['lines add up to 12.5, not the subtotal 99']);
  });

  it('warns about what a person should look at without blocking', () => {
    const findings = checkOrder(order({ poNumber: null, requestedDeliveryDate: null, buyer: { ...order().buyer, customerId: null }, lines: [{ ...line(2, null, null), confidence: 0.4 }], subtotal: null, total: null }));
    expect(findings.every((f) => f.level === 'warning')).toBe(true);
    expect(findings.map((f) => f.field)).toEqual(['poNumber', 'buyer.customerId', 'requestedDeliveryDate', 'lines.0.unitPrice', 'lines.0.sku']);
  });
});
