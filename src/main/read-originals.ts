import { simpleParser, type ParsedMail } from 'mailparser';
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import { sniffMediaType } from '../documents/sniff-media-type.ts';
import { readRawMessage } from '../store/get-draft.ts';
import { loadPageImage, savePageImage } from '../store/page-images.ts';
import type { Database } from '../store/schema.ts';
import type { Attachment, MailContent, Originals } from '../web/originals.ts';

// The Node side of the draft page's original: the raw message from the store, parsed with
// mailparser, attachments matched to the documents table by name, pages rendered with pdf.js
// (through pdf-parse, as the OCR path does) or sharp. A Workers deployment has none of this.

const RENDER_SCALE = 1.5;
const MAX_PAGE = 50;
const CACHE_SIZE = 16;

export function createOriginals(db: Kysely<Database>): Originals {
  const parsed = new Map<string, Promise<ParsedMail | null>>();
  const parseOnce = (messageId: string, bytes: Uint8Array) => {
    let mail = parsed.get(messageId);
    if (!mail) {
      mail = simpleParser(Buffer.from(bytes), { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true }).catch(() => null);
      parsed.set(messageId, mail);
      if (parsed.size > CACHE_SIZE) parsed.delete(parsed.keys().next().value!);
    }
    return mail;
  };
  const readAttachment = async (messageId: string, position: number): Promise<Attachment | null> => {
    const [raw, doc] = await Promise.all([
      readRawMessage(db, messageId),
      db.selectFrom('documents').select(['name', 'media_type']).where('message_id', '=', messageId).where('position', '=', position).executeTakeFirst(),
    ]);
    if (!raw || !doc) return null;
    if (!isEmail(raw)) return { name: raw.fileName ?? doc.name, mediaType: doc.media_type, bytes: raw.bytes };
    const mail = await parseOnce(messageId, raw.bytes);
    const index = mail?.attachments.findIndex((a, i) => (a.filename?.trim() || `attachment-${i + 1}`) === doc.name) ?? -1;
    const found = index >= 0 ? mail!.attachments[index]! : null;
    return found ? { name: doc.name, mediaType: doc.media_type, bytes: new Uint8Array(found.content) } : null;
  };
  return {
    async readMail(messageId: string): Promise<MailContent | null> {
      const raw = await readRawMessage(db, messageId);
      if (!raw || !isEmail(raw)) return null;
      const mail = await parseOnce(messageId, raw.bytes);
      return mail ? { text: mail.text ?? null, html: typeof mail.html === 'string' ? mail.html : null } : null;
    },
    readAttachment,
    async renderPage(messageId: string, position: number, pageNo: number): Promise<Uint8Array | null> {
      if (pageNo < 1 || pageNo > MAX_PAGE) return null;
      const key = { messageId, position, page: pageNo };
      const stored = await loadPageImage(db, key);
      if (stored) return stored;
      const attachment = await readAttachment(messageId, position);
      if (!attachment) return null;
      const png = await renderAttachmentPage(attachment.bytes, pageNo).catch(() => null);
      // Kept in the store, so a review desk that cannot render (Workers) shows it too.
      if (png) await savePageImage(db, key, png);
      return png;
    },
  };
}

function isEmail(raw: { bytes: Uint8Array; fileName: string | null }): boolean {
  return sniffMediaType(raw.fileName ?? 'message.eml', raw.bytes).kind === 'email';
}

async function renderAttachmentPage(bytes: Uint8Array, pageNo: number): Promise<Uint8Array | null> {
  const type = sniffMediaType('attachment', bytes);
  if (type.kind === 'image') {
    const image = await sharp(bytes, { page: pageNo - 1, limitInputPixels: 100_000_000 }).png().toBuffer();
    return new Uint8Array(image);
  }
  if (type.kind !== 'pdf') return null;
  const { PDFParse } = await import('pdf-parse');
  // isEvalSupported:false keeps pdf.js from compiling font code with eval (CVE-2024-4367).
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false });
  try {
    const shot = await parser.getScreenshot({ partial: [pageNo], scale: RENDER_SCALE, imageDataUrl: false, imageBuffer: true });
    const data = shot.pages[0]?.data;
    return data?.length ? new Uint8Array(data) : null;
  } finally {
    await parser.destroy();
  }
}

/** Pages rendered ahead for the review desk: the first pages of every PDF or image of a message. */
export const PRERENDER_PAGES = 10;

export async function prerenderPages(db: Kysely<Database>, originals: Originals, messageId: string): Promise<number> {
  const documents = await db
    .selectFrom('documents')
    .select(['position', 'media_type', 'method', 'pages'])
    .where('message_id', '=', messageId)
    .execute();
  let rendered = 0;
  for (const doc of documents) {
    if (doc.method === 'skipped' || !(doc.media_type === 'application/pdf' || doc.media_type.startsWith('image/'))) continue;
    for (let page = 1; page <= Math.min(doc.pages ?? 1, PRERENDER_PAGES); page += 1) {
      if (await originals.renderPage?.(messageId, doc.position, page)) rendered += 1;
    }
  }
  return rendered;
}
