import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMasterFile } from '../src/cli/load-master-files.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { DEFAULT_POLICY } from '../src/domain/master-data.ts';
import type { IncomingMessage } from '../src/domain/incoming-message.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { processMessage, type PipelineDeps } from '../src/pipeline/process-message.ts';
import { approveDraft } from '../src/store/decide-draft.ts';
import { getDraft } from '../src/store/get-draft.ts';
import { fetchMasterData } from '../src/store/master-data.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { blockingProblems } from '../src/domain/check-order.ts';
import { mail, OUR_MX, PASS_FOR_NORTHWIND, po } from './fixtures/make-forged-mail.ts';

// Straight-through, safe by default (issue 18): with no customer master loaded no draft skips
// review, however clean; with one, only a known customer set to auto-approve with every check
// passing. Mail from the drop folder has no Authentication-Results of our server: it is not held
// for that (like a PDF dropped there), while the same mail from the mailbox is.

const MASTER = resolve(import.meta.dirname, '../samples/master');
const POLICY = { ...DEFAULT_POLICY, authservIds: [OUR_MX] };
const MOTOR = { sku: 'MM4-4010', description: 'Micro-Motor #4', quantity: 5, unitPrice: 62 };
const BEARING = { sku: 'BRG-608Z', description: 'Ball bearing 608ZZ', quantity: 40, unitPrice: 1.85 };

let dir: string;
let store: Store;
let n = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-straight-'));
  store = await openStore(`sqlite:${join(dir, 'po.db')}`);
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const deps = (): PipelineDeps => ({
  db: store.db,
  workerId: 'w1',
  leaseMs: 60_000,
  maxAttempts: 3,
  logger: silentLogger,
  extract: async (name, bytes) => extractInput(name, bytes, { master: (await fetchMasterData(store.db)) ?? undefined, policy: POLICY }),
});

async function send(bytes: Uint8Array, sourceKind: IncomingMessage['sourceKind']) {
  n += 1;
  const r = await processMessage({ sourceKey: `m-${n}`, sourceKind, name: `m${n}.eml`, bytes, isEmail: true }, deps());
  if (r.action !== 'processed') throw new Error(JSON.stringify(r));
  return (await getDraft(store.db, r.draftIds[0]!))!;
}

describe('no customer master loaded', () => {
  it('holds even a clean, authenticated PO for review, says why, and a rep can approve it', async () => {
    const draft = await send(await mail(po('PO-8001', [MOTOR, BEARING]), '<8001@northwind.example>', PASS_FOR_NORTHWIND), 'imap');
    expect(draft.status).toBe('pending');
    expect(draft.decidedBy).toBeNull();
    expect(draft.order.reviewReasons).toEqual([expect.stringMatching(/^not approved automatically: no customer master is loaded/)]);
    // Nothing blocks it: one look, one approval.
    expect(blockingProblems(draft.order)).toEqual([]);
    await approveDraft(store.db, draft.id, { actor: 'rep@example.com', version: draft.version, check: blockingProblems });
    expect((await getDraft(store.db, draft.id))!.status).toBe('approved');
  });

  it('holds a stranger’s well-formed PO from the drop folder too', async () => {
    const draft = await send(await mail(po('PO-8002', [MOTOR]), '<8002@stranger.example>', null, { from: 'Eve <eve@stranger.example>' }), 'folder');
    expect(draft.status).toBe('pending');
    expect(draft.order.reviewReasons.join('\n')).toMatch(/no customer master is loaded/);
  });
});

describe('with a customer master', () => {
  beforeAll(async () => {
    for (const kind of ['catalog', 'customers', 'xref'] as const)
      await importMasterFile(store.db, kind, join(MASTER, kind === 'catalog' ? 'catalog.csv' : kind === 'customers' ? 'customers.csv' : 'xref.csv'));
  });

  it('approves a clean PO of a known auto-approving customer from the drop folder, with no reason about its missing Authentication-Results', async () => {
    const draft = await send(await mail(po('PO-8101', [{ ...MOTOR, quantity: 11 }]), '<8101@northwind.example>', null), 'folder');
    expect(draft.order.buyer.customerId).toBe('C-1005');
    expect(draft.order.reviewReasons, JSON.stringify(draft.order.findings)).toEqual([]);
    expect(draft).toMatchObject({ status: 'approved', decidedBy: 'auto' });
  });

  it('holds the same mail from the mailbox, where our server should have authenticated it', async () => {
    const draft = await send(await mail(po('PO-8102', [{ ...MOTOR, quantity: 12 }]), '<8102@northwind.example>', null), 'imap');
    expect(draft.status).toBe('pending');
    expect(draft.order.reviewReasons.join('\n')).toMatch(
      /not approved automatically: an emailed order skips review only from an authenticated address of the customer \(no Authentication-Results header from our mail server/,
    );
    // Authenticated by our server: straight through.
    const genuine = await send(await mail(po('PO-8103', [{ ...MOTOR, quantity: 13 }]), '<8103@northwind.example>', PASS_FOR_NORTHWIND), 'imap');
    expect(genuine).toMatchObject({ status: 'approved', decidedBy: 'auto' });
  });

  it('holds a stranger, and a known customer not set to auto-approve', async () => {
    const stranger = await send(await mail(po('PO-8201', [{ ...MOTOR, quantity: 14 }]), '<8201@stranger.example>', null, { from: 'Eve <eve@stranger.example>' }), 'folder');
    expect(stranger.status).toBe('pending');
    // It names Northwind as the buyer, but its sender is none of Northwind's addresses.
    expect(stranger.order.reviewReasons.join('\n')).toContain(
      'not approved automatically: an emailed order skips review only from an authenticated address of the customer (eve@stranger.example is not an address of C-1005)',
    );
    const customers = (await fetchMasterData(store.db))!.customers;
    const manual = customers.find((c) => !c.autoApprove && c.emailDomains.length > 0)!;
    const bytes = await mail(
      {
        ...po('PO-8202', [{ ...MOTOR, quantity: 15 }]),
        buyerCompany: manual.name,
        shipTo: [manual.name, manual.shipTo.street ?? '', `${manual.shipTo.city ?? ''}`],
        buyerEmail: `buyer@${manual.emailDomains[0]}`,
      },
      '<8202@x.example>',
      null,
      { from: `Buyer <buyer@${manual.emailDomains[0]}>` },
    );
    const held = await send(bytes, 'folder');
    expect(held.status).toBe('pending');
    expect(held.order.reviewReasons.join('\n'), JSON.stringify([held.order.buyer, held.order.reviewReasons])).toContain(
      `customer ${manual.customerId} is not set up for automatic approval`,
    );
  });
});
