import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DraftOrder } from '../domain/draft-order.ts';
import type { Database } from './schema.ts';

// "Times used" of a learned layout: one more for every stored draft it read, counted in the
// transaction that stores the draft (the worker, `po-inbox teach`, a re-extraction on the desk),
// never by `extract --store`, which stores nothing. One indexed update per such draft, and
// `updated_at` is left alone, so the extractors' cached layouts stay valid.

type Db = Kysely<Database> | Transaction<Database>;

export async function countLayoutUse(db: Db, orders: readonly Pick<DraftOrder, 'layout'>[]): Promise<void> {
  const counts = new Map<string, number>();
  for (const o of orders) if (o.layout) counts.set(o.layout.id, (counts.get(o.layout.id) ?? 0) + 1);
  for (const [id, n] of counts) {
    await db.updateTable('layouts').set({ times_used: sql<number>`times_used + ${n}` }).where('id', '=', id).execute();
  }
}
