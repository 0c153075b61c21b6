// `npm run bench:queue [-- --drafts 10000 --runs 50 --database sqlite:PATH|postgres://...]`: server
// time of the review queue page with many drafts. Inserts the drafts directly (one message each,
// realistic order JSON), signs in once, then renders /queue through app.request() (session lookup,
// queries, JSX to HTML) and prints p50 / p95 in ms for the first page, a deep page and a search.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Insertable } from 'kysely';
import type { DraftOrder } from '../src/domain/draft-order.ts';
import type { DraftsTable, MessagesTable } from '../src/store/schema.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { createSession } from '../src/store/sessions.ts';
import { createUser } from '../src/store/users.ts';
import { createApp } from '../src/web/create-app.ts';

const LEVELS = ['urgent', 'high', 'normal', 'normal', 'normal'] as const;
const BATCH = 500;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { drafts: { type: 'string', default: '10000' }, runs: { type: 'string', default: '50' }, database: { type: 'string' } } });
  const dir = await mkdtemp(join(tmpdir(), 'po-bench-queue-'));
  const store = await openStore(values.database ?? `sqlite:${join(dir, 'bench.db')}`);
  try {
    const count = Number(values.drafts);
    const started = performance.now();
    await insertDrafts(store, count);
    console.log(`inserted ${count} drafts into ${store.label} in ${Math.round(performance.now() - started)} ms`);
    const user = await createUser(store.db, { email: `bench-${Date.now()}@example.com`, role: 'reviewer', passwordHash: 'scrypt$1$1$1$x$y' });
    const { token } = await createSession(store.db, user.id, 3_600_000);
    const app = createApp({ db: store.db });
    const headers = { cookie: `po_session=${token}` };
    const pages = Math.ceil(count / 5 / 50);
    for (const [label, path] of [
      ['queue, first page', '/queue'],
      [`queue, page ${pages} of pending`, `/queue?page=${pages}`],
      ['queue, text search', '/queue?q=acme-7'],
      ['queue, urgent filter', '/queue?urgency=urgent'],
    ] as const) {
      const times = await time(Number(values.runs), async () => {
        const response = await app.request(path, { headers });
        if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
        await response.text();
      });
      console.log(`${label.padEnd(30)} p50 ${times.p50.toFixed(1)} ms  p95 ${times.p95.toFixed(1)} ms  (${values.runs} runs)`);
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function time(runs: number, run: () => Promise<void>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i += 1) await run(); // warm-up: JIT, statement caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function insertDrafts(store: Store, count: number): Promise<void> {
  const now = Date.now();
  for (let start = 0; start < count; start += BATCH) {
    const messages: Insertable<MessagesTable>[] = [];
    const drafts: Insertable<DraftsTable>[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i += 1) {
      const id = crypto.randomUUID();
      const at = new Date(now - i * 60_000).toISOString();
      const order = sampleOrder(i);
      messages.push({
        id,
        source_key: `bench:${id}`,
        source_kind: 'folder' as const,
        mailbox: null,
        uid_validity: null,
        uid: null,
        file_name: `po-${i}.eml`,
        message_id: `<${id}@bench>`,
        content_hash: id,
        size: 1000,
        status: 'done' as const,
        outcome: 'drafts' as const,
        duplicate_of: null,
        attempts: 1,
        last_error: null,
        claimed_by: null,
        lease_until: null,
        settled: 1,
        received_at: at,
        created_at: at,
        updated_at: at,
      });
      drafts.push({
        id: crypto.randomUUID(),
        message_id: id,
        order_index: 0,
        status: i % 5 === 4 ? ('approved' as const) : ('pending' as const),
        urgency_rank: LEVELS.indexOf(order.urgency.level),
        urgency_level: order.urgency.level,
        requested_delivery_date: order.requestedDeliveryDate,
        po_number: order.poNumber,
        buyer_company: order.buyer.company,
        buyer_email: order.buyer.email,
        confidence: order.confidence,
        needs_review: 1,
        order_json: JSON.stringify(order),
        source_json: JSON.stringify({
          kind: 'email',
          messageId: `<${id}@bench>`,
          from: order.buyer.email,
          subject: `PO ${order.poNumber}`,
          receivedAt: at,
          file: null,
          documents: [],
        }),
        version: 1,
        decided_by: null,
        decided_at: null,
        decision_reason: null,
        created_at: at,
        updated_at: at,
      });
    }
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto('messages').values(messages).execute();
      await trx.insertInto('drafts').values(drafts).execute();
    });
  }
}

function sampleOrder(i: number): DraftOrder {
  const level = LEVELS[i % LEVELS.length]!;
  const lines = Array.from({ length: 1 + (i % 8) }, (_, k) => ({
    lineNo: k + 1,
    sku: `SKU-${(i * 7 + k) % 997}`,
    catalogSku: null,
    description: `Item ${k} for order ${i}`,
    quantity: 1 + ((i + k) % 40),
    unit: 'EA',
    unitPrice: 2.5,
    amount: 2.5 * (1 + ((i + k) % 40)),
    confidence: 0.9,
  }));
  const subtotal = lines.reduce((s, l) => s + l.amount, 0);
  return {
    poNumber: `PO-${100000 + i}`,
    orderDate: '2026-03-02',
    requestedDeliveryDate: i % 3 === 0 ? null : `2026-04-${String(1 + (i % 28)).padStart(2, '0')}`,
    buyer: { company: `Acme-${i % 50} GmbH`, contactName: 'Buyer', email: `buyer@acme-${i % 50}.example`, phone: null, customerId: null },
    shipTo: null,
    billTo: null,
    currency: 'EUR',
    lines,
    subtotal,
    tax: null,
    shipping: null,
    total: subtotal,
    paymentTerms: null,
    shippingMethod: null,
    notes: null,
    urgency: { level, reasons: level === 'normal' ? [] : [`"${level}" in subject`] },
    confidence: 0.8 + (i % 20) / 100,
    needsReview: true,
    reviewReasons: i % 2 ? ['buyer not in the customer list'] : ['price differs from the price list', 'unknown item SKU-1'],
  };
}

await main();
