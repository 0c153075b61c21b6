import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { readHeaderBlock } from '../domain/header-block.ts';
import { toMailMeta, toReceivedAt } from './to-mail-meta.ts';
import { buildMail } from './testing/build-mail.ts';

const metaOf = async (raw: string | Uint8Array) => {
  const bytes = typeof raw === 'string' ? Buffer.from(raw) : Buffer.from(raw);
  return toMailMeta(await simpleParser(bytes), readHeaderBlock(bytes));
};

describe('toReceivedAt', () => {
  it('keeps the sender’s offset', () => {
    expect(toReceivedAt('Fri, 23 Dec 2022 12:08:48 -0600')).toBe('2022-12-23T12:08:48-06:00');
    expect(toReceivedAt('Tue, 5 Mar 2024 09:30:00 +0100 (CET)')).toBe('2024-03-05T09:30:00+01:00');
  });

  it('uses Z for named UTC zones', () => {
    expect(toReceivedAt('Tue, 5 Mar 2024 09:30:00 GMT')).toBe('2024-03-05T09:30:00Z');
  });

  it('returns null for a missing or unreadable date', () => {
    expect(toReceivedAt(null)).toBeNull();
    expect(toReceivedAt('sometime last week')).toBeNull();
  });
});

describe('toMailMeta', () => {
  it('reads identity, sender, subject and the kept headers', async () => {
    const meta = await metaOf(
      await buildMail({
        text: 'x',
        subject: 'Bestellung Größe XL',
        replyTo: 'Einkauf <einkauf@example.com>',
        inReplyTo: '<q-1@seller.test>',
        references: ['<q-0@seller.test>', '<q-1@seller.test>'],
        headers: { 'Authentication-Results': 'mx.seller.test; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com' },
      }),
    );
    expect(meta).toEqual({
      messageId: '<po-4711@example.com>',
      from: 'jane.buyer@example.com',
      fromName: 'Jane Buyer',
      subject: 'Bestellung Größe XL',
      receivedAt: '2024-03-05T09:30:00+00:00',
      replyTo: { name: 'Einkauf', address: 'einkauf@example.com' },
      headers: {
        'Authentication-Results': 'mx.seller.test; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com',
        'In-Reply-To': '<q-1@seller.test>',
        References: '<q-0@seller.test> <q-1@seller.test>',
        'Reply-To': '"Einkauf" <einkauf@example.com>',
        To: 'orders@seller.test',
      },
      envelope: {
        senders: [{ name: 'Jane Buyer', address: 'jane.buyer@example.com' }],
        authResults: [{ value: 'mx.seller.test; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com', hop: 0, arc: false }],
      },
    });
  });

  it('keeps every From mailbox and each authentication header with its hop, topmost first', async () => {
    const raw = [
      'Authentication-Results: mx.seller.test; dmarc=fail',
      'Received: from mail.evil.example by mx.seller.test',
      'ARC-Authentication-Results: i=1; mx.relay.example; dmarc=pass',
      'Authentication-Results: mx.seller.test;',
      '  dmarc=pass header.from=northwind.example',
      'From: Dana <Dana@Northwind.example>',
      'From: "Mallory" <m@evil.example>, other@evil.example',
      'Subject: x',
      '',
      'body',
    ].join('\r\n');
    expect((await metaOf(raw)).envelope).toEqual({
      senders: [
        { name: 'Dana', address: 'dana@northwind.example' },
        { name: 'Mallory', address: 'm@evil.example' },
        { name: '', address: 'other@evil.example' },
      ],
      authResults: [
        { value: 'mx.seller.test; dmarc=fail', hop: 0, arc: false },
        { value: 'i=1; mx.relay.example; dmarc=pass', hop: 1, arc: true },
        { value: 'mx.seller.test; dmarc=pass header.from=northwind.example', hop: 1, arc: false },
      ],
    });
  });

  it('leaves the date null when the header is missing', async () => {
    expect(await metaOf('From: a@b.c\r\nSubject: x\r\n\r\nbody')).toMatchObject({ receivedAt: null, messageId: null, headers: {} });
  });
});
