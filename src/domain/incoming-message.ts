// What a source (mailbox, drop folder) hands to the pipeline, and what it gets back: whether to
// move the message to Processed / Failed now, or leave it where it is for a later try.

export interface IncomingMessage {
  /** The ledger's claim key: `imap:MAILBOX:UIDVALIDITY:UID` or `file:NAME:MTIME:HASH`. */
  sourceKey: string;
  sourceKind: 'imap' | 'folder' | 'upload';
  /** The name extraction sees (a file name, or `UID.eml`). */
  name: string;
  bytes: Uint8Array;
  /** Known to be an email (IMAP); left out, the pipeline tells from the bytes (a dropped file). */
  isEmail?: boolean;
  mailbox?: string | null;
  uidValidity?: string | null;
  uid?: number | null;
  fileName?: string | null;
  receivedAt?: string | null;
  /** Set when the source would not even download it (over the size limit): recorded as failed. */
  refusal?: string;
}

/** `processed` / `failed`: move it now (its outcome is committed). `wait`: leave it for later. */
export type ProcessResult =
  | { action: 'processed'; messageId: string; note: 'drafts' | 'not-order' | 'duplicate' | 'already-done'; draftIds: string[] }
  | { action: 'failed'; messageId: string; error: string }
  | { action: 'wait'; messageId: string; reason: 'busy' | 'retry' };
