// One layout model for every source (design.md): PDF text, OCR words, spreadsheet cells and plain
// text all become pages of positioned words, so the line-table reader works on one shape.

import type { DocumentMethod } from './draft-order.ts';

/** A word (or cell) with its box in page units, y growing downwards, and a confidence 0..1. */
export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  conf: number;
}

export interface LayoutPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  words: Word[];
}

/**
 * One part that was read: an email body, an attachment, a file. `text` is the reading-order text
 * (lines separated by "\n", pages by "\f"); `pages` carries the positions behind it.
 */
export interface LayoutDocument {
  name: string;
  mediaType: string;
  method: DocumentMethod;
  /** Page count for paged media (PDF, TIFF), null for text and sheets. */
  pageCount: number | null;
  pages: LayoutPage[];
  text: string;
  /** Why the part was not read, when method is "skipped". */
  skippedReason?: string;
  /** Plain-text units (email body, .txt) use character columns as x and line numbers as y. */
  monospace?: boolean;
  /** The body of an email, as opposed to an attachment. */
  isBody?: boolean;
  /** An attachment's part id: the SHA-256 of its bytes ("sha256:..."), to find it in the stored message again. */
  partId?: string;
}

/** A mailbox of a From header. */
export interface Mailbox {
  name: string;
  address: string;
}

/** An Authentication-Results (or ARC-Authentication-Results) header and where it stands. */
export interface AuthResultsField {
  /** The unfolded value. */
  value: string;
  /** Received headers above it: 0 for one added after the last hop, 1 one hop further down ... */
  hop: number;
  /** An ARC-Authentication-Results header (RFC 8617), never trusted on its own. */
  arc: boolean;
}

/** What the headers say about who sent an email, for sender authentication (RFC 8601). */
export interface SenderEnvelope {
  /** Every mailbox of every From header, in order (more than one is itself a warning sign). */
  senders: Mailbox[];
  /** The authentication headers, topmost first. */
  authResults: AuthResultsField[];
}

/** What an input (an email or a single file) becomes before extraction. */
export interface ReadInput {
  kind: 'email' | 'file';
  messageId: string | null;
  from: string | null;
  fromName: string | null;
  subject: string | null;
  receivedAt: string | null;
  file: string | null;
  documents: LayoutDocument[];
  /** Headers worth keeping for later checks (Authentication-Results, In-Reply-To ...). */
  headers?: Record<string, string>;
  /** Emails: the From mailboxes and authentication headers, for sender authentication. */
  envelope?: SenderEnvelope;
}
