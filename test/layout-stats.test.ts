import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../src/cli/load-settings.ts';
import { readInput } from '../src/documents/read-input.ts';
import { extractionResultSchema, type DraftOrder, type ExtractionResult } from '../src/domain/draft-order.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { learnLayout } from '../src/extraction/layout-model/learn-layout.ts';
import { pickSourceReading } from '../src/extraction/layout-model/pick-source-reading.ts';
import { createExtractor, storeLayouts } from '../src/main/create-extractor.ts';
import { createReextract } from '../src/main/reextract-draft.ts';
import { describeLesson, learnApprovedLayout } from '../src/pipeline/learn-approved-layout.ts';
import { processMessage, type Extract } from '../src/pipeline/process-message.ts';
import { approveDraft } from '../src/store/decide-draft.ts';
import { editDraft } from '../src/store/edit-draft.ts';
import { fetchActiveLayouts, layoutsVersion, listLayouts, RETIRE_AFTER, saveLesson } from '../src/store/layouts.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { readOrderJson } from '../src/store/parse-row.ts';
import { requirePostgres } from './fixtures/require-service.ts';
import { openTestStore, type TestStore } from './support/test-store.ts';

// Issue 17, the layouts kept honest in the store: every approval of a draft a layout read counts
// the fields the rep corrected against it, in the approval itself; corrected on RETIRE_AFTER
// approvals in a row it is retired and reads nothing more; a re-extraction does not count a use
// twice; and on PostgreSQL a layout one worker learned is read with by another at once.

const PAIRS = join(import.meta.dirname, '../samples/layouts/pairs');
const FIRST = 'kestrel-ref-pdf-first.pdf';
const NEXT = 'kestrel-ref-pdf-next.pdf';
const bytesOf = async (file: string) => new Uint8Array(await readFile(join(PAIRS, file)));
const truthOf = async (file: string) => extractionResultSchema.parse(JSON.parse(await readFile(join(PAIRS, `${file}.truth.json`), 'utf8'))).orders[0]!;

async function learnFrom(store: Store, draftId: string): Promise<string> {
  const order = await truthOf(FIRST);
  const reading = pickSourceReading(await readInput(FIRST, await bytesOf(FIRST)), order)!;
  const outcome = await saveLesson(store.db, {
    draftId,
    readBy: null,
    corrected: [],
    model: learnLayout(reading, order),
    sender: 'ruth@kestrel.example',
    customerId: null,
    buyerCompany: order.buyer.company,
    poNumber: order.poNumber,
    actor: 'ana@seller.example',
    at: new Date().toISOString(),
  });
  expect(outcome.kind).toBe('learned');
  return outcome.id;
}

/** The same PDF as a message of its own (a byte more after its end), stored by a worker with `extract`. */
async function store(db: Store, extract: Extract, tag: string, workerId = 'w1', file = NEXT): Promise<{ id: string; version: number; order: DraftOrder }> {
  const bytes = new Uint8Array([...(await bytesOf(file)), ...new TextEncoder().encode(`\n%${tag}\n`)]);
  const result = await processMessage(
    { sourceKey: `test:${tag}`, sourceKind: 'upload', name: file, fileName: file, bytes },
    { db: db.db, extract, workerId, leaseMs: 60_000, maxAttempts: 3, logger: silentLogger },
  );
  if (result.action !== 'processed' || result.draftIds.length !== 1) throw new Error(`${tag}: ${JSON.stringify(result)}`);
  const row = await db.db.selectFrom('drafts').selectAll().where('id', '=', result.draftIds[0]!).executeTakeFirstOrThrow();
  return { id: row.id, version: row.version, order: readOrderJson(row) };
}

const postgresUp = await requirePostgres('layout-stats');

describe.each([
  ['sqlite', true],
  ['postgres', postgresUp],
] as const)('layout statistics on %s', (dialect, available) => {
  let t: TestStore;
  beforeAll(async () => {
    if (available) t = await openTestStore(dialect);
  });
  afterAll(async () => t?.drop());

  it.skipIf(!available)(
    'counts the fields corrected on each approval of a draft the layout read, and retires it after RETIRE_AFTER corrected approvals in a row',
    async () => {
      const id = await learnFrom(t.store, 'taught-1');
      const extractor = createExtractor(parseSettings({ DATABASE_URL: t.url }), { model: false, layouts: storeLayouts(t.store.db) });
      const read: ExtractionResult = await extractor.extract(NEXT, await bytesOf(NEXT));
      expect(read.orders[0]!.layout?.id).toBe(id);
      expect(read.orders[0]!.layout?.read).toHaveProperty('poNumber');
      const drafts: Array<{ id: string; version: number; order: DraftOrder }> = [];
      for (let i = 0; i < RETIRE_AFTER + 3; i += 1) drafts.push(await store(t.store, async () => read, `stats-${i}`));
      expect(drafts.every((d) => d.order.layout?.id === id)).toBe(true);
      expect((await listLayouts(t.store.db))[0]).toMatchObject({ timesUsed: RETIRE_AFTER + 3, timesCorrected: 0, fieldsCorrected: 0 });

      const stats = async () => (await listLayouts(t.store.db)).find((l) => l.id === id)!;
      const approve = (d: (typeof drafts)[number], patch: Partial<DraftOrder> | undefined) =>
        approveDraft(t.store.db, d.id, { actor: 'rep@seller.example', version: d.version, patch });
      // Two fields corrected: the PO number and the payment terms.
      await approve(drafts[0]!, { poNumber: 'KF-CORRECTED-0', paymentTerms: '60 days' });
      expect(await stats()).toMatchObject({ timesCorrected: 1, fieldsCorrected: 2, retired: false });
      // An edit saved before the approval is a correction too, counted once, at the approval.
      await editDraft(t.store.db, drafts[1]!.id, { version: drafts[1]!.version, patch: { poNumber: 'KF-CORRECTED-1' }, actor: 'rep@seller.example' });
      await approveDraft(t.store.db, drafts[1]!.id, { actor: 'rep@seller.example', version: null });
      expect(await stats()).toMatchObject({ timesCorrected: 2, fieldsCorrected: 3, retired: false });
      // Approved as read: nothing corrected, and the row of corrected approvals starts again.
      await approve(drafts[2]!, undefined);
      expect(await stats()).toMatchObject({ timesCorrected: 2, fieldsCorrected: 3, retired: false });
      for (let i = 3; i < 3 + RETIRE_AFTER - 1; i += 1) await approve(drafts[i]!, { poNumber: `KF-CORRECTED-${i}` });
      expect(await stats()).toMatchObject({ timesCorrected: 2 + RETIRE_AFTER - 1, retired: false });
      expect((await fetchActiveLayouts(t.store.db)).map((l) => l.id)).toEqual([id]);

      const version = await layoutsVersion(t.store.db);
      const last = drafts[2 + RETIRE_AFTER]!;
      await approve(last, { poNumber: 'KF-CORRECTED-LAST' });
      expect(await stats()).toMatchObject({
        timesCorrected: 2 + RETIRE_AFTER,
        fieldsCorrected: 3 + RETIRE_AFTER,
        retired: true,
        retiredReason: `corrected on ${RETIRE_AFTER} approvals in a row (last: poNumber)`,
      });
      expect(await layoutsVersion(t.store.db)).not.toBe(version);
      expect(await fetchActiveLayouts(t.store.db)).toEqual([]);
      const event = await t.store.db.selectFrom('events').selectAll().where('kind', '=', 'layout-retired').executeTakeFirstOrThrow();
      expect(event).toMatchObject({ draft_id: last.id, actor: 'rep@seller.example' });
      expect(await t.store.db.selectFrom('events').select('id').where('kind', '=', 'layout-corrected').execute()).toHaveLength(1 + RETIRE_AFTER);
      // The worker's learning from that approval teaches the retired layout nothing more.
      const lesson = await learnApprovedLayout(t.store.db, last.id);
      expect(describeLesson(lesson, 'KF-CORRECTED-LAST')).toBe(`layout ${id} retired: corrected again on PO KF-CORRECTED-LAST (poNumber)`);
      expect(await fetchActiveLayouts(t.store.db)).toEqual([]);
      // The same extractor no longer reads with it: its cache follows the store's layouts version.
      expect((await extractor.extract(NEXT, await bytesOf(NEXT))).orders[0]).not.toHaveProperty('layout');
    },
    120_000,
  );

  it.skipIf(!available)(
    'a re-extraction counts a draft once, for the layout that read it last',
    async () => {
      const a = await learnFrom(t.store, 'taught-2');
      const settings = parseSettings({ DATABASE_URL: t.url });
      const extractor = createExtractor(settings, { model: false, layouts: storeLayouts(t.store.db) });
      const draft = await store(t.store, (name, bytes) => extractor.extract(name, bytes), 'reextract');
      expect(draft.order.layout?.id).toBe(a);
      const uses = async (id: string) => (await listLayouts(t.store.db)).find((l) => l.id === id)!.timesUsed;
      expect(await uses(a)).toBe(1);
      const reextract = createReextract(t.store.db, settings);
      await reextract(draft.id, 'rep@seller.example');
      await reextract(draft.id, 'rep@seller.example');
      expect(await uses(a)).toBe(1);
      // Read again by another layout: the use moves to it.
      const b = await learnFrom(t.store, 'taught-3');
      await t.store.db.updateTable('layouts').set({ retired: 1, retired_reason: 'test', updated_at: new Date().toISOString() }).where('id', '=', a).execute();
      await reextract(draft.id, 'rep@seller.example');
      const row = await t.store.db.selectFrom('drafts').selectAll().where('id', '=', draft.id).executeTakeFirstOrThrow();
      expect(readOrderJson(row).layout?.id).toBe(b);
      expect([await uses(a), await uses(b)]).toEqual([0, 1]);
      await reextract(draft.id, 'rep@seller.example');
      expect([await uses(a), await uses(b)]).toEqual([0, 1]);
    },
    120_000,
  );
});

describe('several workers on one PostgreSQL store', () => {
  let t: TestStore;
  let other: Store;
  beforeAll(async () => {
    if (!postgresUp) return;
    t = await openTestStore('postgres');
    other = await openStore(t.url);
  });
  afterAll(async () => {
    await other?.close();
    await t?.drop();
  });

  it.skipIf(!postgresUp)(
    'a layout learned by one worker is read with by the other, and its uses are counted in one place',
    async () => {
      const settings = parseSettings({ DATABASE_URL: t.url });
      // Two workers, each with its own connection pool and its own extractor (and cache of layouts).
      const one = createExtractor(settings, { model: false, layouts: storeLayouts(t.store.db) });
      const two = createExtractor(settings, { model: false, layouts: storeLayouts(other.db) });
      expect((await two.extract(NEXT, await bytesOf(NEXT))).orders[0]).not.toHaveProperty('layout');

      // Worker one reads the first PO; a rep corrects and approves it; worker one learns from it.
      const first = await store(t.store, (name, bytes) => one.extract(name, bytes), 'pg-first', 'w1', FIRST);
      expect(first.order).not.toHaveProperty('layout');
      const truth = await truthOf(FIRST);
      const { poNumber, orderDate, requestedDeliveryDate, shipTo, billTo, currency, lines, subtotal, tax, shipping, total, paymentTerms, shippingMethod, buyer } = truth;
      await approveDraft(t.store.db, first.id, {
        actor: 'rep@seller.example',
        version: first.version,
        patch: { poNumber, orderDate, requestedDeliveryDate, shipTo, billTo, currency, lines, subtotal, tax, shipping, total, paymentTerms, shippingMethod, buyer },
      });
      const lesson = await learnApprovedLayout(t.store.db, first.id);
      expect(lesson.kind).toBe('learned');
      const id = (lesson as { id: string }).id;

      // Worker two, which had read the store's layouts before, reads the next PO with it.
      const next = await store(other, (name, bytes) => two.extract(name, bytes), 'pg-next', 'w2');
      const nextTruth = await truthOf(NEXT);
      expect(next.order.layout?.id).toBe(id);
      expect(next.order.poNumber).toBe(nextTruth.poNumber);
      expect(next.order.lines.map((l) => [l.sku, l.quantity, l.unitPrice])).toEqual(nextTruth.lines.map((l) => [l.sku, l.quantity, l.unitPrice]));
      expect((await listLayouts(t.store.db))[0]).toMatchObject({ id, timesUsed: 1 });

      // A rep corrects what it read on worker two's side; worker one's store sees the count.
      await approveDraft(other.db, next.id, { actor: 'rep2@seller.example', version: next.version, patch: { paymentTerms: 'cash' } });
      expect((await listLayouts(t.store.db))[0]).toMatchObject({ id, timesUsed: 1, timesCorrected: 1, fieldsCorrected: 1 });
      // Deleted through one, gone for the other.
      await t.store.db.deleteFrom('layouts').where('id', '=', id).execute();
      expect((await two.extract(NEXT, await bytesOf(NEXT))).orders[0]).not.toHaveProperty('layout');
    },
    180_000,
  );
});
