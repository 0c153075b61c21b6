import type { Kysely } from 'kysely';
import type { DraftOrder, Source } from '../domain/draft-order.ts';
import { finding } from '../domain/findings.ts';
import { withFindings } from '../domain/review-draft.ts';
import { DraftError } from './draft-error.ts';
import { addEvent } from './message-ledger.ts';
import type { Database } from './schema.ts';

// "Make a draft from this mail" and "split into orders" on /mail: a purchase order the worker
// did not read as one (or a mail carrying several) becomes COUNT empty drafts of that message,
// which a rep fills in beside the original on the draft page. Only the sender comes filled in.
// The message then counts as one with drafts and leaves /mail.

export const MAX_SPLIT = 20;

export async function makeDraftsByHand(db: Kysely<Database>, messageId: string, count: number, actor: string): Promise<string[]> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SPLIT) throw new DraftError('invalid', `split into 1 to ${MAX_SPLIT} orders, not ${count}`);
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const message = await trx.selectFrom('messages').selectAll().where('id', '=', messageId).executeTakeFirst();
    if (!message) throw new DraftError('not-found', 'no such mail');
    if (message.status === 'claimed') throw new DraftError('version', 'a worker is reading this mail right now; try again in a moment');
    const existing = await trx
      .selectFrom('drafts')
      .select((eb) => eb.fn.max('order_index').as('last'))
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    const first = existing?.last === null || existing?.last === undefined ? 0 : Number(existing.last) + 1;
    const documents = await trx
      .selectFrom('documents')
      .select(['name', 'media_type', 'method', 'pages', 'part_id'])
      .where('message_id', '=', messageId)
      .orderBy('position')
      .execute();
    const from = addressOf(message.sender);
    const source: Source = {
      kind: message.sender !== null || /\.eml$/i.test(message.file_name ?? '') ? 'email' : 'file',
      messageId: message.message_id,
      from,
      subject: message.subject,
      receivedAt: message.received_at,
      file: message.file_name,
      documents: documents.map((d) => ({
        name: d.name,
        mediaType: d.media_type,
        method: d.method as Source['documents'][number]['method'],
        pages: d.pages,
        ...(d.part_id ? { partId: d.part_id } : {}),
      })),
    };
    const ids: string[] = [];
    for (let k = 0; k < count; k += 1) {
      const id = crypto.randomUUID();
      ids.push(id);
      const order = blankOrder(from, count > 1 ? `order ${k + 1} of ${count} in this mail` : null);
      await trx
        .insertInto('drafts')
        .values({
          id,
          message_id: messageId,
          order_index: first + k,
          status: 'pending',
          urgency_rank: 2,
          urgency_level: 'normal',
          requested_delivery_date: null,
          po_number: null,
          buyer_company: null,
          buyer_email: from,
          confidence: 0,
          needs_review: 1,
          order_json: JSON.stringify(order),
          source_json: JSON.stringify(source),
          version: 1,
          decided_by: null,
          decided_at: null,
          decision_reason: null,
          customer_id: null,
          content_hash: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await addEvent(trx, { kind: 'draft-created', messageId, draftId: id, actor, detail: { byHand: true, part: k + 1, of: count } });
    }
    await trx.updateTable('messages').set({ status: 'done', outcome: 'drafts', updated_at: now }).where('id', '=', messageId).execute();
    return ids;
  });
}

function blankOrder(email: string | null, part: string | null): DraftOrder {
  const order: DraftOrder = {
    poNumber: null,
    orderDate: null,
    requestedDeliveryDate: null,
    buyer: { company: null, contactName: null, email, phone: null, customerId: null },
    shipTo: null,
    billTo: null,
    currency: null,
    lines: [],
    subtotal: null,
    tax: null,
    shipping: null,
    total: null,
    paymentTerms: null,
    shippingMethod: null,
    notes: part,
    urgency: { level: 'normal', reasons: [] },
    confidence: 0,
    needsReview: true,
    reviewReasons: [],
    findings: [],
    readingConfidence: 0,
  };
  return withFindings(order, [
    finding('extract', 'by-hand', 'by-hand', 'warn', 'made by hand from a mail the worker did not read as an order: type the order in from the original'),
  ]);
}

/** `Dana <dana@x.example>` → `dana@x.example`; null when there is no address. */
function addressOf(sender: string | null): string | null {
  const m = /<([^<>\s]+@[^<>\s]+)>/.exec(sender ?? '') ?? /([^\s<>"]+@[^\s<>"]+)/.exec(sender ?? '');
  return m ? m[1]!.toLowerCase() : null;
}
