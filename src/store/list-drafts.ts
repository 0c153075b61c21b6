import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DraftOrder, Source } from '../domain/draft-order.ts';
import type { Database, DraftStatus } from './schema.ts';
import { readOrderJson, readSourceJson } from './parse-row.ts';

// Drafts in queue order: urgent, high, normal; then the earliest requested delivery date (none
// last); then the oldest first.

/** The queue order, shared by the CLI, the API and the review desk (the drafts_queue index). */
export function orderByQueue<O>(select: SelectQueryBuilder<Database, 'drafts', O>): SelectQueryBuilder<Database, 'drafts', O> {
  return select
    .orderBy('urgency_rank')
    .orderBy(sql`case when requested_delivery_date is null then 1 else 0 end`)
    .orderBy('requested_delivery_date')
    .orderBy('created_at')
    .orderBy('id');
}

export interface DraftRecord {
  id: string;
  status: DraftStatus;
  createdAt: string;
  source: Source;
  order: DraftOrder;
}

export interface DraftQuery {
  status?: DraftStatus;
  limit?: number;
  offset?: number;
}

export async function listDrafts(db: Kysely<Database>, query: DraftQuery = {}): Promise<DraftRecord[]> {
  let select = db.selectFrom('drafts').select(['id', 'status', 'created_at', 'source_json', 'order_json']);
  if (query.status) select = select.where('status', '=', query.status);
  const rows = await orderByQueue(select)
    .limit(query.limit ?? 1000)
    .offset(query.offset ?? 0)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    createdAt: row.created_at,
    source: readSourceJson(row),
    order: readOrderJson(row),
  }));
}

export async function countDrafts(db: Kysely<Database>, status?: DraftStatus): Promise<number> {
  let select = db.selectFrom('drafts').select((eb) => eb.fn.countAll<number>().as('n'));
  if (status) select = select.where('status', '=', status);
  const row = await select.executeTakeFirstOrThrow();
  return Number(row.n);
}
