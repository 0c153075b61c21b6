import type { Kysely } from 'kysely';
import type { DraftRecord } from './list-drafts.ts';
import { readOrderJson, readSourceJson } from './parse-row.ts';
import type { Database } from './schema.ts';

// Approved orders for an ERP, in the order they were approved, for incremental pulls: `since`
// (approved after that instant) or `cursor` (after the last order of an earlier pull: the
// approval instant and the draft id, so orders approved in the same millisecond are neither lost
// nor repeated). Each carries who approved it and when ('auto': straight through).

export interface ApprovedRecord extends DraftRecord {
  approvedBy: string;
  approvedAt: string;
}

export interface ApprovedQuery {
  /** ISO-8601 instant: only orders approved after it. */
  since?: string;
  /** From an earlier pull's nextCursor: only orders approved after its last one. */
  cursor?: string;
  limit?: number;
}

export interface ApprovedPage {
  orders: ApprovedRecord[];
  /** Where the next pull starts (the last order of this one), or the cursor given when none came. */
  nextCursor: string | null;
}

export class BadCursorError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'BadCursorError';
  }
}

export async function listApproved(db: Kysely<Database>, query: ApprovedQuery = {}): Promise<ApprovedPage> {
  let select = db
    .selectFrom('drafts')
    .select(['id', 'status', 'created_at', 'source_json', 'order_json', 'decided_by', 'decided_at'])
    .where('status', '=', 'approved')
    .where('decided_at', 'is not', null);
  if (query.since !== undefined) {
    const since = new Date(query.since);
    if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(query.since) || Number.isNaN(since.getTime()))
      throw new BadCursorError(`since must be an ISO-8601 date or instant, not '${query.since}'`);
    select = select.where('decided_at', '>', since.toISOString());
  }
  if (query.cursor !== undefined) {
    const [at, id] = decodeCursor(query.cursor);
    select = select.where((eb) => eb.or([eb('decided_at', '>', at), eb.and([eb('decided_at', '=', at), eb('id', '>', id)])]));
  }
  const rows = await select
    .orderBy('decided_at')
    .orderBy('id')
    .limit(query.limit ?? 10_000)
    .execute();
  const orders = rows.map((row) => ({
    id: row.id,
    status: row.status,
    createdAt: row.created_at,
    source: readSourceJson(row),
    order: readOrderJson(row),
    approvedBy: row.decided_by ?? 'unknown',
    approvedAt: row.decided_at!,
  }));
  const last = orders.at(-1);
  return { orders, nextCursor: last ? encodeCursor(last.approvedAt, last.id) : (query.cursor ?? null) };
}

function encodeCursor(at: string, id: string): string {
  return btoa(`${at}|${id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): [string, string] {
  let text = '';
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw new BadCursorError('cursor is not one this server gave out');
  }
  const m = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([\w-]+)$/.exec(text);
  if (!m) throw new BadCursorError('cursor is not one this server gave out');
  return [m[1]!, m[2]!];
}
