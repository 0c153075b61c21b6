import { describe, expect, it } from 'vitest';
import type { LayoutDocument, ReadInput } from '../../domain/layout.ts';
import type { StructuredOrder } from '../../domain/structured-order.ts';
import { structuredClassification, toStructuredDrafts } from './to-structured-drafts.ts';

const base: StructuredOrder = {
  format: 'x12',
  version: 'X12 004010',
  documentType: '850',
  notOrder: null,
  change: null,
  poNumber: 'PO-1',
  orderDate: '2026-03-02',
  requestedDeliveryDate: '2026-03-20',
  currency: 'USD',
  paymentTerms: 'Net 30',
  shippingMethod: null,
  notes: null,
  rush: null,
  parties: [
    {
      role: 'buyer',
      ids: [
        { scheme: 'duns', value: '1' },
        { scheme: 'duns', value: '1' },
      ],
      address: { name: 'Acme', street: null, city: null, region: null, postalCode: null, country: null },
      contactName: 'Jo',
      email: null,
      phone: null,
    },
    {
      role: 'shipTo',
      ids: [],
      address: { name: 'Acme DC', street: '1 Road', city: 'Town', region: null, postalCode: '1', country: 'US' },
      contactName: null,
      email: null,
      phone: null,
    },
  ],
  lines: [
    {
      lineNo: 1,
      buyerPartNumber: 'B-1',
      supplierPartNumber: 'S-1',
      gtin: null,
      description: 'Thing',
      quantity: 4,
      unitCode: 'PCE',
      unitPrice: 2.5,
      amount: 10,
      amountStated: false,
      requestedDeliveryDate: null,
      charges: [{ kind: 'allowance', what: 'other', label: 'promo', amount: 1 }],
    },
  ],
  charges: [{ kind: 'charge', what: 'freight', label: 'Freight', amount: 5 }],
  tax: null,
  lineTotal: null,
  total: null,
  statedLineCount: 1,
};

const doc = (order: StructuredOrder): LayoutDocument => ({
  name: 'po.edi',
  mediaType: 'application/edi-x12',
  method: 'edi',
  pageCount: null,
  pages: [],
  text: '',
  structured: { orders: [order], rows: [] },
});
const input: ReadInput = { kind: 'file', messageId: null, from: null, fromName: null, subject: null, receivedAt: '2026-03-02T09:00:00Z', file: 'po.edi', documents: [] };

describe('toStructuredDrafts', () => {
  it('takes what the standard states at confidence 1: our units, supplier part as sku, freight as shipping, sums it does not state', () => {
    const [draft] = toStructuredDrafts(doc(base), input);
    expect(draft).toMatchObject({ poNumber: 'PO-1', confidence: 1, needsReview: false, shipping: 5, subtotal: 9, total: 14, buyer: { company: 'Acme', contactName: 'Jo' } });
    expect(draft.lines[0]).toMatchObject({ sku: 'S-1', buyerPartNumber: 'B-1', unit: 'EA', unitCode: 'PCE', confidence: 1 });
    expect(draft.charges).toEqual([{ kind: 'discount', label: 'line 1: promo', amount: -1, applies: 'lines' }]);
    expect(draft.structured?.buyerIds).toEqual([{ scheme: 'duns', value: '1' }]);
  });

  it('reviews a stated total that contradicts the lines, a line count that does not match, and a change', () => {
    const [draft] = toStructuredDrafts(
      doc({ ...base, lines: [{ ...base.lines[0], charges: [] }], lineTotal: 12, statedLineCount: 2, change: 'a change to an earlier order (BEG01 05)' }),
      input,
    );
    expect(draft.needsReview).toBe(true);
    expect(draft.reviewReasons).toEqual(
      expect.arrayContaining([
        'po.edi: a change to an earlier order (BEG01 05): check it against the earlier order',
        'po.edi: the message says it has 2 lines but carries 1',
        'line amounts add up to 10.00 but the subtotal is 12.00',
      ]),
    );
  });

  it('makes no draft of a non-order and says what it is', () => {
    const cart = { ...base, notOrder: 'punch-out cart (PunchOutOrderMessage), not an order' };
    expect(toStructuredDrafts(doc(cart), input)).toEqual([]);
    expect(structuredClassification(doc(cart))).toEqual([
      { document: 'po.edi', verdict: 'not-order', kind: cart.notOrder, score: -10, signs: [`structured X12 004010 850: ${cart.notOrder}`] },
    ]);
  });

  it('is urgent for a rush order', () => {
    expect(toStructuredDrafts(doc({ ...base, rush: 'rush order (BEG02 RO)' }), input)[0].urgency.level).toBe('urgent');
  });
});
