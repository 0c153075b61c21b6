import type { Kysely } from 'kysely';
import sharp from 'sharp';
import { sniffMediaType } from '../documents/sniff-media-type.ts';
import { createStoredOriginals } from '../edge/stored-originals.ts';
import { loadPageImage, savePageImage } from '../store/page-images.ts';
import type { Database } from '../store/schema.ts';
import type { Originals } from '../web/originals.ts';

// The Node side of the draft page's original: the shared stored originals (edge/stored-originals.ts,
// the same code as on Workers), with pages rendered here with pdf.js (through pdf-parse, as the
// OCR path does) or sharp, and kept in the store for a desk that cannot render.

const RENDER_SCALE = 1.5;
const MAX_PAGE = 50;

export function createOriginals(db: Kysely<Database>): Originals {
  return createStoredOriginals(db, async (messageId, position, pageNo, attachment) => {
    if (pageNo < 1 || pageNo > MAX_PAGE) return null;
    const key = { messageId, position, page: pageNo };
    const stored = await loadPageImage(db, key);
    if (stored) return stored;
    const found = await attachment();
    if (!found) return null;
    const png = await renderAttachmentPage(found.bytes, pageNo).catch(() => null);
    // Kept in the store, so a review desk that cannot render (Workers) shows it too.
    if (png) await savePageImage(db, key, png);
    return png;
  });
}

async function renderAttachmentPage(bytes: Uint8Array, pageNo: number): Promise<Uint8Array | null> {
  const type = sniffMediaType('attachment', bytes);
  if (type.kind === 'image') {
    const image = await sharp(bytes, { page: pageNo - 1, limitInputPixels: 100_000_000 })
      .png()
      .toBuffer();
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
  const documents = await db.selectFrom('documents').select(['position', 'media_type', 'method', 'pages']).where('message_id', '=', messageId).execute();
  let rendered = 0;
  for (const doc of documents) {
    if (doc.method === 'skipped' || !(doc.media_type === 'application/pdf' || doc.media_type.startsWith('image/'))) continue;
    for (let page = 1; page <= Math.min(doc.pages ?? 1, PRERENDER_PAGES); page += 1) {
      if (await originals.renderPage?.(messageId, doc.position, page)) rendered += 1;
    }
  }
  return rendered;
}
