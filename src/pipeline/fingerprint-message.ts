import { createHash } from 'node:crypto';
import libmime from 'libmime';

// Message-ID and a content hash for the ledger's second check. The hash covers the body and the
// headers the sender wrote, not the trace headers each delivery adds (Received, Delivered-To,
// Return-Path ...), so the same mail delivered again or copied to a recreated mailbox matches.

export interface MessageFingerprint {
  messageId: string | null;
  contentHash: string;
  /** From and Subject, decoded (RFC 2047), cut to 300 characters; null when not an email. */
  sender: string | null;
  subject: string | null;
}

const SENDER_HEADERS = ['message-id', 'date', 'from', 'to', 'cc', 'subject', 'content-type'];

export function fingerprintMessage(bytes: Uint8Array, isEmail: boolean): MessageFingerprint {
  if (!isEmail) return { messageId: null, contentHash: sha256(bytes), sender: null, subject: null };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = headerEnd(buffer);
  if (end < 0) return { messageId: null, contentHash: sha256(bytes), sender: null, subject: null };
  const headers = unfoldHeaders(buffer.subarray(0, end).toString('latin1'));
  const hash = createHash('sha256');
  for (const name of SENDER_HEADERS) hash.update(`${name}:${headers.get(name) ?? ''}\n`);
  hash.update(buffer.subarray(end));
  const messageId = headers.get('message-id')?.match(/<[^<>\s]+>/)?.[0] ?? null;
  return { messageId, contentHash: hash.digest('hex'), sender: decoded(headers.get('from')), subject: decoded(headers.get('subject')) };
}

function headerEnd(buffer: Buffer): number {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return crlf + 4;
  return lf >= 0 ? lf + 2 : -1;
}

function unfoldHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n(?![ \t])/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // The first occurrence wins, as mail readers show it.
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).replace(/\s+/g, ' ').trim());
  }
  return headers;
}

function decoded(value: string | undefined): string | null {
  if (!value) return null;
  let text: string;
  try {
    text = libmime.decodeWords(value);
  } catch {
    text = value;
  }
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 300) || null;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
