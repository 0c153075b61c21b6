import type { Kysely, Transaction } from 'kysely';
import type { Database, MessagesTable } from './schema.ts';

// The message ledger: every message is claimed once under its source key before any work, and
// checked by Message-ID plus content hash against messages handled under other keys (a mailbox
// recreated with a new UIDVALIDITY, the same file dropped twice). A claim is a lease: a worker
// that dies holding one loses it when the lease runs out, and another worker takes it over.

export interface MessageToClaim {
  sourceKey: string;
  sourceKind: MessagesTable['source_kind'];
  mailbox?: string | null;
  uidValidity?: string | null;
  uid?: number | null;
  fileName?: string | null;
  messageId: string | null;
  contentHash: string;
  receivedAt?: string | null;
  sender?: string | null;
  subject?: string | null;
  bytes: Uint8Array;
}

export interface ClaimOptions {
  workerId: string;
  leaseMs: number;
  /** Claims after which a message that never finished is failed (a poison message). */
  maxAttempts: number;
  now?: Date;
}

export type ClaimResult =
  /** Ours to work on; `attempts` counts this one. */
  | { kind: 'claimed'; id: string; attempts: number }
  /** Already finished (done or failed) under this key: only the post-action may be left. */
  | { kind: 'handled'; id: string; status: 'done' | 'failed'; settled: boolean; finishedBy: string | null; finishedAt: string }
  /** Another live worker holds it, or holds its twin: leave it alone. */
  | { kind: 'busy'; id: string }
  /** The same message was handled under another key; recorded as a duplicate, nothing to do. */
  | { kind: 'duplicate'; id: string; of: string }
  /** Claimed too often without finishing: failed now, with the reason. */
  | { kind: 'quarantined'; id: string; error: string };

export async function claimMessage(db: Kysely<Database>, message: MessageToClaim, options: ClaimOptions): Promise<ClaimResult> {
  for (let round = 0; round < 3; round += 1) {
    const existing = await db.selectFrom('messages').selectAll().where('source_key', '=', message.sourceKey).executeTakeFirst();
    if (existing) return reclaim(db, existing, options);
    const twin = await findTwin(db, message);
    if (twin && twin.status === 'claimed') return { kind: 'busy', id: twin.id };
    const inserted = twin ? await insertDuplicate(db, message, twin.id, options) : await insertClaim(db, message, options);
    if (inserted) return twin ? { kind: 'duplicate', id: inserted, of: twin.id } : { kind: 'claimed', id: inserted, attempts: 1 };
    // Lost the insert race to another worker: read what it wrote.
  }
  throw new Error(`could not claim ${message.sourceKey}`);
}

async function reclaim(db: Kysely<Database>, row: MessagesTable, options: ClaimOptions): Promise<ClaimResult> {
  if (row.status !== 'claimed') {
    return { kind: 'handled', id: row.id, status: row.status, settled: row.settled === 1, finishedBy: row.claimed_by, finishedAt: row.updated_at };
  }
  const now = (options.now ?? new Date()).toISOString();
  const mine = row.claimed_by === options.workerId;
  if (!mine && row.lease_until !== null && row.lease_until > now) return { kind: 'busy', id: row.id };
  const attempts = row.attempts + 1;
  const updated = await db
    .updateTable('messages')
    .set({ claimed_by: options.workerId, lease_until: leaseEnd(options), attempts, updated_at: now })
    .where('id', '=', row.id)
    .where('status', '=', 'claimed')
    .where('attempts', '=', row.attempts)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return { kind: 'busy', id: row.id };
  if (attempts > options.maxAttempts) {
    const error = `quarantined after ${row.attempts} attempts that did not finish${row.last_error ? `; last error: ${row.last_error}` : ''}`;
    await failMessage(db, row.id, options.workerId, error);
    return { kind: 'quarantined', id: row.id, error };
  }
  return { kind: 'claimed', id: row.id, attempts };
}

async function findTwin(db: Kysely<Database>, message: MessageToClaim) {
  let query = db
    .selectFrom('messages')
    .select(['id', 'status'])
    .where('content_hash', '=', message.contentHash)
    .where('outcome', 'is distinct from', 'duplicate')
    // A twin that failed is no reason to skip: the same bytes may read now (a fixed extractor).
    .where('status', '!=', 'failed');
  query = message.messageId === null ? query.where('message_id', 'is', null) : query.where('message_id', '=', message.messageId);
  return query.orderBy('created_at').executeTakeFirst();
}

function baseRow(message: MessageToClaim, now: string) {
  return {
    id: crypto.randomUUID(),
    source_key: message.sourceKey,
    source_kind: message.sourceKind,
    mailbox: message.mailbox ?? null,
    uid_validity: message.uidValidity ?? null,
    uid: message.uid ?? null,
    file_name: message.fileName ?? null,
    message_id: message.messageId,
    content_hash: message.contentHash,
    size: message.bytes.byteLength,
    received_at: message.receivedAt ?? null,
    sender: message.sender ?? null,
    subject: message.subject ?? null,
    created_at: now,
    updated_at: now,
  };
}

async function insertClaim(db: Kysely<Database>, message: MessageToClaim, options: ClaimOptions): Promise<string | null> {
  const now = (options.now ?? new Date()).toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('messages')
      .values({ ...baseRow(message, now), status: 'claimed', attempts: 1, claimed_by: options.workerId, lease_until: leaseEnd(options), settled: 0 })
      .onConflict((oc) => oc.column('source_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return null;
    await trx.insertInto('raw_messages').values({ message_id: row.id, bytes: message.bytes }).execute();
    await addEvent(trx, { kind: 'message-claimed', messageId: row.id, actor: options.workerId, detail: { sourceKey: message.sourceKey } });
    return row.id;
  });
}

async function insertDuplicate(db: Kysely<Database>, message: MessageToClaim, of: string, options: ClaimOptions): Promise<string | null> {
  const now = (options.now ?? new Date()).toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('messages')
      .values({ ...baseRow(message, now), status: 'done', outcome: 'duplicate', duplicate_of: of, attempts: 0, settled: 0 })
      .onConflict((oc) => oc.column('source_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return null;
    await addEvent(trx, { kind: 'message-duplicate', messageId: row.id, actor: options.workerId, detail: { sourceKey: message.sourceKey, duplicateOf: of } });
    return row.id;
  });
}

/** Extends the leases of messages still being worked on. */
export async function renewLeases(db: Kysely<Database>, ids: string[], options: Pick<ClaimOptions, 'workerId' | 'leaseMs' | 'now'>): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('messages')
    .set({ lease_until: leaseEnd(options) })
    .where('id', 'in', ids)
    .where('claimed_by', '=', options.workerId)
    .where('status', '=', 'claimed')
    .execute();
}

/** A try that failed but may succeed later: keep the claim, free the lease after a back-off. */
export async function releaseMessage(db: Kysely<Database>, id: string, workerId: string, error: string, retryAfterMs: number): Promise<void> {
  const now = new Date();
  await db
    .updateTable('messages')
    .set({ claimed_by: null, lease_until: new Date(now.getTime() + retryAfterMs).toISOString(), last_error: error, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('claimed_by', '=', workerId)
    .where('status', '=', 'claimed')
    .execute();
  await addEvent(db, { kind: 'message-retry', messageId: id, actor: workerId, detail: { error } });
}

/** Gives a message up for good: it is recorded as failed with its error, never retried. */
export async function failMessage(db: Kysely<Database>, id: string, workerId: string, error: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('messages')
      .set({ status: 'failed', last_error: error, claimed_by: workerId, lease_until: null, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'claimed')
      .execute();
    await addEvent(trx, { kind: 'message-failed', messageId: id, actor: workerId, detail: { error } });
  });
}

/** The server-side post-action (move, flag, file move) for these finished messages is done. */
export async function markSettled(db: Kysely<Database>, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('messages').set({ settled: 1, updated_at: new Date().toISOString() }).where('id', 'in', ids).execute();
}

/** Most UIDs compared in one statement (SQLite allows 32,766 parameters). */
const MAX_WAITING_UIDS = 5000;

/**
 * Finished messages of a mailbox whose UIDs are no longer waiting there were moved or flagged:
 * marks them settled (a worker killed between MOVE and its record leaves them unsettled).
 */
export async function settleGoneMessages(db: Kysely<Database>, mailbox: string, uidValidity: string, waitingUids: number[]): Promise<void> {
  if (waitingUids.length > MAX_WAITING_UIDS) return;
  let query = db
    .updateTable('messages')
    .set({ settled: 1, updated_at: new Date().toISOString() })
    .where('source_kind', '=', 'imap')
    .where('mailbox', '=', mailbox)
    .where('uid_validity', '=', uidValidity)
    .where('settled', '=', 0)
    .where('status', '!=', 'claimed');
  if (waitingUids.length > 0) query = query.where('uid', 'not in', waitingUids);
  await query.execute();
}

export interface EventToAdd {
  kind: string;
  messageId?: string | null;
  draftId?: string | null;
  actor?: string | null;
  detail?: unknown;
}

export async function addEvent(db: Kysely<Database> | Transaction<Database>, event: EventToAdd): Promise<void> {
  await db
    .insertInto('events')
    .values({
      at: new Date().toISOString(),
      kind: event.kind,
      message_id: event.messageId ?? null,
      draft_id: event.draftId ?? null,
      actor: event.actor ?? null,
      detail_json: event.detail === undefined ? null : JSON.stringify(event.detail),
    })
    .execute();
}

function leaseEnd(options: Pick<ClaimOptions, 'leaseMs' | 'now'>): string {
  return new Date((options.now ?? new Date()).getTime() + options.leaseMs).toISOString();
}
