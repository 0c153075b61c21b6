import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

// Mail that produced no draft: read as "not an order", failed (unreadable, quarantined), or
// still being worked on. Listed in the review desk so that no message can sit unseen: a
// purchase order the rules missed is found here.

export type MailFilter = 'no-draft' | 'failed' | 'not-order' | 'in-progress';

export interface MailRow {
  id: string;
  createdAt: string;
  sender: string | null;
  subject: string | null;
  fileName: string | null;
  status: string;
  outcome: string | null;
  attempts: number;
  lastError: string | null;
  /** Why no draft came of it (0012); null for mail read before that. */
  note: string | null;
  leaseUntil: string | null;
}

export async function listMailWithoutDrafts(db: Kysely<Database>, filter: MailFilter, limit = 50, offset = 0): Promise<MailRow[]> {
  let query = db.selectFrom('messages').select(['id', 'created_at', 'sender', 'subject', 'file_name', 'status', 'outcome', 'attempts', 'last_error', 'note', 'lease_until']);
  if (filter === 'failed') query = query.where('status', '=', 'failed');
  else if (filter === 'not-order') query = query.where('status', '=', 'done').where('outcome', '=', 'not-order');
  else if (filter === 'in-progress') query = query.where('status', '=', 'claimed');
  else query = query.where((eb) => eb.or([eb('status', '!=', 'done'), eb('outcome', '=', 'not-order')]));
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    sender: r.sender,
    subject: r.subject,
    fileName: r.file_name,
    status: r.status,
    outcome: r.outcome,
    attempts: r.attempts,
    lastError: r.last_error,
    note: r.note ?? null,
    leaseUntil: r.lease_until,
  }));
}
