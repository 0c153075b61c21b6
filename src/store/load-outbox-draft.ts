import type { Kysely } from 'kysely';
import type { DraftOrder, Source } from '../domain/draft-order.ts';
import type { Database, DraftStatus } from './schema.ts';

// What a delivery needs of its draft, read at send time (never from the queued payload), so an
// acknowledgement carries the order as the rep left it: the draft, and the header block of the
// customer's original mail for threading.

export interface OutboxDraft {
  id: string;
  status: DraftStatus;
  createdAt: string;
  /** The buyer address column, kept in step with order.buyer.email by every edit. */
  buyerEmail: string | null;
  order: DraftOrder;
  source: Source;
  /** The original mail's Message-ID as stored by the ledger, e.g. `<abc@example.com>`. */
  originalMessageId: string | null;
  /** The original mail's header block (up to the first blank line), or '' for a dropped file. */
  originalHead: string;
}

/** Headers longer than this are not read: threading needs a few lines near the top. */
const MAX_HEAD_BYTES = 64 * 1024;

export async function loadOutboxDraft(db: Kysely<Database>, draftId: string): Promise<OutboxDraft | null> {
  const row = await db
    .selectFrom('drafts')
    .innerJoin('messages', 'messages.id', 'drafts.message_id')
    .leftJoin('raw_messages', 'raw_messages.message_id', 'drafts.message_id')
    .select(['drafts.id', 'drafts.status', 'drafts.created_at', 'drafts.buyer_email', 'drafts.order_json', 'drafts.source_json', 'messages.message_id as original_message_id', 'messages.source_kind', 'raw_messages.bytes'])
    .where('drafts.id', '=', draftId)
    .executeTakeFirst();
  if (!row) return null;
  const source = JSON.parse(row.source_json) as Source;
  return {
    id: row.id,
    status: row.status,
    createdAt: row.created_at,
    buyerEmail: row.buyer_email,
    order: JSON.parse(row.order_json) as DraftOrder,
    source,
    originalMessageId: row.original_message_id,
    originalHead: source.kind === 'email' && row.bytes ? toHead(row.bytes) : '',
  };
}

function toHead(bytes: Uint8Array): string {
  // latin1 maps every byte to one character, so a stray 8-bit header byte cannot throw.
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, MAX_HEAD_BYTES));
  const end = text.search(/\r?\n\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}
