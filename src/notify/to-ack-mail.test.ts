import { describe, expect, it } from 'vitest';
import type { DraftOrder } from '../domain/draft-order.ts';
import { isMailAddress } from './is-mail-address.ts';
import { signWebhook } from './send-webhook.ts';
import { toAckMail } from './to-ack-mail.ts';

const order = {
  poNumber: 'PO-<1>',
  orderDate: null,
  requestedDeliveryDate: null,
  buyer: { company: null, contactName: null, email: 'b@x.example', phone: null, customerId: null },
  lines: [{ lineNo: null, sku: null, catalogSku: null, description: '<script>alert(1)</script>', quantity: 2, unit: null, unitPrice: null, amount: null, confidence: 1 }],
} as unknown as DraftOrder;

const input = {
  order,
  from: 'o@s.example',
  to: 'b@x.example',
  messageId: '<ack.1@s.example>',
  originalMessageId: 'orig@x.example',
  originalHeaders: { fields: [], end: -1 },
  originalSubject: 'RE: our order\r\nBcc: x@y',
};

describe('toAckMail', () => {
  it('threads to the original mail and keeps a reply subject on one line', () => {
    const mail = toAckMail(input);
    expect(mail).toMatchObject({ to: ['b@x.example'], inReplyTo: '<orig@x.example>', references: ['<orig@x.example>'], subject: 'RE: our order Bcc: x@y' });
  });
  it('escapes every value in the HTML part and says when no date was given', () => {
    const mail = toAckMail(input);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('PO-&lt;1&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toMatch(/Requested delivery: not stated/);
  });
  it('without an original mail (a dropped file) it is a new message with its own subject', () => {
    const mail = toAckMail({ ...input, originalMessageId: null, originalSubject: null });
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.subject).toBe('Order PO-<1> received and confirmed');
  });
});

describe('isMailAddress', () => {
  it.each([
    ['buyer@northwind.example', true],
    ['Buyer <buyer@northwind.example>', false],
    ['a@b.example, c@d.example', false],
    ['a@b.example\r\nBcc: c@d.example', false],
    ['no-at-sign', false],
    ['a@localhost', false],
  ])('%s -> %s', (value, valid) => expect(isMailAddress(value)).toBe(valid));
});

describe('signWebhook', () => {
  it('is HMAC-SHA256 over "timestamp.body", hex, prefixed sha256=', () => {
    // Reference value: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
    expect(signWebhook('secret', '1700000000', '{"a":1}')).toBe('sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686');
  });
});
