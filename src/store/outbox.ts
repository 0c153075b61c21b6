import type { Kysely, Transaction } from 'kysely';
import { addEvent } from './message-ledger.ts';
import type { Database, OutboxStatus, OutboxTable } from './schema.ts';
import { readAnyJson } from './parse-row.ts';

// The outbox: every outgoing mail or webhook call is a row with a unique key, written in the same
// transaction as the change that causes it (a draft approved, an urgent draft stored), so it is
// neither lost nor queued twice. A dispatcher on the Node side claims due rows under a lease
// (status 'sending', committed before anything leaves), delivers them and records the outcome;
// every outcome is also an event on the draft, which makes the events the delivery log.

/** learn: the layout an approval teaches (issue 17), learned by a worker, which can read the original. */
export type OutboxKind = 'ack' | 'alert' | 'webhook' | 'learn';

export interface OutboxItem {
  /** Unique per intended delivery, e.g. `ack:DRAFT_ID`: enqueueing it again is a no-op. */
  key: string;
  kind: OutboxKind;
  draftId: string | null;
  payload: unknown;
}

export interface OutboxRecord {
  id: string;
  key: string;
  kind: OutboxKind;
  draftId: string | null;
  payload: unknown;
  status: OutboxStatus;
  /** Tries so far, counting the one in progress. */
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  messageId: string | null;
  claimedBy: string | null;
  leaseUntil: string | null;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Queues a delivery; returns false when one with this key was queued before. */
export async function enqueueOutbox(db: Db, item: OutboxItem, now: Date = new Date()): Promise<boolean> {
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
      claimed_by: null,
      lease_until: null,
      message_id: null,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export interface ClaimOutboxOptions {
  workerId: string;
  leaseMs: number;
  limit?: number;
  now?: Date;
}

/**
 * Takes up to `limit` due rows for this worker. Each is a compare-and-set on (status, attempts),
 * so of two workers racing for a row exactly one gets it, on SQLite and PostgreSQL alike.
 */
export async function claimDueOutbox(db: Kysely<Database>, options: ClaimOutboxOptions): Promise<OutboxRecord[]> {
  const now = options.now ?? new Date();
  const due = await db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now.toISOString())
    .orderBy('next_attempt_at')
    .limit(options.limit ?? 10)
    .execute();
  const claimed: OutboxRecord[] = [];
  for (const row of due) {
    const lease = { status: 'sending' as const, attempts: row.attempts + 1, claimed_by: options.workerId, lease_until: new Date(now.getTime() + options.leaseMs).toISOString() };
    const updated = await db.updateTable('outbox').set(lease).where('id', '=', row.id).where('status', '=', 'pending').where('attempts', '=', row.attempts).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 1) claimed.push(toRecord({ ...row, ...lease }));
  }
  return claimed;
}

/**
 * Rows left 'sending' by a worker that died (its lease ran out). Whether the delivery went out is
 * unknown: kinds in `retryKinds` (deliveries the receiver can deduplicate) go back to 'pending';
 * every other kind becomes 'unconfirmed' for a person to check, never sent again by itself.
 */
export async function expireOutboxLeases(db: Kysely<Database>, retryKinds: OutboxKind[], now: Date = new Date()): Promise<OutboxRecord[]> {
  const stale = await db.selectFrom('outbox').selectAll().where('status', '=', 'sending').where('lease_until', '<', now.toISOString()).execute();
  const changed: OutboxRecord[] = [];
  const error = 'the worker stopped while delivering this; it may or may not have gone out';
  for (const row of stale.map(toRecord)) {
    const retry = retryKinds.includes(row.kind);
    const done = retry ? await markOutboxRetry(db, row, row.claimedBy ?? '', error, now) : await markOutboxUnconfirmed(db, row, row.claimedBy ?? '', error);
    if (done) changed.push({ ...row, status: retry ? 'pending' : 'unconfirmed' });
  }
  return changed;
}

/** A hand-over whose outcome is unknown: never sent again by itself, a person decides. */
export async function markOutboxUnconfirmed(db: Kysely<Database>, row: OutboxRecord, workerId: string, error: string): Promise<boolean> {
  // It keeps its holder, so a send that was only slow can still report 'sent'.
  const detail = { error, action: 'check whether it arrived (see the Message-ID), then resend or leave it', messageId: row.messageId };
  return finish(db, row, workerId, { status: 'unconfirmed', last_error: error, claimed_by: workerId }, { kind: 'outbox-unconfirmed', detail });
}

/** Fixes the outgoing Message-ID in a committed write before the mail is handed to SMTP. */
export async function noteOutboxMessageId(db: Kysely<Database>, id: string, workerId: string, messageId: string): Promise<void> {
  await db.updateTable('outbox').set({ message_id: messageId }).where('id', '=', id).where('claimed_by', '=', workerId).execute();
}

export async function markOutboxSent(db: Kysely<Database>, row: OutboxRecord, workerId: string, detail: object = {}): Promise<boolean> {
  const now = new Date().toISOString();
  // 'unconfirmed' too: a slow send that outlived its lease still reports its real outcome.
  return finish(db, row, workerId, { status: 'sent', sent_at: now, last_error: null }, { kind: 'outbox-sent', detail }, ['sending', 'unconfirmed']);
}

export async function markOutboxRetry(db: Kysely<Database>, row: OutboxRecord, workerId: string, error: string, retryAt: Date, detail: object = {}): Promise<boolean> {
  return finish(
    db,
    row,
    workerId,
    { status: 'pending', last_error: error, next_attempt_at: retryAt.toISOString() },
    { kind: 'outbox-retry', detail: { error, retryAt: retryAt.toISOString(), ...detail } },
  );
}

export async function markOutboxFailed(db: Kysely<Database>, row: OutboxRecord, workerId: string, error: string, detail: object = {}): Promise<boolean> {
  return finish(db, row, workerId, { status: 'failed', last_error: error }, { kind: 'outbox-failed', detail: { error, ...detail } });
}

export async function markOutboxSkipped(db: Kysely<Database>, row: OutboxRecord, workerId: string, reason: string): Promise<boolean> {
  return finish(db, row, workerId, { status: 'skipped', last_error: reason }, { kind: 'outbox-skipped', detail: { reason } });
}

/** A person's "send again" for a row that failed, was skipped or is unconfirmed. */
export async function resendOutbox(db: Kysely<Database>, id: string, actor: string): Promise<boolean> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !['failed', 'skipped', 'unconfirmed'].includes(row.status)) return false;
  return finish(db, toRecord(row), null, { status: 'pending', attempts: 0, last_error: null, next_attempt_at: new Date().toISOString() }, { kind: 'outbox-resend', actor }, [
    row.status,
  ]);
}

export async function listOutboxForDraft(db: Kysely<Database>, draftId: string): Promise<OutboxRecord[]> {
  const rows = await db.selectFrom('outbox').selectAll().where('draft_id', '=', draftId).orderBy('created_at').orderBy('key').execute();
  return rows.map(toRecord);
}

type OutboxPatch = Partial<Pick<OutboxTable, 'status' | 'attempts' | 'last_error' | 'next_attempt_at' | 'sent_at' | 'claimed_by'>>;

/** Moves a row out of `from` (default 'sending'; held by `holder` unless null) and logs it, in one transaction. */
async function finish(
  db: Kysely<Database>,
  row: Pick<OutboxRecord, 'id' | 'key' | 'kind' | 'draftId' | 'attempts'> | OutboxTable,
  holder: string | null,
  patch: OutboxPatch,
  event: { kind: string; detail?: object; actor?: string },
  from: OutboxStatus[] = ['sending'],
): Promise<boolean> {
  const draftId = 'draftId' in row ? row.draftId : row.draft_id;
  return db.transaction().execute(async (trx) => {
    let update = trx
      .updateTable('outbox')
      .set({ claimed_by: null, lease_until: null, ...patch })
      .where('id', '=', row.id)
      .where('status', 'in', from);
    if (holder !== null) update = update.where('claimed_by', '=', holder);
    const result = await update.executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    const detail = { outbox: row.id, key: row.key, delivery: row.kind, attempt: row.attempts, ...event.detail };
    await addEvent(trx, { kind: event.kind, draftId, actor: event.actor ?? holder, detail });
    return true;
  });
}

function toRecord(row: OutboxTable): OutboxRecord {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind as OutboxKind,
    draftId: row.draft_id,
    payload: readAnyJson(row.payload_json, { table: 'outbox', id: row.id, column: 'payload_json' }),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    messageId: row.message_id,
    claimedBy: row.claimed_by,
    leaseUntil: row.lease_until,
  };
}
