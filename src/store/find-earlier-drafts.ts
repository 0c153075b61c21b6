import type { Kysely } from 'kysely';
import type { DraftOrder } from '../domain/draft-order.ts';
import type { Database } from './schema.ts';
import { readOrderJson } from './parse-row.ts';

// Drafts a new order may repeat or revise: the same customer with the same PO number, or the same
// content fingerprint within the last days (a regular order of the same items a month later is no
// duplicate).

export interface EarlierDraftRow {
  id: string;
  status: string;
  createdAt: string;
  order: DraftOrder;
  contentHash: string | null;
}

export async function findEarlierDrafts(
  db: Kysely<Database>,
  q: { customerId: string; poNumber: string | null; contentHash: string; sinceDays: number; excludeMessageId?: string },
): Promise<EarlierDraftRow[]> {
  const since = new Date(Date.now() - q.sinceDays * 86_400_000).toISOString();
  let query = db.selectFrom('drafts').select(['id', 'status', 'created_at', 'order_json', 'content_hash']).where('customer_id', '=', q.customerId);
  if (q.excludeMessageId) query = query.where('message_id', '!=', q.excludeMessageId);
  const rows = await query
    .where((eb) => eb.or([...(q.poNumber ? [eb('po_number', '=', q.poNumber)] : []), eb.and([eb('content_hash', '=', q.contentHash), eb('created_at', '>=', since)])]))
    .orderBy('created_at', 'desc')
    .limit(20)
    .execute();
  return rows.map((r) => ({ id: r.id, status: r.status, createdAt: r.created_at, order: readOrderJson(r), contentHash: r.content_hash ?? null }));
}
