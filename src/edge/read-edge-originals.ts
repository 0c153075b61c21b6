import type { Kysely } from 'kysely';
import PostalMime, { type Email } from 'postal-mime';
import { readRawMessage } from '../store/get-draft.ts';
import { loadPageImage } from '../store/page-images.ts';
import type { Database } from '../store/schema.ts';
import type { Attachment, MailContent, Originals } from '../web/originals.ts';

// The draft page's original on Workers: the raw message from the store, parsed with postal-mime
// (pure JS, no Node built-ins) instead of mailparser. Attachments are matched to the documents
// table by name as on Node. Page images come from the store: rendering a PDF page needs pdf.js
// with a canvas, so the Node worker renders the pages of drafts waiting for review ahead
// (page_images), and the Node review server keeps every page it renders there too.

export function createEdgeOriginals(db: Kysely<Database>): Originals {
  const parse = async (messageId: string): Promise<Email | null> => {
    const raw = await readRawMessage(db, messageId);
    if (!raw || !looksLikeEmail(raw)) return null;
    return PostalMime.parse(raw.bytes, { attachmentEncoding: 'arraybuffer' }).catch(() => null);
  };
  return {
    async readMail(messageId: string): Promise<MailContent | null> {
      const mail = await parse(messageId);
      return mail ? { text: mail.text ?? null, html: mail.html ?? null } : null;
    },
    renderPage: (messageId: string, position: number, page: number) => loadPageImage(db, { messageId, position, page }),
    async readAttachment(messageId: string, position: number): Promise<Attachment | null> {
      const [raw, doc] = await Promise.all([
        readRawMessage(db, messageId),
        db.selectFrom('documents').select(['name', 'media_type']).where('message_id', '=', messageId).where('position', '=', position).executeTakeFirst(),
      ]);
      if (!raw || !doc) return null;
      if (!looksLikeEmail(raw)) return { name: raw.fileName ?? doc.name, mediaType: doc.media_type, bytes: raw.bytes };
      const mail = await PostalMime.parse(raw.bytes, { attachmentEncoding: 'arraybuffer' }).catch(() => null);
      const found = mail?.attachments.find((a, i) => (a.filename?.trim() || `attachment-${i + 1}`) === doc.name);
      if (!found || typeof found.content === 'string') return null;
      return { name: doc.name, mediaType: doc.media_type, bytes: new Uint8Array(found.content) };
    },
  };
}

/**
 * An RFC 5322 message starts with a header field ("Name: value"); a PDF, spreadsheet or CSV file
 * dropped in the inbox does not. (The Node side sniffs more thoroughly with documents/, which the
 * Worker does not load.)
 */
function looksLikeEmail(raw: { bytes: Uint8Array; fileName: string | null }): boolean {
  if (raw.fileName?.toLowerCase().endsWith('.eml')) return true;
  const head = new TextDecoder('latin1').decode(raw.bytes.subarray(0, 200));
  return /^[!-9;-~]+:[ \t]/.test(head);
}
