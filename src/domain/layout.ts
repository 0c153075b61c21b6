// One layout model for every source (design.md): PDF text, OCR words, spreadsheet cells and plain
// text all become pages of positioned words, so the line-table reader works on one shape.

import type { DocumentMethod } from './draft-order.ts';
import type { StructuredReading } from './structured-order.ts';

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
  /** An order sent as data (method "edi"): what the standard states, read exactly; it takes precedence over any text. */
  structured?: StructuredReading;
  /** Why the part was not read, when method is "skipped". */
  skippedReason?: string;
  /** Plain-text units (email body, .txt) use character columns as x and line numbers as y. */
  monospace?: boolean;
  /** The body of an email, as opposed to an attachment. */
  isBody?: boolean;
  /** An attachment's part id: the SHA-256 of its bytes ("sha256:..."), to find it in the stored message again. */
  partId?: string;
  /** A part of a forwarded message (attached as message/rfc822, or inline in the body below a
   * "Forwarded message" header): that message's header, the customer's mail rather than the forward. */
  forwardedFrom?: MailHeader;
  /** A mail body's quoted thread (the older messages below a reply), laid out on its own and not
   * read as an order unless the reply approves what it quotes. */
  quoted?: { header: Omit<MailHeader, 'depth'> | null; document: LayoutDocument };
}

/** The header of a message inside a message, as far as it shows. */
export interface MailHeader {
  from: string | null;
  fromName: string | null;
  subject: string | null;
  /** As written ("Thu, Oct 22, 2026 at 5:14 PM"), or ISO for an attached message. */
  date: string | null;
  /** 1: forwarded in the mail itself, 2: forwarded inside that forwarded message ... */
  depth: number;
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
  /** The header block was over 1 MB and trimmed (trim-mime.ts): which header stood topmost, on
   * which hop, is not known, so no Authentication-Results of it is trusted. */
  headerTrimmed?: boolean;
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
  /** Emails: the first Reply-To mailbox, as the mail layer parsed it. */
  replyTo?: Mailbox;
  /** Emails: what a mail bomb's trimming left out, one line each ("mail trimmed: ..."). */
  trimmed?: string[];
}
