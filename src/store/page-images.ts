import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

// Rendered pages of the documents behind a draft. The Node side renders them (pdf.js, sharp) and
// keeps them here; the review desk on Workers, which cannot render, reads them.

export interface PageKey {
  messageId: string;
  position: number;
  page: number;
}

export async function loadPageImage(db: Kysely<Database>, key: PageKey): Promise<Uint8Array | null> {
  const row = await db
    .selectFrom('page_images')
    .select('png')
    .where('message_id', '=', key.messageId)
    .where('position', '=', key.position)
    .where('page', '=', key.page)
    .executeTakeFirst();
  return row ? new Uint8Array(row.png) : null;
}

/** Keeps a rendered page; a page stored before (by another process) is left as it is. */
export async function savePageImage(db: Kysely<Database>, key: PageKey, png: Uint8Array): Promise<void> {
  await db
    .insertInto('page_images')
    .values({ message_id: key.messageId, position: key.position, page: key.page, png, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['message_id', 'position', 'page']).doNothing())
    .execute();
}
