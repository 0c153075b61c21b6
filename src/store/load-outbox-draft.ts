import type { Kysely } from 'kysely';
import { readHeaderBlock, type HeaderBlock } from '../domain/header-block.ts';
import type { DraftOrder, Source } from '../domain/draft-order.ts';
import type { Database, DraftStatus } from './schema.ts';
import { readOrderJson, readSourceJson } from './parse-row.ts';

// What a delivery needs of its draft, read at send time (never from the queued payload), so an
// acknowledgement carries the order as the rep left it: the draft, and the parsed header block of
// the customer's original mail for threading.

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
  /** The original mail's header fields (no fields for a dropped file). */
  originalHeaders: HeaderBlock;
}

export async function loadOutboxDraft(db: Kysely<Database>, draftId: string): Promise<OutboxDraft | null> {
  const row = await db
    .selectFrom('drafts')
    .innerJoin('messages', 'messages.id', 'drafts.message_id')
    .leftJoin('raw_messages', 'raw_messages.message_id', 'drafts.message_id')
    .select([
      'drafts.id',
      'drafts.status',
      'drafts.created_at',
      'drafts.buyer_email',
      'drafts.order_json',
      'drafts.source_json',
      'messages.message_id as original_message_id',
      'messages.source_kind',
      'raw_messages.bytes',
    ])
    .where('drafts.id', '=', draftId)
    .executeTakeFirst();
  if (!row) return null;
  const source = readSourceJson(row);
  return {
    id: row.id,
    status: row.status,
    createdAt: row.created_at,
    buyerEmail: row.buyer_email,
    order: readOrderJson(row),
    source,
    originalMessageId: row.original_message_id,
    originalHeaders: source.kind === 'email' && row.bytes ? readHeaderBlock(row.bytes) : { fields: [], end: -1 },
  };
}
