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
  /** From and Subject as the sender wrote them (decoded), for the list of mail without drafts. */
  sender: string | null;
  subject: string | null;
  /** Why no draft came of it, in words (0012): what the documents were read as. */
  note?: string | null;
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
  /** SHA-256 of the part's bytes ("sha256:..."), to find it in the stored message again; null for the body, a file, or rows from before. */
  part_id: string | null;
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
  /** The matched customer and the order's content fingerprint, for the duplicate check (0004). */
  customer_id?: string | null;
  content_hash?: string | null;
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
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** The worker holding a 'sending' row, and until when (migration 0003). */
  claimed_by: string | null;
  lease_until: string | null;
  /** The outgoing mail's Message-ID, fixed before the first try, so a resend threads as the same mail. */
  message_id: string | null;
}

/**
 * pending: due at next_attempt_at. sending: a worker holds it. sent, failed, skipped: final.
 * unconfirmed: a worker died while handing the mail over, so it may or may not have gone out; only
 * a person may send it again.
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped' | 'unconfirmed';

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

/** A person who reviews drafts in the web UI. */
export interface UsersTable {
  id: string;
  /** Lower case, unique. */
  email: string;
  role: 'reviewer' | 'admin';
  /** `scrypt$N$r$p$SALT$HASH` (base64url), so the cost can be raised without a migration. */
  password_hash: string;
  disabled: number;
  created_at: string;
  /** 1 when someone else set the password (generated or reset): the user picks their own at the next sign-in (0012). */
  must_change_password?: number;
}

/** A browser a user signed in from (0012): its cookie holds a random token, only the SHA-256 is stored. */
export interface KnownDevicesTable {
  id: string;
  user_id: string;
  created_at: string;
  last_used_at: string;
}

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** A token for scripts (`Authorization: Bearer`); only its SHA-256 is stored. */
export interface ApiTokensTable {
  id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Failed sign-ins, by `email:ADDRESS` and `ip:ADDRESS`, for rate limiting across processes. */
export interface LoginFailuresTable {
  id: Generated<number>;
  key: string;
  at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  known_devices: KnownDevicesTable;
  messages: MessagesTable;
  raw_messages: RawMessagesTable;
  documents: DocumentsTable;
  drafts: DraftsTable;
  events: EventsTable;
  outbox: OutboxTable;
  sources: SourcesTable;
  catalog_items: CatalogItemsTable;
  customers: CustomersTable;
  customer_xrefs: CustomerXrefsTable;
  page_images: PageImagesTable;
  layouts: LayoutsTable;
}

/** A rendered page of a document (migration 0005), PNG. */
export interface PageImagesTable {
  message_id: string;
  position: number;
  page: number;
  png: Uint8Array;
  created_at: string;
}

/** Master data (migration 0004), imported from CSV; see store/master-data.ts. */
export interface CatalogItemsTable {
  sku: string;
  description: string;
  unit: string;
  unit_price: number;
  currency: string | null;
  stock_on_hand: number | null;
  gtin: string | null;
  prices_json: string;
  updated_at: string;
}

export interface CustomersTable {
  customer_id: string;
  name: string;
  /** The domain's Customer record as JSON (domains, addresses, price list, auto approval). */
  record_json: string;
  updated_at: string;
}

/** A customer's part number to ours; `origin` import or learned (from an approval). */
export interface CustomerXrefsTable {
  customer_id: string;
  /** Upper case, as the lookup key. */
  customer_sku: string;
  sku: string;
  unit_factor: number;
  origin: 'import' | 'learned';
  created_by: string | null;
  created_at: string;
  updated_at: string;
  proposed_sku: string | null;
  proposed_by: string | null;
  proposed_at: string | null;
}

/** A layout learned from an approved draft (migration 0008); see store/layouts.ts. */
export interface LayoutsTable {
  id: string;
  /** The sender's address (lower case) it was learned from: a hint only. */
  sender: string | null;
  customer_id: string | null;
  buyer_company: string | null;
  /** The draft it was first learned from, and the last one that taught it again. */
  source_draft_id: string;
  last_draft_id: string;
  source_po: string | null;
  approved_by: string;
  approved_at: string;
  model_json: string;
  times_used: number;
  /** Approvals of drafts it read on which the rep corrected what it read. */
  times_corrected: number;
  /** Fields corrected on those approvals, all told (migration 0009). */
  fields_corrected: number;
  /** Approvals in a row that corrected what it read; it retires at RETIRE_AFTER. */
  corrected_in_row: number;
  retired: number;
  retired_reason: string | null;
  created_at: string;
  updated_at: string;
}
