import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftOrder } from '../src/domain/draft-order.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { processMessage, type PipelineDeps } from '../src/pipeline/process-message.ts';
import { finishMessage, LostClaimError } from '../src/store/finish-message.ts';
import { countDrafts, listDrafts } from '../src/store/list-drafts.ts';
import { claimMessage, failMessage, releaseMessage } from '../src/store/message-ledger.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { makePdfPoEmail } from './fixtures/make-po-email.ts';
import { samplePo } from './fixtures/make-po-pdf.ts';
import { requirePostgres } from './fixtures/require-service.ts';
import { openTestStore } from './support/test-store.ts';

// The ledger and the drafts table on both stores, SQLite (the embedded default) and PostgreSQL.

const postgresUp = await requirePostgres('store-ledger');

function order(overrides: Partial<DraftOrder> = {}): DraftOrder {
  return {
    poNumber: 'PO-1',
    orderDate: '2026-03-02',
    requestedDeliveryDate: null,
    buyer: { company: 'Northwind', contactName: null, email: 'buyer@northwind.example', phone: null, customerId: null },
    shipTo: null,
    billTo: null,
    currency: 'USD',
    lines: [{ lineNo: 1, sku: 'A-1', catalogSku: null, description: 'Widget', quantity: 2, unit: 'EA', unitPrice: 5, amount: 10, confidence: 0.9 }],
    subtotal: 10,
    tax: null,
    shipping: null,
    total: 10,
    paymentTerms: null,
    shippingMethod: null,
    notes: null,
    urgency: { level: 'normal', reasons: [] },
    confidence: 0.9,
    needsReview: true,
    reviewReasons: ['test'],
    ...overrides,
  };
}

const source = { kind: 'email' as const, messageId: '<a@b>', from: 'buyer@northwind.example', subject: 'PO', receivedAt: null, file: null, documents: [] };

const message = (key: string, hash = key, messageId: string | null = `<${key}@test>`) => ({
  sourceKey: key,
  sourceKind: 'imap' as const,
  mailbox: 'INBOX',
  uidValidity: '1',
  uid: 1,
  messageId,
  contentHash: hash,
  bytes: new TextEncoder().encode(`raw ${key}`),
});

const lease = (workerId: string, now?: Date) => ({ workerId, leaseMs: 60_000, maxAttempts: 3, now });

describe.each([
  ['sqlite', true],
  ['postgres', postgresUp],
] as const)('store on %s', (dialect, available) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    if (!available) return;
    const opened = await openTestStore(dialect);
    ({ store, url } = opened);
    cleanup = opened.drop;
  });
  afterAll(async () => {
    if (!available) return;
    await cleanup();
  });

  it.skipIf(!available)('migrates twice without harm (every start runs the migrations)', async () => {
    const again = await openStore(url);
    const tables = await again.db.introspection.getTables();
    await again.close();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['messages', 'raw_messages', 'documents', 'drafts', 'events', 'outbox', 'sources']));
    expect(await countDrafts(store.db)).toBe(0);
  });

  it.skipIf(!available)('claims a message once: a second worker finds it busy, the same worker again gets it back', async () => {
    const first = await claimMessage(store.db, message('k1'), lease('w1'));
    expect(first).toMatchObject({ kind: 'claimed', attempts: 1 });
    expect(await claimMessage(store.db, message('k1'), lease('w2'))).toMatchObject({ kind: 'busy' });
    const raw = await store.db.selectFrom('raw_messages').select('bytes').where('message_id', '=', first.id).executeTakeFirstOrThrow();
    expect(Buffer.from(raw.bytes).toString()).toBe('raw k1');
  });

  it.skipIf(!available)('hands a claim whose lease ran out to another worker, and the old holder cannot commit', async () => {
    const first = await claimMessage(store.db, message('k2'), lease('w1'));
    const later = new Date(Date.now() + 120_000);
    const taken = await claimMessage(store.db, message('k2'), lease('w2', later));
    expect(taken).toMatchObject({ kind: 'claimed', id: first.id, attempts: 2 });
    await expect(finishMessage(store.db, first.id, 'w1', { source, drafts: [{ order: order(), status: 'pending' }] })).rejects.toBeInstanceOf(LostClaimError);
    const ids = await finishMessage(store.db, first.id, 'w2', { source, drafts: [{ order: order({ poNumber: 'PO-2' }), status: 'pending' }] });
    expect(ids).toHaveLength(1);
    expect(await claimMessage(store.db, message('k2'), lease('w3', later))).toMatchObject({ kind: 'handled', status: 'done', settled: false });
    const rows = await store.db.selectFrom('drafts').select('po_number').where('message_id', '=', first.id).execute();
    expect(rows).toEqual([{ po_number: 'PO-2' }]);
  });

  it.skipIf(!available)('records the same mail under another key (new UIDVALIDITY) as a duplicate, without a draft', async () => {
    const original = await claimMessage(store.db, message('k3', 'hash-3', '<same@test>'), lease('w1'));
    await finishMessage(store.db, original.id, 'w1', { source, drafts: [{ order: order({ poNumber: 'PO-3' }), status: 'pending' }] });
    const copy = await claimMessage(store.db, message('k3-copy', 'hash-3', '<same@test>'), lease('w1'));
    expect(copy).toMatchObject({ kind: 'duplicate', of: original.id });
    // Same Message-ID, other content (a corrected resend): a new message.
    expect(await claimMessage(store.db, message('k3-fixed', 'hash-3b', '<same@test>'), lease('w1'))).toMatchObject({ kind: 'claimed' });
  });

  it.skipIf(!available)('quarantines a message claimed too often without finishing', async () => {
    let now = Date.now();
    let result = await claimMessage(store.db, message('k4'), lease('w1', new Date(now)));
    for (let i = 0; i < 3; i += 1) {
      now += 120_000;
      result = await claimMessage(store.db, message('k4'), lease(`w${i + 2}`, new Date(now)));
    }
    expect(result.kind).toBe('quarantined');
    const row = await store.db.selectFrom('messages').select(['status', 'last_error']).where('source_key', '=', 'k4').executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/quarantined after 3 attempts/);
  });

  it.skipIf(!available)('keeps a released message for a later try and a failed one for good', async () => {
    const claim = await claimMessage(store.db, message('k5'), lease('w1'));
    await releaseMessage(store.db, claim.id, 'w1', 'timeout', 60_000);
    expect(await claimMessage(store.db, message('k5'), lease('w2'))).toMatchObject({ kind: 'busy' });
    expect(await claimMessage(store.db, message('k5'), lease('w2', new Date(Date.now() + 61_000)))).toMatchObject({ kind: 'claimed' });
    await failMessage(store.db, claim.id, 'w2', 'corrupt PDF');
    expect(await claimMessage(store.db, message('k5'), lease('w3'))).toMatchObject({ kind: 'handled', status: 'failed' });
  });

  it.skipIf(!available)('lists drafts in queue order: urgent, high, normal; then delivery date (none last); then age', async () => {
    const make = async (key: string, level: 'urgent' | 'high' | 'normal', date: string | null) => {
      const claim = await claimMessage(store.db, message(key), lease('w1'));
      await finishMessage(store.db, claim.id, 'w1', {
        source,
        drafts: [{ order: order({ poNumber: key, urgency: { level, reasons: [] }, requestedDeliveryDate: date }), status: 'pending' }],
      });
    };
    await make('q-normal', 'normal', '2026-01-01');
    await make('q-high-late', 'high', '2026-05-01');
    await make('q-high-none', 'high', null);
    await make('q-urgent', 'urgent', null);
    await make('q-high-early', 'high', '2026-04-01');
    const queue = (await listDrafts(store.db, { status: 'pending' })).map((d) => d.order.poNumber).filter((po) => po?.startsWith('q-'));
    expect(queue).toEqual(['q-urgent', 'q-high-early', 'q-high-late', 'q-high-none', 'q-normal']);
  });

  it.skipIf(!available)('processMessage: bad input is one recorded failure; a crash-free retry of the same key does not add a draft', async () => {
    const deps: PipelineDeps = {
      db: store.db,
      workerId: 'w1',
      leaseMs: 60_000,
      maxAttempts: 3,
      logger: silentLogger,
      extract: async (name, bytes) => (await import('../src/pipeline/extract-input.ts')).extractInput(name, bytes),
    };
    const good = await makePdfPoEmail(samplePo(3));
    const incoming = { sourceKey: 'p-good', sourceKind: 'folder' as const, name: 'order.eml', bytes: good, isEmail: true };
    const first = await processMessage(incoming, deps);
    expect(first).toMatchObject({ action: 'processed', note: 'drafts' });
    expect(first.action === 'processed' && first.draftIds.length).toBe(1);
    // Another worker seeing it before it was moved leaves the move to the one that finished it.
    expect(await processMessage(incoming, { ...deps, workerId: 'w2' })).toMatchObject({ action: 'wait', reason: 'busy' });
    const again = await processMessage(incoming, deps);
    expect(again).toMatchObject({ action: 'processed', note: 'already-done' });
    const drafts = await store.db.selectFrom('drafts').select('id').where('message_id', '=', first.messageId).execute();
    expect(drafts).toHaveLength(1);

    const bad = await processMessage({ sourceKey: 'p-bad', sourceKind: 'folder', name: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7 garbage'), isEmail: false }, deps);
    expect(bad).toMatchObject({ action: 'failed' });
    const row = await store.db.selectFrom('messages').select(['status', 'last_error']).where('source_key', '=', 'p-bad').executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/pdf/i);
  });
});
