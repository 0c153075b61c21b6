import type { Kysely } from 'kysely';
import type { Settings } from '../cli/load-settings.ts';
import { DEFAULT_POLICY } from '../domain/master-data.ts';
import { extractInput } from '../pipeline/extract-input.ts';
import { fetchMasterData } from '../store/master-data.ts';
import { DraftError } from '../store/draft-error.ts';
import { replaceDraftOrder } from '../store/decide-draft.ts';
import { readRawMessage } from '../store/get-draft.ts';
import type { Database } from '../store/schema.ts';
import type { Reextract } from '../web/originals.ts';

// "Re-extract" on the draft page: the stored raw message through the same extraction path as the
// worker, and the draft's order replaced by the fresh one (recorded with its changes).

type PolicySettings = Partial<Pick<Settings, 'PRICE_TOLERANCE_PERCENT' | 'CONFIDENCE_MANDATORY' | 'CONFIDENCE_OPTIONAL'>>;

function definedPolicy(s: PolicySettings) {
  return Object.fromEntries(
    Object.entries({ priceTolerancePercent: s.PRICE_TOLERANCE_PERCENT, confidenceMandatory: s.CONFIDENCE_MANDATORY, confidenceOptional: s.CONFIDENCE_OPTIONAL }).filter(([, v]) => v !== undefined),
  );
}

export function createReextract(db: Kysely<Database>, settings: Pick<Settings, 'SELLER_NAME' | 'OCR_LANGS'> & PolicySettings): Reextract {
  return async (draftId, actor) => {
    const draft = await db.selectFrom('drafts').select(['message_id', 'order_index']).where('id', '=', draftId).executeTakeFirst();
    if (!draft) throw new DraftError('not-found', `no draft ${draftId}`);
    const raw = await readRawMessage(db, draft.message_id);
    if (!raw) throw new DraftError('invalid', 'the original message is not stored');
    // Matched against today's master data too, so a fixed catalogue or customer shows at once.
    const master = (await fetchMasterData(db)) ?? undefined;
    const policy = { ...DEFAULT_POLICY, ...definedPolicy(settings) };
    const result = await extractInput(raw.fileName ?? 'message.eml', raw.bytes, { sellerNames: settings.SELLER_NAME, ocrLangs: settings.OCR_LANGS, master, policy });
    const order = result.orders[draft.order_index];
    if (!order) throw new DraftError('invalid', 'the extractor finds no order at this place in the message any more; nothing changed');
    await replaceDraftOrder(db, draftId, order, actor);
  };
}
