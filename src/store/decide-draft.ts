import type { Kysely } from 'kysely';
import type { DraftOrder } from '../domain/draft-order.ts';
import { countLayoutCorrections } from './count-layout-corrections.ts';
import { countLayoutUse } from './count-layout-use.ts';
import { learnXrefs } from './customer-xrefs.ts';
import { DraftError } from './draft-error.ts';
import { diffValues, editInTransaction, loadPending, saveOrder, type DraftPatch } from './edit-draft.ts';
import { addEvent } from './message-ledger.ts';
import { enqueueOutbox } from './outbox.ts';
import type { Database } from './schema.ts';
import { readOrderJson } from './parse-row.ts';

// A reviewer's decision. Approval saves any last edits, decides, and queues the acknowledgement
// and the webhook in the same transaction, so an approved draft is never left unannounced.

export interface Decision {
  actor: string;
  /** The version the reviewer saw; null for scripts that accept whatever is current. */
  version: number | null;
  patch?: DraftPatch;
  /** Where the patch's lines were before (see EditRequest). */
  lineOrigins?: (number | null)[];
  /** Refuses the approval when the (patched) order still has blocking problems. */
  check?: (order: DraftOrder) => string[];
}

export async function approveDraft(db: Kysely<Database>, id: string, decision: Decision): Promise<void> {
  await db.transaction().execute(async (trx) => {
    let version = decision.version;
    if (decision.patch)
      version = (
        await editInTransaction(trx, id, {
          version: decision.version ?? (await loadPending(trx, id, null)).version,
          patch: decision.patch,
          lineOrigins: decision.lineOrigins,
          actor: decision.actor,
        })
      ).version;
    const row = await loadPending(trx, id, version);
    const order = readOrderJson(row);
    const blocking = decision.check?.(order) ?? [];
    if (blocking.length > 0) throw new DraftError('invalid', `cannot approve: ${blocking.join('; ')}`);
    await decide(trx, row.id, row.version, 'approved', decision.actor, null);
    await addEvent(trx, { kind: 'draft-approved', messageId: row.message_id, draftId: id, actor: decision.actor, detail: { version: row.version + 1 } });
    // What the rep corrected of what a learned layout read counts against it (and may retire it).
    const correction = await countLayoutCorrections(trx, order, new Date().toISOString());
    if (correction && correction.fields.length > 0) {
      await addEvent(trx, {
        kind: correction.retired ? 'layout-retired' : 'layout-corrected',
        messageId: row.message_id,
        draftId: id,
        actor: decision.actor,
        detail: { layout: correction.id, fields: correction.fields, ...(correction.reason ? { reason: correction.reason } : {}) },
      });
    }
    // The rep's part-number mappings become cross-references, applied to this customer's next PO.
    const learned = (await learnXrefs(trx, order, decision.actor)).filter((l) => l.outcome !== 'known');
    if (learned.length > 0) await addEvent(trx, { kind: 'xref-learned', messageId: row.message_id, draftId: id, actor: decision.actor, detail: { mappings: learned } });
    await enqueueOutbox(trx, { key: `ack:${id}`, kind: 'ack', draftId: id, payload: { draftId: id } });
    await enqueueOutbox(trx, { key: `webhook:${id}`, kind: 'webhook', draftId: id, payload: { draftId: id } });
    // The layout of the document is learned by a worker (it reads the stored original again).
    await enqueueOutbox(trx, { key: `learn:${id}`, kind: 'learn', draftId: id, payload: { draftId: id } });
  });
}

export async function rejectDraft(db: Kysely<Database>, id: string, decision: Decision & { reason: string }): Promise<void> {
  const reason = decision.reason.trim();
  if (!reason) throw new DraftError('invalid', 'a rejection needs a reason');
  await db.transaction().execute(async (trx) => {
    const row = await loadPending(trx, id, decision.version);
    await decide(trx, row.id, row.version, 'rejected', decision.actor, reason);
    await addEvent(trx, { kind: 'draft-rejected', messageId: row.message_id, draftId: id, actor: decision.actor, detail: { version: row.version + 1, reason } });
  });
}

/** Replaces the order with a fresh extraction of the same message (after an extractor fix). */
export async function replaceDraftOrder(db: Kysely<Database>, id: string, order: DraftOrder, actor: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await loadPending(trx, id, null);
    const before = readOrderJson(row);
    await saveOrder(trx, row, order);
    // The draft counts once, for the layout that read it last: the same layout again counts nothing.
    if (order.layout?.id !== before.layout?.id) {
      await countLayoutUse(trx, [before], -1);
      await countLayoutUse(trx, [order]);
    }
    await trx
      .updateTable('drafts')
      .set({ urgency_level: order.urgency.level, urgency_rank: URGENCY_RANK[order.urgency.level] ?? 2, confidence: order.confidence, needs_review: order.needsReview ? 1 : 0 })
      .where('id', '=', id)
      .execute();
    // The version it replaces stays whole in the history (a rep's corrections are not lost with it).
    await addEvent(trx, {
      kind: 'draft-reextracted',
      messageId: row.message_id,
      draftId: id,
      actor,
      detail: { version: row.version + 1, changes: diffValues(before, order), replaced: { version: row.version, order: before } },
    });
    return row.version + 1;
  });
}

const URGENCY_RANK: Record<string, number> = { urgent: 0, high: 1, normal: 2 };

async function decide(trx: Parameters<typeof saveOrder>[0], id: string, version: number, status: 'approved' | 'rejected', actor: string, reason: string | null) {
  const now = new Date().toISOString();
  const result = await trx
    .updateTable('drafts')
    .set({ status, decided_by: actor, decided_at: now, decision_reason: reason, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new DraftError('version', 'this draft was changed meanwhile; reload it');
}
