// The envelope facts of a parsed message: who sent it, when, and the headers later checks need
// (sender authentication, reply threading). Parsed once here, at the boundary.

import type { ParsedMail } from 'mailparser';
import { addressParser } from 'postal-mime';
import type { AuthResultsField, Mailbox, SenderEnvelope } from '../domain/layout.ts';
import { allHeaders, type HeaderBlock } from '../domain/header-block.ts';

export interface MailMeta {
  messageId: string | null;
  from: string | null;
  fromName: string | null;
  subject: string | null;
  receivedAt: string | null;
  /** The first Reply-To mailbox, or null. */
  replyTo: Mailbox | null;
  headers: Record<string, string>;
  envelope: SenderEnvelope;
}

/** Only the topmost authentication headers can be ours; a bomb of thousands is not read further. */
const MAX_AUTH_HEADERS = 50;
const MAX_FROM_HEADERS = 10;

const KEPT_HEADERS = ['Authentication-Results', 'In-Reply-To', 'References', 'Reply-To', 'To'];

/** The message's identity, sender, subject, date and kept headers: `mail` for the decoded
 * addresses and subject, `block` (the same message's header block) for the raw fields. */
export function toMailMeta(mail: ParsedMail, block: HeaderBlock): MailMeta {
  const sender = mail.from?.value.find((entry) => entry.address);
  return {
    messageId: mail.messageId?.trim() || null,
    from: sender?.address?.trim().toLowerCase() || null,
    fromName: sender?.name?.trim() || null,
    subject: mail.subject ?? null,
    receivedAt: toReceivedAt(rawHeader(block, 'date')),
    replyTo: toReplyTo(mail),
    headers: keptHeaders(mail, block),
    envelope: toSenderEnvelope(mail, block),
  };
}

/**
 * Every From mailbox (mailparser reads only the first From header, so the others are parsed here)
 * and each authentication header with the number of Received headers above it: a mail server adds
 * its Received header and its results together, so a hop count tells which server's turn it was.
 */
function toSenderEnvelope(mail: ParsedMail, block: HeaderBlock): SenderEnvelope {
  const senders: Mailbox[] = (mail.from?.value ?? []).filter((m) => m.address).map((m) => ({ name: m.name ?? '', address: m.address!.trim().toLowerCase() }));
  const authResults: AuthResultsField[] = [];
  let hop = 0;
  let fromLines = 0;
  for (const header of block.fields) {
    if (header.key === 'received') hop += 1;
    else if (header.key === 'from' && ++fromLines > 1 && fromLines <= MAX_FROM_HEADERS) senders.push(...toMailboxes(header.value));
    else if ((header.key === 'authentication-results' || header.key === 'arc-authentication-results') && authResults.length < MAX_AUTH_HEADERS) {
      authResults.push({ value: header.value, hop, arc: header.key.startsWith('arc-') });
    }
  }
  return { senders, authResults };
}

function toReplyTo(mail: ParsedMail): Mailbox | null {
  const first = mail.replyTo?.value.find((entry) => entry.address);
  return first?.address ? { name: first.name?.trim() ?? '', address: first.address.trim().toLowerCase() } : null;
}

function toMailboxes(value: string): Mailbox[] {
  return addressParser(value, { flatten: true })
    .filter((a): a is { name: string; address: string } => 'address' in a && Boolean(a.address))
    .map((a) => ({ name: a.name ?? '', address: a.address.trim().toLowerCase() }));
}

function keptHeaders(mail: ParsedMail, block: HeaderBlock): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = name === 'Reply-To' ? mail.replyTo?.text : name === 'To' ? (mail.to && !Array.isArray(mail.to) ? mail.to.text : null) : rawHeader(block, name);
    if (value) headers[name] = value;
  }
  return headers;
}

/** A header's raw value (repeated headers joined by newlines), or null. */
function rawHeader(block: HeaderBlock, name: string): string | null {
  const values = allHeaders(block, name);
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
