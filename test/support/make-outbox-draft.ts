import type { DraftOrder } from '../../src/domain/draft-order.ts';
import { finishMessage } from '../../src/store/finish-message.ts';
import { claimMessage } from '../../src/store/message-ledger.ts';
import type { Store } from '../../src/store/open-store.ts';

// A stored draft as the worker would leave it, from a customer mail with threading headers. The
// From header is deliberately not the buyer: acknowledgements must go to the stored buyer only.

export const ORIGINAL_ID = (key: string) => `<po-${key}@customer.example>`;
export const ROOT_ID = '<thread-root@customer.example>';

export function makeOrder(overrides: Partial<DraftOrder> = {}): DraftOrder {
  return {
    poNumber: 'PO-4711',
    orderDate: '2026-03-02',
    requestedDeliveryDate: '2026-03-20',
    buyer: { company: 'Northwind', contactName: null, email: 'buyer@northwind.example', phone: null, customerId: null },
    shipTo: null,
    billTo: null,
    currency: 'USD',
    lines: [
      { lineNo: 1, sku: 'A-100', catalogSku: null, description: 'Widget <b>large</b>', quantity: 12, unit: 'EA', unitPrice: 5, amount: 60, confidence: 0.9 },
      { lineNo: 2, sku: 'B-200', catalogSku: null, description: 'Bracket', quantity: 3, unit: 'BOX', unitPrice: 10, amount: 30, confidence: 0.9 },
    ],
    subtotal: 90,
    tax: null,
    shipping: null,
    total: 90,
    paymentTerms: null,
    shippingMethod: null,
    notes: null,
    urgency: { level: 'normal', reasons: [] },
    confidence: 0.95,
    needsReview: false,
    reviewReasons: [],
    ...overrides,
  };
}

export async function makeOutboxDraft(store: Pick<Store, 'db'>, key: string, order: DraftOrder, status: 'pending' | 'approved' = 'approved'): Promise<string> {
  const messageId = ORIGINAL_ID(key);
  const raw = [
    `Message-ID: ${messageId}`,
    `References: ${ROOT_ID}`,
    `In-Reply-To: ${ROOT_ID}`,
    'From: Someone Else <spoofed@attacker.example>',
    'Reply-To: spoofed@attacker.example',
    `Subject: Order ${order.poNumber ?? ''}`,
    '',
    'Please find our order attached.',
  ].join('\r\n');
  const message = { sourceKey: `test:${key}`, sourceKind: 'folder' as const, messageId, contentHash: `hash-${key}`, bytes: new TextEncoder().encode(raw) };
  const claim = await claimMessage(store.db, message, { workerId: 'test', leaseMs: 60_000, maxAttempts: 3 });
  if (claim.kind !== 'claimed') throw new Error(`could not claim ${key}: ${claim.kind}`);
  const source = { kind: 'email' as const, messageId, from: 'spoofed@attacker.example', subject: `Order ${order.poNumber ?? ''}`, receivedAt: null, file: null, documents: [] };
  const [id] = await finishMessage(store.db, claim.id, 'test', { source, drafts: [{ order, status, decidedBy: status === 'approved' ? 'auto' : null }] });
  return id as string;
}
