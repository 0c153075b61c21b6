// The envelope facts of a parsed message: who sent it, when, and the headers later checks need
// (sender authentication, reply threading). Parsed once here, at the boundary.

import type { ParsedMail } from 'mailparser';

export interface MailMeta {
  messageId: string | null;
  from: string | null;
  fromName: string | null;
  subject: string | null;
  receivedAt: string | null;
  headers: Record<string, string>;
}

const KEPT_HEADERS = ['Authentication-Results', 'In-Reply-To', 'References', 'Reply-To', 'To'];

/** The message's identity, sender, subject, date and kept headers. */
export function toMailMeta(mail: ParsedMail): MailMeta {
  const sender = mail.from?.value.find((entry) => entry.address);
  return {
    messageId: mail.messageId?.trim() || null,
    from: sender?.address?.trim().toLowerCase() || null,
    fromName: sender?.name?.trim() || null,
    subject: mail.subject ?? null,
    receivedAt: toReceivedAt(rawHeader(mail, 'date')),
    headers: keptHeaders(mail),
  };
}

function keptHeaders(mail: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = name === 'Reply-To' ? mail.replyTo?.text : name === 'To' ? mail.to && !Array.isArray(mail.to) ? mail.to.text : null : rawHeader(mail, name.toLowerCase());
    if (value) headers[name] = value;
  }
  return headers;
}

/** A header's unfolded raw value (repeated headers joined by newlines), or null. */
function rawHeader(mail: ParsedMail, key: string): string | null {
  const values = (mail.headerLines ?? [])
    .filter((header) => header.key === key)
    .map((header) => header.line.slice(header.line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim());
  return values.length > 0 ? values.join('\n') : null;
}

/**
 * The Date header as ISO 8601 in the sender's own offset ("2022-12-23T12:08:48-06:00"), or null
 * when it is missing or unreadable. mailparser's own `date` falls back to "now", which would make
 * urgency rules count business days from the wrong day, so the raw header is parsed here.
 */
export function toReceivedAt(raw: string | null): string | null {
  if (!raw) return null;
  const cleaned = raw.replace(/\([^)]*\)/g, ' ').trim();
  const time = Date.parse(cleaned);
  if (Number.isNaN(time)) return null;
  const zone = /([+-])(\d{2}):?(\d{2})\s*$/.exec(cleaned);
  if (!zone) return new Date(time).toISOString().replace('.000Z', 'Z');
  const offset = (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
  const local = new Date(time + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${zone[1]}${zone[2]}:${zone[3]}`;
}
