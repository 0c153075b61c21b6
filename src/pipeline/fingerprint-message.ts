import { createHash } from 'node:crypto';
import libmime from 'libmime';
import { firstHeader, headerIds, readHeaderBlock } from '../domain/header-block.ts';

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
  const block = readHeaderBlock(bytes);
  // No blank line (a message of headers only, or cut short): the hash is of all of it, and From
  // and Subject are still read from the headers there are.
  if (block.end < 0)
    return {
      messageId: headerIds(block, 'message-id')[0] ?? null,
      contentHash: sha256(bytes),
      sender: decoded(firstHeader(block, 'from')),
      subject: decoded(firstHeader(block, 'subject')),
    };
  const hash = createHash('sha256');
  for (const name of SENDER_HEADERS) hash.update(`${name}:${firstHeader(block, name) ?? ''}\n`);
  hash.update(bytes.subarray(block.end));
  const messageId = headerIds(block, 'message-id')[0] ?? null;
  return { messageId, contentHash: hash.digest('hex'), sender: decoded(firstHeader(block, 'from')), subject: decoded(firstHeader(block, 'subject')) };
}

function decoded(value: string | undefined): string | null {
  if (!value) return null;
  let text: string;
  try {
    text = libmime.decodeWords(value);
  } catch {
    text = value;
  }
  return (
    text
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .trim()
      .slice(0, 300) || null
  );
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
