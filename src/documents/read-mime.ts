// An RFC 822 message → its body and every attachment as layout documents. One bad attachment
// (a corrupt PDF, an unknown type) becomes a skipped document with its reason, never a failed
// message: the body or another attachment may still carry the order.

import { createHash } from 'node:crypto';
import { simpleParser, type Attachment, type ParsedMail } from 'mailparser';
import { InputError, PoInboxError } from '../domain/errors.ts';
import type { LayoutDocument, ReadInput } from '../domain/layout.ts';
import { assertMimeComplete } from './assert-mime-complete.ts';
import { readHeaderBlock } from '../domain/header-block.ts';
import { readDocument, type DocumentLimits } from './read-document.ts';
import { readMailBody } from './read-mail-body.ts';
import { readStructuredDocument } from './read-structured-document.ts';
import { sniffStructured } from '../structured/read-structured.ts';
import { shortReason } from './short-reason.ts';
import { sniffMediaType } from './sniff-media-type.ts';
import { toMailMeta } from './to-mail-meta.ts';
import { MAX_MIME_PARTS, trimMime } from './trim-mime.ts';

const PARSER_OPTIONS = {
  skipHtmlToText: true, // our own conversion keeps table rows on one line
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  keepCidLinks: true, // inlining images as data: URLs would only bloat the HTML we convert
  ignoreEmbedded: true, // forwarded messages are read as their own documents, below
  checksumAlgo: false as const,
  // trimMime keeps MAX_MIME_PARTS parts below the message; the slack is for a delimiter the
  // splitter might read where the scan did not (the splitter's own default is 1000 nodes).
  maxChildNodes: MAX_MIME_PARTS + 100,
};

/** Forwards of forwards deeper than this are not opened: a loop guard for hostile mail. */
const MAX_NESTING = 5;
/** Inline images smaller than this are signature logos and social icons, not scanned orders. */
const LOGO_MAX_BYTES = 10 * 1024;

/**
 * Parses an email. Throws InputError('truncated' | 'corrupt-input') only for the message itself.
 * A mail bomb (too many parts, too deep, a header block over 1 MB) is trimmed first (trimMime)
 * and the rest read as usual; what was left out is in `trimmed`.
 */
export async function readMime(bytes: Uint8Array, limits: DocumentLimits, depth = 0): Promise<ReadInput> {
  const raw = stripEnvelope(bytes);
  assertMimeComplete(raw);
  const trim = trimMime(raw);
  const message = trim.bytes;
  let mail: ParsedMail;
  try {
    mail = await simpleParser(Buffer.from(message.buffer, message.byteOffset, message.byteLength), PARSER_OPTIONS);
  } catch (err) {
    throw new InputError('corrupt-input', `not a readable email: ${parserReason(err)}`, { cause: err });
  }
  const meta = toMailMeta(mail, readHeaderBlock(message));
  // Which Authentication-Results stood topmost, and on which hop, is not known of a trimmed block.
  if (trim.headerTrimmed) meta.envelope.headerTrimmed = true;
  const trimmed = [...trim.notes];
  const documents: LayoutDocument[] = [];
  documents.push(...readBody(mail));
  for (const [index, attachment] of mail.attachments.entries()) {
    documents.push(...(await readAttachment(attachment, index, limits, depth, trimmed)));
  }
  // Nothing but a bomb: no sender, no subject, no part left to read. Refused in one line rather
  // than passed on as a mail that is no order.
  if (trim.notes.length > 0 && documents.length === 0 && !meta.from && !meta.subject) {
    throw new InputError('corrupt-input', `not a readable email: nothing readable is left once trimmed (${trim.notes.map((n) => n.replace(/^mail trimmed: /, '')).join('; ')})`);
  }
  const { headers, envelope, replyTo, ...identity } = meta;
  const input: ReadInput = { kind: 'email', ...identity, file: null, documents, envelope };
  if (replyTo) input.replyTo = replyTo;
  if (Object.keys(headers).length > 0) input.headers = headers;
  if (trimmed.length > 0) input.trimmed = trimmed;
  return input;
}

/** Where an order format starts in a mail body: a gateway may put a line or two above it. */
const STRUCTURED_START = /^(?:ISA[^A-Za-z0-9\s]|UNA|UNB\+|<\?xml|<cXML\b)/m;

/** The body: an order sent as data in the text is read exactly (or skipped with its reason); else as mail text. */
function readBody(mail: ParsedMail): LayoutDocument[] {
  const text = mail.text ?? '';
  const at = text.search(STRUCTURED_START);
  // Only the order formats themselves: other XML or prose quoted in a mail is read as mail text.
  if (at >= 0 && at < 2000 && ['x12', 'edifact', 'cxml', 'ubl'].includes(sniffStructured(text.slice(at)) ?? '')) {
    try {
      const doc = readStructuredDocument('body', text.slice(at));
      if (doc) return [{ ...doc, isBody: true }];
    } catch (err) {
      return [skipped('body', 'text/plain', reasonOf(err))];
    }
  }
  return readMailBody({ text: mail.text, html: mail.html, subject: mail.subject });
}

/** `trimmed` collects what a forwarded message's trimming left out, named by the forward. */
async function readAttachment(attachment: Attachment, index: number, limits: DocumentLimits, depth: number, trimmed: string[]): Promise<LayoutDocument[]> {
  const name = attachment.filename?.trim() || `attachment-${index + 1}`;
  const bytes = attachment.content;
  const partId = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  return (await readAttachmentPart(attachment, name, bytes, index, limits, depth, trimmed)).map((doc) => (doc.partId || doc.isBody ? doc : { ...doc, partId }));
}

async function readAttachmentPart(
  attachment: Attachment,
  name: string,
  bytes: Buffer,
  index: number,
  limits: DocumentLimits,
  depth: number,
  trimmed: string[],
): Promise<LayoutDocument[]> {
  const declared = attachment.contentType.toLowerCase();
  if (bytes.length === 0) return [skipped(name, declared, 'empty attachment (0 bytes)')];
  if (declared === 'application/ms-tnef' || /^winmail\.dat$/i.test(name)) {
    return [skipped(name, 'application/ms-tnef', 'winmail.dat (TNEF) is not supported')];
  }
  const type = sniffMediaType(name, bytes);
  if (declared === 'message/rfc822' || declared === 'message/global' || type.kind === 'email') {
    return readForwarded(name, bytes, limits, depth, trimmed);
  }
  // Scanned orders arrive as image attachments and are read by OCR (readDocument); small
  // inline images are signature logos and social icons, not worth an OCR run.
  if (type.kind === 'image' && (attachment.related || attachment.contentDisposition === 'inline') && bytes.length < LOGO_MAX_BYTES) return [];
  // All documents of a message share one time limit: once it is spent, the rest are listed unread.
  if (limits.deadline && Date.now() >= limits.deadline.at) {
    return [skipped(name, type.mediaType, `not read: the message's documents took over ${limits.deadline.limitMs / 1000} s (setting MESSAGE_READ_TIME_LIMIT_SECONDS)`)];
  }
  try {
    return [await readDocument(name, bytes, type, limits)];
  } catch (err) {
    return [skipped(name, type.mediaType, reasonOf(err))];
  }
}

/** A message attached to a message (forwarded as attachment): its parts, named "fwd: ...", each
 * with that message's header (one deeper for what was forwarded inside it). */
async function readForwarded(name: string, bytes: Uint8Array, limits: DocumentLimits, depth: number, trimmed: string[]): Promise<LayoutDocument[]> {
  if (depth + 1 > MAX_NESTING) return [skipped(name, 'message/rfc822', `forwarded messages nested more than ${MAX_NESTING} deep`)];
  try {
    const inner = await readMime(bytes, limits, depth + 1);
    // "mail trimmed: X" → "mail trimmed: fwd forward.eml: X": the forwarded message's, not this one's.
    for (const note of inner.trimmed ?? []) trimmed.push(`mail trimmed: fwd ${name}: ${note.replace(/^mail trimmed: /, '')}`);
    const header = { from: inner.from, fromName: inner.fromName, subject: inner.subject, date: inner.receivedAt, depth: 1 };
    return inner.documents.map((doc) => ({
      ...doc,
      name: `fwd: ${doc.name}`,
      forwardedFrom: doc.forwardedFrom ? { ...doc.forwardedFrom, depth: doc.forwardedFrom.depth + 1 } : header,
    }));
  } catch (err) {
    return [skipped(name, 'message/rfc822', reasonOf(err))];
  }
}

// mailparser's splitter refuses header and part bombs (EMAXLEN) with its own wording; a user
// reads which limit the message went over instead.
const SPLITTER_LIMITS: Record<string, string> = {
  'Max header size for a MIME node exceeded': 'a header block is over 1 MB (header bomb)',
  'Max allowed child nodes exceeded': 'it has more than 1000 MIME parts (part bomb)',
};

function parserReason(err: unknown): string {
  const known = (err as { code?: unknown }).code === 'EMAXLEN' ? SPLITTER_LIMITS[(err as Error).message] : undefined;
  return known ?? shortReason(err);
}

function skipped(name: string, mediaType: string, reason: string): LayoutDocument {
  return { name, mediaType, method: 'skipped', pageCount: null, pages: [], text: '', skippedReason: reason };
}

function reasonOf(err: unknown): string {
  return err instanceof PoInboxError ? err.message : shortReason(err);
}

// Editors may save an .eml with a UTF-8 BOM, and mbox exports put a "From sender date" envelope
// line above the headers; neither is a header, and mailparser would misread the first one.
function stripEnvelope(bytes: Uint8Array): Uint8Array {
  let raw = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (Buffer.from(raw.buffer, raw.byteOffset, Math.min(5, raw.byteLength)).toString('latin1') === 'From ') {
    const newline = raw.indexOf(0x0a);
    raw = newline < 0 ? raw : raw.subarray(newline + 1);
  }
  return raw;
}
