import { countLayoutUse } from './count-layout-use.ts';
import type { Kysely } from 'kysely';
import type { DraftOrder, Source } from '../domain/draft-order.ts';
import { addEvent } from './message-ledger.ts';
import { enqueueOutbox } from './outbox.ts';
import type { Database, DraftStatus } from './schema.ts';

// Commits a message's outcome in one transaction: its documents, its drafts, the events, and the
// ledger row set to done. Nothing is half-written: a crash before the commit leaves the claim,
// which is taken over when its lease runs out.

export interface DraftToSave {
  order: DraftOrder;
  status: DraftStatus;
  /** Who decided, when the draft passes straight through (e.g. `auto`). */
  decidedBy?: string | null;
}

export interface MessageOutcome {
  source: Source;
  drafts: DraftToSave[];
  /** Why no draft came of it (shown on /mail), when none did. */
  note?: string | null;
}

export class LostClaimError extends Error {
  constructor(id: string) {
    super(`message ${id} was taken over by another worker before its drafts were committed`);
    this.name = 'LostClaimError';
  }
}

const URGENCY_RANK: Record<string, number> = { urgent: 0, high: 1, normal: 2 };

export async function finishMessage(db: Kysely<Database>, messageId: string, workerId: string, outcome: MessageOutcome): Promise<string[]> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('messages')
      // claimed_by stays: who finished it is the one expected to move it (see processMessage).
      .set({
        status: 'done',
        outcome: outcome.drafts.length > 0 ? 'drafts' : 'not-order',
        lease_until: null,
        last_error: null,
        note: outcome.drafts.length > 0 ? null : (outcome.note ?? null),
        updated_at: now,
      })
      .where('id', '=', messageId)
      .where('status', '=', 'claimed')
      .where('claimed_by', '=', workerId)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) throw new LostClaimError(messageId);
    const documents = outcome.source.documents.map((document, position) => ({
      id: crypto.randomUUID(),
      message_id: messageId,
      position,
      name: document.name,
      media_type: document.mediaType,
      method: document.method,
      pages: document.pages,
      part_id: document.partId ?? null,
    }));
    if (documents.length > 0) await trx.insertInto('documents').values(documents).execute();
    const ids: string[] = [];
    for (const [index, draft] of outcome.drafts.entries()) {
      const id = crypto.randomUUID();
      ids.push(id);
      const { order } = draft;
      await trx
        .insertInto('drafts')
        .values({
          id,
          message_id: messageId,
          order_index: index,
          status: draft.status,
          urgency_rank: URGENCY_RANK[order.urgency.level] ?? 2,
          urgency_level: order.urgency.level,
          requested_delivery_date: order.requestedDeliveryDate,
          po_number: order.poNumber,
          buyer_company: order.buyer.company,
          buyer_email: order.buyer.email,
          confidence: order.confidence,
          needs_review: order.needsReview ? 1 : 0,
          order_json: JSON.stringify(order),
          source_json: JSON.stringify(outcome.source),
          version: 1,
          decided_by: draft.status === 'pending' ? null : (draft.decidedBy ?? null),
          decided_at: draft.status === 'pending' ? null : now,
          decision_reason: null,
          customer_id: order.buyer.customerId,
          content_hash: order.matching?.contentHash ?? null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await addEvent(trx, {
        kind: 'draft-created',
        messageId,
        draftId: id,
        actor: workerId,
        detail: { status: draft.status, urgency: order.urgency.level, confidence: order.confidence },
      });
      if (draft.status === 'approved') {
        await addEvent(trx, { kind: 'draft-approved', messageId, draftId: id, actor: draft.decidedBy ?? 'auto', detail: { reason: 'passed every check' } });
        // A draft that passes straight through is acknowledged and handed on like an approved one.
        await enqueueOutbox(trx, { key: `ack:${id}`, kind: 'ack', draftId: id, payload: { draftId: id } });
        await enqueueOutbox(trx, { key: `webhook:${id}`, kind: 'webhook', draftId: id, payload: { draftId: id } });
      }
      if (order.urgency.level === 'urgent') await enqueueOutbox(trx, { key: `alert:${id}`, kind: 'alert', draftId: id, payload: { draftId: id } });
    }
    await countLayoutUse(
      trx,
      outcome.drafts.map((d) => d.order),
    );
    await addEvent(trx, { kind: 'message-done', messageId, actor: workerId, detail: { drafts: ids.length } });
    return ids;
  });
}
