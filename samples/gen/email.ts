import MailComposer from 'nodemailer/lib/mail-composer';
import type { Rng } from './random.ts';
import type { MailDate } from './dates.ts';
import { SELLER } from './address.ts';

export interface Person {
  name: string;
  address: string;
}

export interface Attachment {
  filename: string;
  content: Buffer;
  contentType: string;
  inline?: boolean;
}

export interface MailSpec {
  from: Person;
  to?: Person[];
  cc?: Person[];
  subject: string;
  date: MailDate;
  messageId: string;
  text?: string;
  html?: string;
  attachments?: Attachment[];
  inReplyTo?: string;
  headers?: Record<string, string>;
}

export const SELLER_MAILBOX: Person = { name: SELLER.name, address: SELLER.email };

const fmt = (p: Person) => ({ name: p.name, address: p.address });

/** A .eml built by nodemailer's MailComposer, with a seeded boundary so the bytes are reproducible. */
export async function buildEml(rng: Rng, spec: MailSpec): Promise<Buffer> {
  const composer = new MailComposer({
    from: fmt(spec.from),
    to: (spec.to ?? [SELLER_MAILBOX]).map(fmt),
    cc: spec.cc?.map(fmt),
    subject: spec.subject,
    date: spec.date.header,
    messageId: spec.messageId,
    inReplyTo: spec.inReplyTo,
    references: spec.inReplyTo,
    text: spec.text,
    html: spec.html,
    headers: spec.headers,
    baseBoundary: rng.hex(16),
    attachments: spec.attachments?.map((a) => ({
      filename: a.filename,
      content: a.content,
      contentType: a.contentType,
      contentDisposition: a.inline ? 'inline' : 'attachment',
    })),
  } as ConstructorParameters<typeof MailComposer>[0]);
  return new Promise((resolve, reject) => {
    composer.compile().build((err: Error | null, message: Buffer) => (err ? reject(err) : resolve(message)));
  });
}

export function messageId(rng: Rng, domain: string, date: MailDate): string {
  const stamp = date.iso.replace(/[-:TZ]/g, '').slice(0, 14);
  return `<${stamp}.${rng.hex(12)}@${rng.pick(['mail', 'smtp', 'mx1', 'outbound'])}.${domain}>`;
}

/** "Name <address>" as mail clients print it in quoted headers. */
export function personLine(p: Person): string {
  return `${p.name} <${p.address}>`;
}

/** A Gmail/Outlook style forwarded-message block. */
export function forwardedBlock(style: 'gmail' | 'outlook', orig: { from: Person; to: Person; date: string; subject: string }, body: string): string {
  const head = style === 'gmail'
    ? ['---------- Forwarded message ---------', `From: ${personLine(orig.from)}`, `Date: ${orig.date}`, `Subject: ${orig.subject}`, `To: ${personLine(orig.to)}`]
    : ['-----Original Message-----', `From: ${personLine(orig.from)}`, `Sent: ${orig.date}`, `To: ${personLine(orig.to)}`, `Subject: ${orig.subject}`];
  return [...head, '', body].join('\n');
}

/** Quote a previous message below a reply, "> " prefixed. */
export function quoted(attribution: string, body: string): string {
  return [attribution, ...body.trimEnd().split('\n').map((l) => (l ? `> ${l}` : '>'))].join('\n');
}

export const MEDIA = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
} as const;
