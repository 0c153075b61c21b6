import type { Kysely } from 'kysely';
import type { Settings } from '../cli/load-settings.ts';
import { flagDuplicates } from '../pipeline/flag-duplicates.ts';
import { gateStraightThrough } from '../pipeline/gate-straight-through.ts';
import { createExtractor, storeLayouts, storeMaster } from './create-extractor.ts';
import { DraftError } from '../store/draft-error.ts';
import { replaceDraftOrder } from '../store/decide-draft.ts';
import { readRawMessage } from '../store/get-draft.ts';
import type { Database } from '../store/schema.ts';
import type { Reextract } from '../web/originals.ts';

// "Re-extract" on the draft page: the draft's order replaced by a fresh extraction of its stored
// message (recorded with its changes), after an extractor fix or a master data change.

/**
 * The stored raw message through the worker's own extractor (same settings, the model when one is
 * set, today's master data) and the worker's duplicate check (against drafts of other messages),
 * so a re-extract with nothing changed gives the draft the worker stored.
 */
export function createReextract(db: Kysely<Database>, settings: Settings): Reextract {
  const extractor = createExtractor(settings, { master: storeMaster(db), layouts: storeLayouts(db) });
  return async (draftId, actor) => {
    const draft = await db.selectFrom('drafts').select(['message_id', 'order_index']).where('id', '=', draftId).executeTakeFirst();
    if (!draft) throw new DraftError('not-found', `no draft ${draftId}`);
    const raw = await readRawMessage(db, draft.message_id);
    if (!raw) throw new DraftError('invalid', 'the original message is not stored');
    const result = await extractor.extract(raw.fileName ?? 'message.eml', raw.bytes);
    const message = await db.selectFrom('messages').select('source_kind').where('id', '=', draft.message_id).executeTakeFirst();
    const gated = result.orders.map((o) => gateStraightThrough(o, message?.source_kind ?? 'imap'));
    const orders = await flagDuplicates(db, gated, { excludeMessageId: draft.message_id });
    const order = orders[draft.order_index];
    if (!order) throw new DraftError('invalid', 'the extractor finds no order at this place in the message any more; nothing changed');
    await replaceDraftOrder(db, draftId, order, actor);
  };
}
