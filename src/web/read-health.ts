import { sql, type Kysely } from 'kysely';
import { listSourceStates } from '../store/source-state.ts';
import type { Database } from '../store/schema.ts';

// What /healthz reports: the store answers, and each watched source is connected and fetching.
// Workers write their state to the store, so a `po-inbox serve` in another process sees it too.

export interface Health {
  ok: boolean;
  store: { reachable: boolean; error?: string };
  mailbox: { connected: boolean; lastFetchAt: string | null; lastError: string | null } | null;
  sources: Array<{ name: string; kind: string; connected: boolean; lastFetchAt: string | null; lastError: string | null; heartbeatAt: string | null }>;
}

/** A worker that has not written for this long is taken to be gone. */
export const HEARTBEAT_STALE_MS = 60_000;

export async function readHealth(db: Kysely<Database>, now: Date = new Date()): Promise<Health> {
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    return { ok: false, store: { reachable: false, error: (err as Error).message.split('\n')[0] }, mailbox: null, sources: [] };
  }
  const sources = (await listSourceStates(db)).map((row) => {
    const fresh = row.heartbeat_at !== null && now.getTime() - Date.parse(row.heartbeat_at) < HEARTBEAT_STALE_MS;
    return {
      name: row.name,
      kind: row.kind,
      connected: row.connected === 1 && fresh,
      lastFetchAt: row.last_fetch_at,
      lastError: row.last_error,
      heartbeatAt: row.heartbeat_at,
    };
  });
  const watched = sources.filter((s) => s.heartbeatAt !== null && now.getTime() - Date.parse(s.heartbeatAt) < HEARTBEAT_STALE_MS);
  const primary = watched[0] ?? sources[0];
  const mailbox = primary ? { connected: primary.connected, lastFetchAt: primary.lastFetchAt, lastError: primary.lastError } : null;
  return { ok: mailbox?.connected ?? false, store: { reachable: true }, mailbox, sources };
}
