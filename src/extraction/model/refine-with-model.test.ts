import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../domain/draft-order.ts';
import type { ReadInput } from '../../domain/layout.ts';
import { refineWithModel, toReaderDocuments } from './refine-with-model.ts';
import type { OrderReader } from './order-reader.ts';

const input: ReadInput = {
  kind: 'email',
  messageId: null,
  from: 'a@b.example',
  fromName: null,
  subject: 'PO 4711',
  receivedAt: null,
  file: null,
  documents: [
    { name: 'body', mediaType: 'text/plain', method: 'text', pageCount: null, pages: [], text: 'see attached', isBody: true },
    { name: 'po.pdf', mediaType: 'application/pdf', method: 'pdf-text', pageCount: 2, pages: [], text: 'page one\fpage two' },
    { name: 'scan.tif', mediaType: 'image/tiff', method: 'skipped', pageCount: null, pages: [], text: '' },
  ],
};

function result(needsReview: boolean): ExtractionResult {
  const order = {
    poNumber: '4711',
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
    urgency: { level: 'normal' as const, reasons: [] },
    confidence: 0.9,
    needsReview,
    reviewReasons: needsReview ? ['no order date'] : [],
  };
  return { source: { kind: 'email', messageId: null, from: null, subject: null, receivedAt: null, file: null, documents: [] }, isPurchaseOrder: true, orders: [order] };
}

describe('refineWithModel', () => {
  it('shows the model the subject and each read part, page by page', () => {
    expect(toReaderDocuments(input)).toEqual([
      { name: 'email subject', pages: ['PO 4711'] },
      { name: 'body', pages: ['see attached'] },
      { name: 'po.pdf', pages: ['page one', 'page two'] },
    ]);
  });

  it('a reader that throws still ends in a draft for review', async () => {
    const reader: OrderReader = { read: () => Promise.reject(new Error('bug')) };
    const out = await refineWithModel(result(true), input, { reader, mode: 'auto' });
    expect(out.orders[0].reviewReasons).toContain('model not used: model reader failed: bug');
  });

  it('auto does not ask about a draft the rules are sure of', async () => {
    let calls = 0;
    const reader: OrderReader = { read: async () => ((calls += 1), { ok: false, reason: 'x', usage: null }) };
    const out = await refineWithModel(result(false), input, { reader, mode: 'auto' });
    expect(calls).toBe(0);
    expect(out.orders[0].needsReview).toBe(false);
    expect(out.orders[0].extraction?.method).toBe('rules');
  });
});
