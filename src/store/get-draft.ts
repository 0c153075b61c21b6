import type { Kysely } from 'kysely';
import type { DraftOrder, Source } from '../domain/draft-order.ts';
import type { Database, DraftStatus } from './schema.ts';
import { orderByQueue } from './list-drafts.ts';
import { readAnyJson, readOrderJson, readSourceJson } from './parse-row.ts';

// One draft with what the review page needs: its message's documents and its history.

export interface DraftDocument {
  position: number;
  name: string;
  mediaType: string;
  method: string;
  pages: number | null;
}

export interface HistoryEntry {
  at: string;
  kind: string;
  actor: string | null;
  detail: unknown;
}

export interface DraftDetail {
  id: string;
  messageId: string;
  orderIndex: number;
  status: DraftStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  source: Source;
  order: DraftOrder;
  documents: DraftDocument[];
  history: HistoryEntry[];
}

export async function getDraft(db: Kysely<Database>, id: string): Promise<DraftDetail | null> {
  const row = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [documents, events] = await Promise.all([
    db.selectFrom('documents').select(['position', 'name', 'media_type', 'method', 'pages']).where('message_id', '=', row.message_id).orderBy('position').execute(),
    db.selectFrom('events').select(['id', 'at', 'kind', 'actor', 'detail_json']).where('draft_id', '=', id).orderBy('id').execute(),
  ]);
  return {
    id: row.id,
    messageId: row.message_id,
    orderIndex: row.order_index,
    status: row.status,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    source: readSourceJson(row),
    order: readOrderJson(row),
    documents: documents.map((d) => ({ position: d.position, name: d.name, mediaType: d.media_type, method: d.method, pages: d.pages })),
    history: events.map((e) => ({
      at: e.at,
      kind: e.kind,
      actor: e.actor,
      detail: e.detail_json === null ? null : readAnyJson(e.detail_json, { table: 'events', id: e.id, column: 'detail_json' }),
    })),
  };
}

/** The raw bytes of a draft's message, for showing the original and re-extracting. */
export async function readRawMessage(db: Kysely<Database>, messageId: string): Promise<{ bytes: Uint8Array; fileName: string | null } | null> {
  const row = await db
    .selectFrom('raw_messages')
    .innerJoin('messages', 'messages.id', 'raw_messages.message_id')
    .select(['raw_messages.bytes', 'messages.file_name'])
    .where('raw_messages.message_id', '=', messageId)
    .executeTakeFirst();
  return row ? { bytes: new Uint8Array(row.bytes), fileName: row.file_name } : null;
}

/**
 * The pending drafts before and after this one in queue order, for "next" and "previous draft":
 * walking with them visits every pending draft once, top to bottom (this draft counts for its
 * place even when it was just decided).
 */
export async function findQueueNeighbours(db: Kysely<Database>, id: string): Promise<{ previous: string | null; next: string | null }> {
  const rows = await orderByQueue(
    db
      .selectFrom('drafts')
      .select('id')
      .where((eb) => eb.or([eb('status', '=', 'pending'), eb('id', '=', id)])),
  ).execute();
  const at = rows.findIndex((r) => r.id === id);
  if (at < 0) return { previous: null, next: rows[0]?.id ?? null };
  return { previous: rows[at - 1]?.id ?? null, next: rows[at + 1]?.id ?? null };
}
