import type { Kysely } from 'kysely';
import PostalMime, { type Email } from 'postal-mime';
import { readRawMessage } from '../store/get-draft.ts';
import type { Database } from '../store/schema.ts';
import type { Attachment, MailContent, Originals } from '../web/originals.ts';

// The draft page's original, one implementation for Node and Workers: the raw message from the
// store parsed with postal-mime (pure JS), and a document found by its part id, the SHA-256 of its
// bytes recorded when the message was read (documents.part_id). postal-mime lists the parts of
// forwarded messages too, so the PDF inside a forwarded message/rfc822 is found like any other.
// Rows stored before part ids existed are matched by name, as before. Page images come from the
// caller: the Node side renders them, Workers read those the Node side stored.

/** How the desk gets page images where it runs. */
export type RenderPage = (messageId: string, position: number, pageNo: number, attachment: () => Promise<Attachment | null>) => Promise<Uint8Array | null>;

const CACHE_SIZE = 16;

interface ParsedMail {
  mail: Email;
  /** Every attachment with its part id, hashed once per parse. */
  parts: Array<{ name: string; bytes: Uint8Array; id: string }>;
}

export function createStoredOriginals(db: Kysely<Database>, renderPage?: RenderPage): Originals {
  // The last messages shown, parsed: a draft page asks for the mail, then each page image.
  const parsed = new Map<string, Promise<ParsedMail | null>>();
  const parse = (messageId: string, bytes: Uint8Array): Promise<ParsedMail | null> => {
    let mail = parsed.get(messageId);
    if (!mail) {
      mail = PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' }).then(
        async (email) => {
          const files = email.attachments.flatMap((a) => (typeof a.content === 'string' ? [] : [{ name: a.filename?.trim() ?? '', bytes: new Uint8Array(a.content) }]));
          return { mail: email, parts: await Promise.all(files.map(async (f) => ({ ...f, id: await partId(f.bytes) }))) };
        },
        () => null,
      );
      parsed.set(messageId, mail);
      if (parsed.size > CACHE_SIZE) parsed.delete(parsed.keys().next().value!);
    }
    return mail;
  };
  const readAttachment = async (messageId: string, position: number): Promise<Attachment | null> => {
    const [raw, doc] = await Promise.all([
      readRawMessage(db, messageId),
      db.selectFrom('documents').select(['name', 'media_type', 'part_id']).where('message_id', '=', messageId).where('position', '=', position).executeTakeFirst(),
    ]);
    if (!raw || !doc) return null;
    if (!looksLikeEmail(raw)) return { name: raw.fileName ?? doc.name, mediaType: doc.media_type, bytes: raw.bytes };
    const parts = (await parse(messageId, raw.bytes))?.parts ?? [];
    // Older rows have no part id: by name, as the reader named them ("attachment-2", "fwd: x.pdf").
    const bare = doc.name.replace(/^(?:fwd: )+/, '');
    const found = doc.part_id ? parts.find((p) => p.id === doc.part_id) : parts.find((p, i) => (p.name || `attachment-${i + 1}`) === bare);
    return found ? { name: bare, mediaType: doc.media_type, bytes: found.bytes } : null;
  };
  return {
    async readMail(messageId: string): Promise<MailContent | null> {
      const raw = await readRawMessage(db, messageId);
      if (!raw || !looksLikeEmail(raw)) return null;
      const mail = (await parse(messageId, raw.bytes))?.mail;
      return mail ? { text: mail.text ?? null, html: mail.html ?? null } : null;
    },
    readAttachment,
    ...(renderPage
      ? { renderPage: (messageId: string, position: number, pageNo: number) => renderPage(messageId, position, pageNo, () => readAttachment(messageId, position)) }
      : {}),
  };
}

/** The part id of a document's bytes: their SHA-256 in hex (WebCrypto, on Node and Workers alike). */
export async function partId(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * An RFC 5322 message starts with a header field ("Name: value"); a PDF, spreadsheet or CSV file
 * dropped in the inbox does not.
 */
export function looksLikeEmail(raw: { bytes: Uint8Array; fileName: string | null }): boolean {
  if (raw.fileName?.toLowerCase().endsWith('.eml')) return true;
  const head = new TextDecoder('latin1').decode(raw.bytes.subarray(0, 200));
  return /^[!-9;-~]+:[ \t]/.test(head);
}
