import type { Kysely } from 'kysely';
import { loadPageImage } from '../store/page-images.ts';
import type { Database } from '../store/schema.ts';
import type { Originals } from '../web/originals.ts';
import { createStoredOriginals } from './stored-originals.ts';

// The draft page's original on Workers: the shared stored originals (stored-originals.ts), with
// page images from the store only. Rendering a PDF page needs pdf.js with a canvas, so the Node
// worker renders the pages of drafts waiting for review ahead (page_images), and the Node review
// server keeps every page it renders there too.

export function createEdgeOriginals(db: Kysely<Database>): Originals {
  return createStoredOriginals(db, (messageId, position, page) => loadPageImage(db, { messageId, position, page }));
}
