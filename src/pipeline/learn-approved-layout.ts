import type { Kysely } from 'kysely';
import { readInput } from '../documents/read-input.ts';
import type { DraftOrder } from '../domain/draft-order.ts';
import { correctedFields } from '../domain/corrected-fields.ts';
import { learnLayout } from '../extraction/layout-model/learn-layout.ts';
import { pickSourceReading } from '../extraction/layout-model/pick-source-reading.ts';
import { readRawMessage } from '../store/get-draft.ts';
import { saveLesson, type LessonOutcome } from '../store/layouts.ts';
import { readOrderJson, readSourceJson } from '../store/parse-row.ts';
import type { Database } from '../store/schema.ts';

// What one approval teaches (issue 17): the stored original read again, the document the draft
// came from found in it, and its layout learned from the approved order. Run by the worker for
// the `learn` outbox row every approval queues, and by `po-inbox teach` at once; learning the same
// approval twice adds nothing.

export type LearnOutcome = LessonOutcome | { kind: 'nothing'; reason: string };

export interface LearnOptions {
  sellerNames?: string[];
  ocrLangs?: string[];
}

export async function learnApprovedLayout(db: Kysely<Database>, draftId: string, options: LearnOptions = {}): Promise<LearnOutcome> {
  const row = await db.selectFrom('drafts').selectAll().where('id', '=', draftId).executeTakeFirst();
  if (!row || row.status !== 'approved') return { kind: 'nothing', reason: 'the draft is not approved' };
  const order: DraftOrder = readOrderJson(row);
  if (order.lines.length === 0 && !order.poNumber) return { kind: 'nothing', reason: 'the approved order has no PO number and no lines' };
  const raw = await readRawMessage(db, row.message_id);
  if (!raw) return { kind: 'nothing', reason: 'the original message is not stored' };
  const input = await readInput(raw.fileName ?? 'message.eml', raw.bytes, { ocr: options.ocrLangs?.length ? { langs: options.ocrLangs } : undefined });
  const reading = pickSourceReading(input, order, options.sellerNames);
  if (!reading) return { kind: 'nothing', reason: 'no document of the message prints the approved order' };
  const source = readSourceJson(row);
  return saveLesson(db, {
    draftId,
    readBy: order.layout?.id ?? null,
    corrected: order.layout ? correctedFields(order.layout, order) : [],
    model: learnLayout(reading, order),
    sender: source.from,
    customerId: order.buyer.customerId,
    buyerCompany: order.buyer.company,
    poNumber: order.poNumber,
    actor: row.decided_by ?? 'unknown',
    at: row.decided_at ?? new Date().toISOString(),
  });
}

/** The one line `po-inbox teach` prints, and the outbox records. */
export function describeLesson(outcome: LearnOutcome, po: string | null): string {
  const of = po ? `PO ${po}` : 'the order';
  switch (outcome.kind) {
    case 'learned':
      return `learned a new layout ${outcome.id} from ${of}`;
    case 'known':
      return `layout ${outcome.id} was already learned from ${of}`;
    case 'confirmed':
      return `layout ${outcome.id} read ${of} as approved`;
    case 'corrected':
      return `layout ${outcome.id} taught again from ${of} (corrected: ${outcome.fields.join(', ')})`;
    case 'retired':
      return `layout ${outcome.id} retired: corrected again on ${of} (${outcome.fields.join(', ')})`;
    case 'nothing':
      return `no layout learned from ${of}: ${outcome.reason}`;
  }
}
