import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DraftOrder } from '../domain/draft-order.ts';
import { orderByQueue } from './list-drafts.ts';
import type { Database, DraftStatus } from './schema.ts';
import { readOrderJson, readSourceJson } from './parse-row.ts';

// The review queue: one page of drafts in queue order (urgent, high, normal; delivery date, none
// last; oldest first) with filters and counts. Offset paging over the drafts_queue index and a
// summary per row (not the whole source) keep a page fast with tens of thousands of drafts.

export interface QueueFilter {
  status: DraftStatus;
  urgency?: 'urgent' | 'high' | 'normal';
  /** Part of the buyer's company or address. */
  customer?: string;
  /** Part of the PO number, buyer, sender or subject. */
  text?: string;
  page?: number;
  pageSize?: number;
}

export interface QueueRow {
  id: string;
  createdAt: string;
  /** The mail's own date (its Date header), or null for a file or a mail without one. */
  mailDate: string | null;
  /** Where it came from: `email` or `file`, and the sender as written. */
  sourceKind: 'email' | 'file';
  urgency: DraftOrder['urgency'];
  poNumber: string | null;
  buyer: string | null;
  requestedDeliveryDate: string | null;
  lineCount: number;
  total: number | null;
  currency: string | null;
  confidence: number;
  reviewReasons: string[];
}

export interface QueuePage {
  rows: QueueRow[];
  /** Drafts matching every filter. */
  matching: number;
  /** Drafts per status and, within the status and the other filters, per urgency. */
  byStatus: Record<DraftStatus, number>;
  byUrgency: Record<'urgent' | 'high' | 'normal', number>;
  /** Drafts of this status read from mail put in the drop folder (no Authentication-Results of our server). */
  fromDropFolderMail: number;
}

type Where = (eb: ExpressionBuilder<Database, 'drafts'>) => ReturnType<ExpressionBuilder<Database, 'drafts'>['and']>;

export async function queryQueue(db: Kysely<Database>, filter: QueueFilter): Promise<QueuePage> {
  const pageSize = Math.min(Math.max(filter.pageSize ?? 50, 1), 200);
  const offset = Math.max((filter.page ?? 1) - 1, 0) * pageSize;
  const where = toWhere(filter, true);
  const [rows, statusCounts, urgencyCounts, dropFolder] = await Promise.all([
    orderByQueue(db.selectFrom('drafts').select(['id', 'created_at', 'order_json', 'source_json']).where(where))
      .limit(pageSize)
      .offset(offset)
      .execute(),
    db
      .selectFrom('drafts')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute(),
    db
      .selectFrom('drafts')
      .select(['urgency_level', (eb) => eb.fn.countAll<number>().as('n')])
      .where(toWhere(filter, false))
      .groupBy('urgency_level')
      .execute(),
    db
      .selectFrom('drafts')
      .innerJoin('messages', 'messages.id', 'drafts.message_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('drafts.status', '=', filter.status)
      .where('messages.source_kind', '=', 'folder')
      .where('messages.sender', 'is not', null)
      .executeTakeFirstOrThrow(),
  ]);
  const byStatus = { pending: 0, approved: 0, rejected: 0 };
  for (const row of statusCounts) byStatus[row.status] = Number(row.n);
  const byUrgency = { urgent: 0, high: 0, normal: 0 };
  for (const row of urgencyCounts) byUrgency[row.urgency_level as keyof typeof byUrgency] = Number(row.n);
  const matching = filter.urgency ? byUrgency[filter.urgency] : byUrgency.urgent + byUrgency.high + byUrgency.normal;
  return { rows: rows.map(toQueueRow), matching, byStatus, byUrgency, fromDropFolderMail: Number(dropFolder.n) };
}

function toWhere(filter: QueueFilter, withUrgency: boolean): Where {
  return (eb) => {
    const terms = [eb('status', '=', filter.status)];
    if (withUrgency && filter.urgency) terms.push(eb('urgency_level', '=', filter.urgency));
    if (filter.customer?.trim()) {
      const like = toLike(filter.customer);
      terms.push(eb.or([eb(eb.fn('lower', ['buyer_company']), 'like', like), eb(eb.fn('lower', ['buyer_email']), 'like', like)]));
    }
    if (filter.text?.trim()) {
      const like = toLike(filter.text);
      terms.push(
        eb.or([
          eb(eb.fn('lower', ['po_number']), 'like', like),
          eb(eb.fn('lower', ['buyer_company']), 'like', like),
          eb(eb.fn('lower', ['buyer_email']), 'like', like),
          eb(eb.fn('lower', ['source_json']), 'like', like),
        ]),
      );
    }
    return eb.and(terms);
  };
}

/** `%text%`, lower case, with the LIKE wildcards in the text itself dropped. */
function toLike(text: string): string {
  return `%${text
    .trim()
    .toLowerCase()
    .replace(/[%_\\]/g, '')}%`;
}

function toQueueRow(row: { id: string; created_at: string; order_json: string; source_json: string }): QueueRow {
  const order = readOrderJson(row);
  const source = readSourceJson(row);
  return {
    id: row.id,
    createdAt: row.created_at,
    mailDate: source.receivedAt,
    sourceKind: source.kind,
    urgency: order.urgency,
    poNumber: order.poNumber,
    buyer: order.buyer.company ?? order.buyer.email,
    requestedDeliveryDate: order.requestedDeliveryDate,
    lineCount: order.lines.length,
    total: order.total,
    currency: order.currency,
    confidence: order.confidence,
    reviewReasons: order.reviewReasons,
  };
}
