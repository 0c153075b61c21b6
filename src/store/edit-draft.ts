import type { Kysely, Transaction } from 'kysely';
import { draftOrderSchema, type DraftOrder } from '../domain/draft-order.ts';
import { carryLineMatches, editedFields, mergeAddress, remapLineFindings, withDeskEdits } from '../domain/desk-edits.ts';
import { findingsOf, recheckDraft } from '../domain/review-draft.ts';
import { DraftError } from './draft-error.ts';
import { addEvent } from './message-ledger.ts';
import type { Database, DraftsTable } from './schema.ts';
import { readOrderJson } from './parse-row.ts';

// Edits by a reviewer: optimistic on `version` (two reviewers never overwrite each other
// silently), and every change recorded as an event with who, when, before and after.

/** What a reviewer may change; `lines` replaces the whole list (add, remove, reorder); an address
 * changes in the parts given (null removes it). */
export type DraftPatch = Partial<
  Omit<DraftOrder, 'urgency' | 'confidence' | 'needsReview' | 'reviewReasons' | 'findings' | 'readingConfidence' | 'buyer' | 'shipTo' | 'billTo'>
> & {
  buyer?: Partial<DraftOrder['buyer']>;
  shipTo?: Partial<NonNullable<DraftOrder['shipTo']>> | null;
  billTo?: Partial<NonNullable<DraftOrder['billTo']>> | null;
};

export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

export interface EditRequest {
  version: number;
  patch: DraftPatch;
  actor: string;
  /** For a patch of `lines`: the index each new line had before (null for an added one), so
   * findings and catalogue matches follow their line. Without it, line i is line i. */
  lineOrigins?: (number | null)[];
}

export async function editDraft(db: Kysely<Database>, id: string, request: EditRequest): Promise<{ version: number; changes: Change[] }> {
  return db.transaction().execute((trx) => editInTransaction(trx, id, request));
}

export async function editInTransaction(trx: Transaction<Database>, id: string, request: EditRequest): Promise<{ version: number; changes: Change[] }> {
  const row = await loadPending(trx, id, request.version);
  const before = readOrderJson(row);
  const after = editedOrder(before, request);
  const changes = diffValues(before, after);
  if (changes.length === 0) return { version: row.version, changes };
  // The order check's findings follow the values: a fixed subtotal takes its reason with it.
  await saveOrder(trx, row, settleEdits(before, after, request));
  await addEvent(trx, { kind: 'draft-edited', messageId: row.message_id, draftId: id, actor: request.actor, detail: { version: row.version + 1, changes } });
  return { version: row.version + 1, changes };
}

/** The order with the patch applied, its lines keeping their catalogue match while their item stays. */
export function editedOrder(before: DraftOrder, request: Pick<EditRequest, 'patch' | 'lineOrigins'>): DraftOrder {
  const after = applyPatch(before, request.patch);
  return request.patch.lines ? carryLineMatches(before, after, request.lineOrigins) : after;
}

/** The edited order's findings: the other stages' follow their lines, the fields the person set
 * settle their doubts, the order check runs again on the values. */
export function settleEdits(before: DraftOrder, after: DraftOrder, request: Pick<EditRequest, 'patch' | 'lineOrigins' | 'actor'>): DraftOrder {
  const origins = request.patch.lines ? request.lineOrigins : undefined;
  const moved = origins ? remapLineFindings(findingsOf(before), origins) : findingsOf(before);
  return recheckDraft({ ...after, findings: withDeskEdits(moved, editedFields(before, after, origins), request.actor) });
}

export async function loadPending(trx: Transaction<Database>, id: string, version: number | null): Promise<DraftsTable> {
  const row = await trx.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DraftError('not-found', `no draft ${id}`);
  if (row.status !== 'pending') throw new DraftError('decided', `this draft was ${row.status} by ${row.decided_by ?? 'someone'} already`);
  if (version !== null && row.version !== version) {
    throw new DraftError('version', `this draft was changed meanwhile (version ${row.version}, yours ${version}); reload it`);
  }
  return row;
}

/** Writes the new order, bumping the version only if nobody else did in between. */
export async function saveOrder(trx: Transaction<Database>, row: DraftsTable, order: DraftOrder): Promise<void> {
  const result = await trx
    .updateTable('drafts')
    .set({
      order_json: JSON.stringify(order),
      po_number: order.poNumber,
      buyer_company: order.buyer.company,
      buyer_email: order.buyer.email,
      requested_delivery_date: order.requestedDeliveryDate,
      version: row.version + 1,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new DraftError('version', 'this draft was changed meanwhile; reload it');
}

export function applyPatch(order: DraftOrder, patch: DraftPatch): DraftOrder {
  const merged = {
    ...order,
    ...patch,
    buyer: { ...order.buyer, ...(patch.buyer ?? {}) },
    shipTo: patch.shipTo === undefined ? order.shipTo : mergeAddress(order.shipTo, patch.shipTo),
    billTo: patch.billTo === undefined ? order.billTo : mergeAddress(order.billTo, patch.billTo),
  };
  const parsed = draftOrderSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DraftError('invalid', `${issue?.path.join('.') || 'order'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Leaf-level differences between two JSON values, as `lines[2].quantity` paths. */
export function diffValues(before: unknown, after: unknown, path = ''): Change[] {
  if (isContainer(before) && isContainer(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => {
      const next = Array.isArray(before) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      return diffValues((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], next);
    });
  }
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? [] : [{ path, before: before ?? null, after: after ?? null }];
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
