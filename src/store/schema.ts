import type { Generated } from 'kysely';

// The tables of the store, one shape for SQLite and PostgreSQL: timestamps are ISO-8601 UTC text
// (they sort and compare as text in both), flags are 0/1 integers, JSON is text, bytes are
// blob/bytea. Column names are snake_case; the queries map them to camelCase records.

/** One row per message or dropped file, claimed once under `source_key` before any work. */
export interface MessagesTable {
  id: string;
  /** `imap:MAILBOX:UIDVALIDITY:UID` or `file:SHA256`: the claim key, unique. */
  source_key: string;
  source_kind: 'imap' | 'folder' | 'upload';
  mailbox: string | null;
  uid_validity: string | null;
  uid: number | null;
  file_name: string | null;
  message_id: string | null;
  content_hash: string;
  size: number;
  status: MessageStatus;
  /** What the finished message came to: drafts, not an order, or a copy of another message. */
  outcome: 'drafts' | 'not-order' | 'duplicate' | null;
  duplicate_of: string | null;
  attempts: number;
  last_error: string | null;
  claimed_by: string | null;
  lease_until: string | null;
  /** The server-side post-action (move / flag / file move) is done. */
  settled: number;
  received_at: string | null;
  created_at: string;
  updated_at: string;
}

export type MessageStatus = 'claimed' | 'done' | 'failed';

/** The bytes exactly as received, so any message can be re-extracted after an improvement. */
export interface RawMessagesTable {
  message_id: string;
  bytes: Uint8Array;
}

export interface DocumentsTable {
  id: string;
  message_id: string;
  position: number;
  name: string;
  media_type: string;
  method: string;
  pages: number | null;
}

export type DraftStatus = 'pending' | 'approved' | 'rejected';

export interface DraftsTable {
  id: string;
  message_id: string;
  /** Index of the order within its message's extraction (one email can carry several POs). */
  order_index: number;
  status: DraftStatus;
  /** 0 urgent, 1 high, 2 normal: the queue's first sort key. */
  urgency_rank: number;
  urgency_level: string;
  requested_delivery_date: string | null;
  po_number: string | null;
  buyer_company: string | null;
  buyer_email: string | null;
  confidence: number;
  needs_review: number;
  order_json: string;
  source_json: string;
  version: number;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventsTable {
  id: Generated<number>;
  at: string;
  kind: string;
  message_id: string | null;
  draft_id: string | null;
  actor: string | null;
  detail_json: string | null;
}

export interface OutboxTable {
  id: string;
  /** Unique per intended delivery (e.g. `ack:DRAFT_ID`), so a retry never sends twice. */
  key: string;
  kind: string;
  draft_id: string | null;
  payload_json: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** One row per watched source (a mailbox or the drop folder): checkpoint and health. */
export interface SourcesTable {
  name: string;
  kind: string;
  uid_validity: string | null;
  next_uid: number | null;
  connected: number;
  last_fetch_at: string | null;
  last_error: string | null;
  heartbeat_at: string | null;
  updated_at: string;
}

export interface Database {
  messages: MessagesTable;
  raw_messages: RawMessagesTable;
  documents: DocumentsTable;
  drafts: DraftsTable;
  events: EventsTable;
  outbox: OutboxTable;
  sources: SourcesTable;
}
