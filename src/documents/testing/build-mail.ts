// Test fixtures built in code: RFC 822 messages composed with nodemailer's MailComposer.

import MailComposer, { type MailComposerOptions } from 'nodemailer/lib/mail-composer/index.js';

const DEFAULTS: MailComposerOptions = {
  from: 'Jane Buyer <Jane.Buyer@Example.COM>',
  to: 'orders@seller.test',
  subject: 'PO 4711',
  date: new Date('2024-03-05T09:30:00Z'),
  messageId: '<po-4711@example.com>',
};

/** Builds a raw message; options override the defaults above. */
export async function buildMail(options: MailComposerOptions): Promise<Uint8Array> {
  const raw = await new MailComposer({ ...DEFAULTS, ...options }).compile().build();
  return new Uint8Array(raw);
}

/** Builds a raw message as a string, for tests that edit the raw text. */
export async function buildMailText(options: MailComposerOptions): Promise<string> {
  return Buffer.from(await buildMail(options)).toString('latin1');
}
