import type { Kysely, Transaction } from 'kysely';
import type { Database, OutboxTable } from './schema.ts';

// The outbox: every outgoing mail or webhook call is a row with a unique key, written in the same
// transaction as the change that causes it (a draft approved, an urgent draft stored), so it is
// neither lost nor queued twice. A dispatcher on the Node side delivers due rows.

export type OutboxKind = 'ack' | 'alert' | 'webhook';

export interface OutboxItem {
  /** Unique per intended delivery, e.g. `ack:DRAFT_ID`: enqueueing it again is a no-op. */
  key: string;
  kind: OutboxKind;
  draftId: string | null;
  payload: unknown;
}

/** Queues a delivery; returns false when one with this key was queued before. */
export async function enqueueOutbox(db: Kysely<Database> | Transaction<Database>, item: OutboxItem, now: Date = new Date()): Promise<boolean> {
  const row = await db
    .insertInto('outbox')
    .values({
      id: crypto.randomUUID(),
      key: item.key,
      kind: item.kind,
      draft_id: item.draftId,
      payload_json: JSON.stringify(item.payload ?? null),
      status: 'pending',
      attempts: 0,
      next_attempt_at: now.toISOString(),
      last_error: null,
      created_at: now.toISOString(),
      sent_at: null,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function listOutboxForDraft(db: Kysely<Database>, draftId: string): Promise<OutboxTable[]> {
  return db.selectFrom('outbox').selectAll().where('draft_id', '=', draftId).orderBy('created_at').execute();
}
