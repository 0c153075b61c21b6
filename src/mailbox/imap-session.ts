import { ImapFlow } from 'imapflow';
import { withTimeLimit } from '../domain/with-time-limit.ts';

// The IMAP commands the source issues, each with a deadline: a connection that goes silent (a
// NAT or proxy that stops forwarding) must end in a reconnect, not a worker waiting forever.

export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
}

export class ImapTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`IMAP ${what} got no answer within ${ms} ms`);
    this.name = 'ImapTimeoutError';
  }
}

/** A fresh client for every connection: a closed ImapFlow cannot be reused. */
export function createImapClient(settings: ImapSettings, commandTimeoutMs: number): ImapFlow {
  return new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: { user: settings.user, pass: settings.password },
    logger: false,
    // We start IDLE ourselves right after each pass: the built-in auto-IDLE waits 15 s first.
    disableAutoIdle: true,
    connectionTimeout: commandTimeoutMs,
    greetingTimeout: commandTimeoutMs,
    socketTimeout: Math.max(commandTimeoutMs * 2, 30_000),
  });
}

/** Runs one command with a deadline; on timeout the connection is torn down so the loop reconnects. */
export async function withDeadline<T>(client: ImapFlow, what: string, ms: number, command: () => Promise<T>): Promise<T> {
  return withTimeLimit(command, ms, () => new ImapTimeoutError(what, ms), { onTimeout: () => client.close() });
}

/** Creates the folders handled mail is moved to, when missing. */
export async function ensureMailboxes(client: ImapFlow, paths: string[]): Promise<void> {
  const existing = new Set((await client.list()).map((entry) => entry.path));
  for (const path of paths) {
    if (existing.has(path)) continue;
    try {
      await client.mailboxCreate(path);
    } catch (err) {
      // Another worker may have created it between LIST and CREATE.
      if ((err as { serverResponseCode?: string }).serverResponseCode !== 'ALREADYEXISTS') throw err;
    }
  }
}

export interface ListedMessage {
  uid: number;
  size: number;
  /** Carries `skipKeyword`: handled before (flag mode), so not offered again. */
  done: boolean;
}

/**
 * UIDs and sizes at or after `fromUid`. `N:*` always includes the last message even when its UID
 * is below N (RFC 3501 6.4.8), hence the filter.
 */
export async function listFrom(client: ImapFlow, fromUid: number, skipKeyword: string | null = null): Promise<ListedMessage[]> {
  const rows = await client.fetchAll(`${fromUid}:*`, { uid: true, size: true, flags: skipKeyword !== null }, { uid: true });
  return rows.filter((row) => row.uid >= fromUid).map((row) => ({ uid: row.uid, size: row.size ?? 0, done: skipKeyword !== null && (row.flags?.has(skipKeyword) ?? false) }));
}

/** UIDs of the messages not yet handled: all of them (move mode) or those without our keyword. */
export async function listPending(client: ImapFlow, doneKeyword: string | null): Promise<number[]> {
  const found = await client.search(doneKeyword ? { unKeyword: doneKeyword } : { all: true }, { uid: true });
  return Array.isArray(found) ? found.sort((a, b) => a - b) : [];
}

export interface FetchedMessage {
  uid: number;
  source: Buffer;
  internalDate: string | null;
}

/** Whole messages for some UIDs. Collected into an array: no command may run inside a FETCH. */
export async function fetchSources(client: ImapFlow, uids: number[]): Promise<FetchedMessage[]> {
  if (uids.length === 0) return [];
  const rows = await client.fetchAll(uids.join(','), { uid: true, source: true, internalDate: true }, { uid: true });
  return rows
    .filter((row) => row.source && uids.includes(row.uid))
    .map((row) => ({
      uid: row.uid,
      source: row.source as Buffer,
      internalDate: row.internalDate ? new Date(row.internalDate).toISOString() : null,
    }));
}
