import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMasterFile, loadMasterData } from '../src/cli/load-master-files.ts';
import { parseSettings } from '../src/cli/load-settings.ts';
import type { ExtractionResult } from '../src/domain/draft-order.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { DEFAULT_POLICY } from '../src/domain/master-data.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { processMessage, type PipelineDeps } from '../src/pipeline/process-message.ts';
import { fetchXrefs } from '../src/store/customer-xrefs.ts';
import { approveDraft } from '../src/store/decide-draft.ts';
import { finishMessage } from '../src/store/finish-message.ts';
import { getDraft } from '../src/store/get-draft.ts';
import { claimMessage } from '../src/store/message-ledger.ts';
import { fetchMasterData } from '../src/store/master-data.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { mail, OUR_MX, PASS_FOR_NORTHWIND, po, RECEIVED, TRICKS } from './fixtures/make-forged-mail.ts';
import { createTestDatabase } from './support/postgres.ts';
import { requirePostgres } from './fixtures/require-service.ts';

// Issue 7 end to end: master data from samples/master, customers and catalogue matched on the
// sample corpus, and through the worker pipeline: a spoofed sender, straight-through approval, a
// repeated PO, a revised PO, and a part number learned from one approval applied to the next PO.

const MASTER = resolve(import.meta.dirname, '../samples/master');
const CORPUS = resolve(import.meta.dirname, '../samples/corpus');
const settings = parseSettings({ CATALOG_FILE: join(MASTER, 'catalog.csv'), CUSTOMERS_FILE: join(MASTER, 'customers.csv'), XREF_FILE: join(MASTER, 'xref.csv') });

const EXPECTED_CUSTOMERS: Record<string, string> = {
  'email-pdf-en-01.eml': 'C-1001',
  'email-pdf-en-02.eml': 'C-1002',
  'email-pdf-en-03.eml': 'C-1003',
  'email-pdf-en-04.eml': 'C-1004',
  'email-csv-en-01.eml': 'C-1004',
};

describe('matching on the sample corpus with samples/master', () => {
  it('finds every known sender and gives every line with a catalogue item its catalogSku', async () => {
    const master = await loadMasterData(settings);
    const skus = new Set(master!.catalog.map((i) => i.sku));
    // A line without an item number (email-pdf-en-03) is known by its description in other POs.
    const skuOfDescription = new Map<string, string>();
    for (const file of Object.keys(EXPECTED_CUSTOMERS)) {
      const truth = JSON.parse(await readFile(join(CORPUS, `${file}.truth.json`), 'utf8')) as ExtractionResult;
      for (const l of truth.orders[0].lines) if (l.sku && skus.has(l.sku) && l.description) skuOfDescription.set(l.description, l.sku);
    }
    for (const [file, customerId] of Object.entries(EXPECTED_CUSTOMERS)) {
      const bytes = new Uint8Array(await readFile(join(CORPUS, file)));
      const truth = JSON.parse(await readFile(join(CORPUS, `${file}.truth.json`), 'utf8')) as ExtractionResult;
      const result = await extractInput(file, bytes, { master, policy: DEFAULT_POLICY });
      expect(result.orders[0].buyer.customerId, file).toBe(customerId);
      const expected = truth.orders[0].lines.map((l) => (l.sku && skus.has(l.sku) ? l.sku : (skuOfDescription.get(l.description ?? '') ?? null)));
      expect(expected.filter(Boolean).length, file).toBeGreaterThan(0);
      expect(
        result.orders[0].lines.map((l) => l.catalogSku),
        file,
      ).toEqual(expected);
    }
  }, 60_000);

  it('shows price and stock problems as review reasons, and converts a pack size', async () => {
    const master = await loadMasterData(settings);
    const bytes = new Uint8Array(await readFile(join(CORPUS, 'email-pdf-en-04.eml')));
    const order = (await extractInput('po.eml', bytes, { master })).orders[0];
    expect(order.reviewReasons).toContain('line 13: backorder, 1 EA of LUB-EP2-18 ordered, 0 on hand');
    expect(order.lines[19].match).toMatchObject({ method: 'xref', unitFactor: 12, catalogQuantity: 36, catalogUnit: 'EA' });
    const bluegill = (await extractInput('po.eml', new Uint8Array(await readFile(join(CORPUS, 'email-pdf-en-02.eml'))), { master })).orders[0];
    expect(bluegill.reviewReasons).toContain('line 2: unit price 10.10 differs from catalogue price 13.12 by -23.0% (tolerance 2%)');
  }, 60_000);

  it('changes nothing without master data', async () => {
    const bytes = new Uint8Array(await readFile(join(CORPUS, 'email-pdf-en-01.eml')));
    const order = (await extractInput('po.eml', bytes)).orders[0];
    expect(order.buyer.customerId).toBeNull();
    expect(order.lines.every((l) => l.catalogSku === null && l.match === undefined)).toBe(true);
    expect(order.matching).toBeUndefined();
  });
});

const PASS = PASS_FOR_NORTHWIND;
const FAIL = `${OUR_MX}; spf=fail smtp.mailfrom=mailer.evil.example; dmarc=fail header.from=northwind.example`;

const POLICY = { ...DEFAULT_POLICY, authservIds: [OUR_MX] };

const MOTOR = { sku: 'MM4-4010', description: 'Micro-Motor #4', quantity: 5, unitPrice: 62 };
const BEARING = { sku: 'BRG-608Z', description: 'Ball bearing 608ZZ', quantity: 40, unitPrice: 1.85 };

const postgresUp = await requirePostgres('master-matching');

describe.each([
  ['sqlite', true],
  ['postgres', postgresUp],
] as const)('the pipeline with master data on %s', (dialect, available) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let deps: PipelineDeps;
  let n = 0;
  const send = async (bytes: Uint8Array) => {
    n += 1;
    const r = await processMessage({ sourceKey: `m-${n}`, sourceKind: 'folder', name: `m${n}.eml`, bytes, isEmail: true }, deps);
    if (r.action !== 'processed') throw new Error(JSON.stringify(r));
    return (await getDraft(store.db, r.draftIds[0]))!;
  };

  beforeAll(async () => {
    if (!available) return;
    if (dialect === 'sqlite') {
      const dir = await mkdtemp(join(tmpdir(), 'po-master-'));
      store = await openStore(`sqlite:${join(dir, 'po.db')}`);
      cleanup = () => rm(dir, { recursive: true, force: true });
    } else {
      const database = await createTestDatabase();
      store = await openStore(database.url);
      cleanup = database.drop;
    }
    deps = {
      db: store.db,
      workerId: 'w1',
      leaseMs: 60_000,
      maxAttempts: 3,
      logger: silentLogger,
      extract: async (name, bytes) => extractInput(name, bytes, { master: (await fetchMasterData(store.db)) ?? undefined, policy: POLICY }),
    };
  });
  afterAll(async () => {
    if (!available) return;
    await store.close();
    await cleanup();
  });

  it.skipIf(!available)('imports the sample master data idempotently, with a report', async () => {
    const first = await importMasterFile(store.db, 'catalog', join(MASTER, 'catalog.csv'));
    expect(first).toMatchObject({ added: 40, changed: 0, rejected: [] });
    expect(await importMasterFile(store.db, 'catalog', join(MASTER, 'catalog.csv'))).toMatchObject({ added: 0, changed: 0, unchanged: 40 });
    expect(await importMasterFile(store.db, 'customers', join(MASTER, 'customers.csv'))).toMatchObject({ added: 5, rejected: [] });
    expect(await importMasterFile(store.db, 'xref', join(MASTER, 'xref.csv'))).toMatchObject({ added: 4, rejected: [] });
    expect((await fetchMasterData(store.db))!.catalog.find((i) => i.sku === 'WD-40-11')).toMatchObject({ unitPrice: 6.45, gtin: '4000000015838' });
  });

  it.skipIf(!available)('sends a spoofed sender to review with that reason', async () => {
    const draft = await send(await mail(po('PO-SPOOF-1', [MOTOR]), '<spoof@evil.example>', FAIL));
    expect(draft.status).toBe('pending');
    expect(draft.order.reviewReasons.join('\n')).toMatch(/sender failed authentication \(dmarc=fail\)/);
  });

  it.skipIf(!available).each(TRICKS.map((t, i) => [t.name, t, i] as const))('never lets a forged sender through: %s', async (_name, trick, i) => {
    const draft = await send(await mail(po(`PO-TRICK-${i}`, [{ ...MOTOR, quantity: 20 + i }]), `<trick-${i}@evil.example>`, trick.authResults, trick));
    expect(draft.status).toBe('pending');
    expect(draft.order.needsReview).toBe(true);
    for (const reason of trick.reasons) expect(draft.order.reviewReasons.join('\n')).toMatch(reason);
  });

  it.skipIf(!available)('trusts the same mail with our server’s genuine pass on top (the control for the tricks)', async () => {
    const draft = await send(
      await mail(po('PO-7999', [{ ...MOTOR, quantity: 19 }]), '<7999@northwind.example>', null, {
        top: [`Authentication-Results: ${PASS_FOR_NORTHWIND}`, RECEIVED.replaceAll('evil', 'northwind')],
      }),
    );
    expect(draft.order.reviewReasons).toEqual([]);
    expect(draft.status).toBe('approved');
  });

  it.skipIf(!available)('approves a clean PO of an auto-approving customer straight through, and holds its repeat and its revision', async () => {
    const first = await send(await mail(po('PO-7001', [MOTOR, BEARING]), '<7001@northwind.example>', PASS));
    expect(first.order.reviewReasons).toEqual([]);
    expect(first).toMatchObject({ status: 'approved', decidedBy: 'auto' });
    expect(first.order.buyer.customerId).toBe('C-1005');
    const repeat = await send(await mail(po('PO-7001', [MOTOR, BEARING]), '<7001-again@northwind.example>', PASS));
    expect(repeat.status).toBe('pending');
    expect(repeat.order.matching?.duplicateOf).toBe(first.id);
    expect(repeat.order.reviewReasons.join('\n')).toMatch(new RegExp(`duplicate PO: PO-7001 from C-1005 is already draft ${first.id}`));
    const revised = await send(await mail(po('PO-7001', [{ ...MOTOR, quantity: 8 }, BEARING]), '<7001-rev@northwind.example>', PASS));
    expect(revised.status).toBe('pending');
    expect(revised.order.matching).toMatchObject({ revisionOf: first.id, changes: ['MM4-4010: quantity 5 → 8'] });
  });

  it.skipIf(!available)('approves only one of the same PO read by two workers at once', async () => {
    const [a, b] = await Promise.all([
      send(await mail(po('PO-7300', [{ ...MOTOR, quantity: 7 }]), '<7300-a@northwind.example>', PASS)),
      send(await mail(po('PO-7300', [{ ...MOTOR, quantity: 7 }]), '<7300-b@northwind.example>', PASS)),
    ]);
    expect([a.status, b.status].sort()).toEqual(['approved', 'pending']);
  });

  it.skipIf(!available)("refuses a second automatic approval of one customer's PO in the store itself", async () => {
    const draft = await send(await mail(po('PO-7400', [{ ...MOTOR, quantity: 9 }]), '<7400@northwind.example>', PASS));
    expect(draft.status).toBe('approved');
    const claim = await claimMessage(
      store.db,
      { sourceKey: 'm-7400-copy', sourceKind: 'folder', contentHash: 'copy-7400', messageId: null, bytes: new Uint8Array([1]) },
      { workerId: 'w2', leaseMs: 60_000, maxAttempts: 3 },
    );
    if (claim.kind !== 'claimed') throw new Error(claim.kind);
    const copy = { order: { ...draft.order }, status: 'approved' as const, decidedBy: 'auto' };
    await expect(finishMessage(store.db, claim.id, 'w2', { source: draft.source, drafts: [copy] })).rejects.toThrow();
    await expect(finishMessage(store.db, claim.id, 'w2', { source: draft.source, drafts: [{ ...copy, status: 'pending', decidedBy: null }] })).resolves.toHaveLength(1);
  });

  it.skipIf(!available)('learns a part number from one approval and applies it to the next PO without review', async () => {
    const theirs = { sku: 'NW-88123', description: 'Ball bearing 608ZZ', quantity: 100, unitPrice: 1.85 };
    const taught = await send(await mail(po('PO-7100', [theirs]), '<7100@northwind.example>', PASS));
    expect(taught.status).toBe('pending');
    expect(taught.order.lines[0]).toMatchObject({ catalogSku: 'BRG-608Z', match: { method: 'description' } });
    await approveDraft(store.db, taught.id, { actor: 'rep@our-company.example', version: taught.version });
    expect((await fetchXrefs(store.db, 'C-1005')).find((x) => x.customerSku === 'NW-88123')).toMatchObject({
      sku: 'BRG-608Z',
      origin: 'learned',
      createdBy: 'rep@our-company.example',
    });
    const next = await send(await mail(po('PO-7101', [{ ...theirs, quantity: 60 }]), '<7101@northwind.example>', PASS));
    expect(next.order.lines[0]).toMatchObject({ catalogSku: 'BRG-608Z', match: { method: 'xref' } });
    expect(next.order.reviewReasons).toEqual([]);
    expect(next.status).toBe('approved');
  });

  it.skipIf(!available)('keeps a conflicting mapping as a proposal, never overwriting the learned one', async () => {
    const other = await send(await mail(po('PO-7200', [{ sku: 'NW-88123', description: 'Micro-Motor #4', quantity: 1, unitPrice: 62 }]), '<7200@northwind.example>', PASS));
    const lines = other.order.lines.map((l) => ({ ...l, catalogSku: 'MM4-4010' }));
    await approveDraft(store.db, other.id, { actor: 'rep2@our-company.example', version: other.version, patch: { lines } });
    const xref = (await fetchXrefs(store.db, 'C-1005')).find((x) => x.customerSku === 'NW-88123');
    expect(xref).toMatchObject({ sku: 'BRG-608Z', proposedSku: 'MM4-4010', proposedBy: 'rep2@our-company.example' });
  });
});
