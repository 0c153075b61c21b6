import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DraftOrder } from '../domain/draft-order.ts';
import type { Database } from './schema.ts';

// "Times used" of a learned layout: one more for every stored draft it read, counted in the
// transaction that stores the draft (the worker, `po-inbox teach`, a re-extraction on the desk),
// never by `extract --store`, which stores nothing. One indexed update per such draft, and
// `updated_at` is left alone, so the extractors' cached layouts stay valid. A re-extraction that
// reads a draft with another layout (or none) takes the use back from the one that read it before
// (`by` -1), so a draft counts once, for the layout that read it last.

type Db = Kysely<Database> | Transaction<Database>;

export async function countLayoutUse(db: Db, orders: readonly Pick<DraftOrder, 'layout'>[], by: 1 | -1 = 1): Promise<void> {
  const counts = new Map<string, number>();
  for (const o of orders) if (o.layout) counts.set(o.layout.id, (counts.get(o.layout.id) ?? 0) + 1);
  for (const [id, n] of counts) {
    const query = db.updateTable('layouts').where('id', '=', id);
    if (by === 1) await query.set({ times_used: sql<number>`times_used + ${n}` }).execute();
    else await query.set({ times_used: sql<number>`case when times_used > ${n} then times_used - ${n} else 0 end` }).execute();
  }
}
