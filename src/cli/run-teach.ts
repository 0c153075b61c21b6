import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractionResultSchema, type DraftOrder } from '../domain/draft-order.ts';
import { InputError } from '../domain/errors.ts';
import { silentLogger } from '../domain/logger.ts';
import { blockingMessages } from '../domain/findings.ts';
import { currentFindings } from '../domain/review-draft.ts';
import { describeLesson, learnApprovedLayout } from '../pipeline/learn-approved-layout.ts';
import { processMessage } from '../pipeline/process-message.ts';
import { approveDraft } from '../store/decide-draft.ts';
import type { DraftPatch } from '../store/edit-draft.ts';
import { openStore } from '../store/open-store.ts';
import { readOrderJson } from '../store/parse-row.ts';
import { configureReading } from './configure-reading.ts';
import type { Settings } from './load-settings.ts';
import { muteConsole } from './mute-console.ts';
import type { CliOutput } from './run-extract.ts';

// `po-inbox teach FILE CORRECTED.json`: FILE goes through the worker's own path into the store
// (or is found there, if it came before), its draft gets CORRECTED.json's values and is approved,
// as a rep would in the desk; then what the approval teaches is learned at once and said in one line.

export interface TeachCommand {
  file: string;
  corrected: string;
  actor: string;
}

export async function runTeach(command: TeachCommand, settings: Settings, output: CliOutput): Promise<number> {
  const bytes = await readBytes(command.file);
  const corrected = await readCorrected(command.corrected);
  const { createExtractor, storeLayouts, storeMaster } = await import('../main/create-extractor.ts');
  configureReading(settings);
  const store = await openStore(settings.DATABASE_URL);
  const restore = muteConsole(settings.LOG_LEVEL === 'debug');
  try {
    const extractor = createExtractor(settings, { master: storeMaster(store.db), layouts: storeLayouts(store.db) });
    const hash = createHash('sha256').update(bytes).digest('hex');
    const result = await processMessage(
      { sourceKey: `teach:${hash}`, sourceKind: 'upload', name: basename(command.file), fileName: basename(command.file), bytes },
      { db: store.db, extract: (name, b) => extractor.extract(name, b), workerId: 'teach', leaseMs: 10 * 60_000, maxAttempts: 3, logger: silentLogger },
    );
    if (result.action !== 'processed') throw new InputError('corrupt-input', result.action === 'failed' ? result.error : 'the file is being read by a worker; try again');
    const message = await store.db.selectFrom('messages').select(['id', 'duplicate_of']).where('id', '=', result.messageId).executeTakeFirstOrThrow();
    const drafts = await store.db
      .selectFrom('drafts')
      .selectAll()
      .where('message_id', '=', message.duplicate_of ?? message.id)
      .orderBy('order_index')
      .execute();
    const draft = drafts[0];
    if (!draft) throw new InputError('corrupt-input', 'no draft was made of the file (not read as a purchase order)');
    if (draft.status === 'rejected') throw new InputError('corrupt-input', `its draft ${draft.id} was rejected`);
    if (draft.status === 'pending') {
      await approveDraft(store.db, draft.id, {
        actor: command.actor,
        version: null,
        patch: toPatch(readOrderJson(draft), corrected),
        check: (o) => blockingMessages(currentFindings(o)),
      });
    }
    const outcome = await learnApprovedLayout(store.db, draft.id, { sellerNames: settings.SELLER_NAME, ocrLangs: settings.OCR_LANGS });
    restore();
    output.stdout(`${basename(command.file)}: draft ${draft.id} approved by ${command.actor}; ${describeLesson(outcome, corrected.poNumber)}\n`);
    return outcome.kind === 'nothing' ? 1 : 0;
  } finally {
    restore();
    await store.close();
  }
}

/** Every value of the corrected order; the buyer's customer id stays the match's unless given. */
function toPatch(draft: DraftOrder, c: DraftOrder): DraftPatch {
  return {
    poNumber: c.poNumber,
    orderDate: c.orderDate,
    requestedDeliveryDate: c.requestedDeliveryDate,
    shipTo: c.shipTo,
    billTo: c.billTo,
    currency: c.currency,
    lines: c.lines,
    subtotal: c.subtotal,
    tax: c.tax,
    shipping: c.shipping,
    total: c.total,
    paymentTerms: c.paymentTerms,
    shippingMethod: c.shippingMethod,
    notes: c.notes,
    buyer: { ...c.buyer, customerId: c.buyer.customerId ?? draft.buyer.customerId },
  };
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const b = await readFile(file);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch {
    throw new InputError('corrupt-input', `${file}: cannot be read`);
  }
}

async function readCorrected(file: string): Promise<DraftOrder> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new InputError('corrupt-input', `${file}: not a JSON file`);
  }
  const parsed = extractionResultSchema.safeParse(json);
  const order = parsed.success ? parsed.data.orders[0] : undefined;
  if (!order) throw new InputError('corrupt-input', `${file}: not an extraction result with an order (${parsed.error?.issues[0]?.path.join('.') ?? 'no orders'})`);
  return order;
}
