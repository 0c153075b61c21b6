import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMasterFile } from '../src/cli/load-master-files.ts';
import { parseSettings } from '../src/cli/load-settings.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { createExtractor, storeMaster } from '../src/main/create-extractor.ts';
import { createReextract } from '../src/main/reextract-draft.ts';
import { processMessage } from '../src/pipeline/process-message.ts';
import { getDraft } from '../src/store/get-draft.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { answerFor } from './fixtures/model-answers.ts';
import { makePdfPoEmail } from './fixtures/make-po-email.ts';
import { samplePo } from './fixtures/make-po-pdf.ts';
import { REPO_ROOT } from './fixtures/run-cli.ts';
import { completion, startFakeOpenAI, type FakeOpenAI } from './support/fake-openai.ts';

// One extractor (src/main/create-extractor.ts) for the worker and for re-extract on the desk: the
// same settings give the same draft, model, master data, sender trust and duplicate check
// included. Before, re-extract ran without the model and without the sender-trust setting.

let dir: string;
let store: Store;
let fake: FakeOpenAI;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-reextract-'));
  store = await openStore(`sqlite:${join(dir, 'po.db')}`);
  for (const kind of ['catalog', 'customers', 'xref'] as const) await importMasterFile(store.db, kind, join(REPO_ROOT, 'samples/master', `${kind === 'xref' ? 'xref' : kind}.csv`));
  fake = await startFakeOpenAI({ requireStrictSchema: true });
});
afterAll(async () => {
  await fake?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const SETTINGS = () =>
  parseSettings({
    AUTHSERV_ID: 'mx.northwind-supply.example',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_API_KEY: 'k',
    OPENAI_MODEL: 'fake-model',
    LLM_MODE: 'always',
    SELLER_NAME: 'Northwind Supply',
  });

async function workerDraft(key: string, bytes: Uint8Array): Promise<string> {
  const extractor = createExtractor(SETTINGS(), { master: storeMaster(store.db) });
  // From the mailbox (AUTHSERV_ID names our server), so an unauthenticated sender keeps the draft in review.
  const result = await processMessage(
    { sourceKey: key, sourceKind: 'imap', name: `${key}.eml`, bytes, isEmail: true },
    { db: store.db, workerId: 'w', leaseMs: 60_000, maxAttempts: 3, logger: silentLogger, extract: (n, b) => extractor.extract(n, b) },
  );
  if (result.action !== 'processed' || !result.draftIds[0]) throw new Error(`no draft from ${key}`);
  return result.draftIds[0];
}

describe('re-extract', () => {
  it('gives the draft the worker stored, with the model and the master data', async () => {
    fake.otherwise(completion(answerFor(samplePo(6))));
    const id = await workerDraft('po-6', await makePdfPoEmail(samplePo(6), { messageId: '<po-6@test>' }));
    const stored = (await getDraft(store.db, id))!;
    expect(stored.order.extraction?.method).toBe('rules+llm');
    expect(stored.order.matching).toBeDefined();
    await createReextract(store.db, SETTINGS())(id, 'rep@example.com');
    const again = (await getDraft(store.db, id))!;
    expect(again.order).toEqual(stored.order);
    const event = again.history.find((h) => h.kind === 'draft-reextracted');
    expect(event?.detail).toMatchObject({ changes: [] });
  });

  it('is no duplicate of its own draft, and still finds an earlier message with the same PO', async () => {
    const mail = (id: string) => makePdfPoEmail(samplePo(7), { messageId: `<${id}@test>` });
    fake.otherwise({ json: { error: { message: 'down' } }, status: 500 });
    const first = await workerDraft('dup-1', await mail('dup-1'));
    const firstOrder = (await getDraft(store.db, first))!.order;
    expect(firstOrder.buyer.customerId).not.toBeNull();
    expect(firstOrder.matching?.duplicateOf ?? null).toBeNull();
    await createReextract(store.db, SETTINGS())(first, 'rep@example.com');
    expect((await getDraft(store.db, first))!.order.matching?.duplicateOf ?? null).toBeNull();
    const second = await workerDraft('dup-2', await mail('dup-2'));
    const secondOrder = (await getDraft(store.db, second))!.order;
    expect(secondOrder.matching?.duplicateOf).toBe(first);
    await createReextract(store.db, SETTINGS())(second, 'rep@example.com');
    expect((await getDraft(store.db, second))!.order).toEqual(secondOrder);
  }, 60_000);
});
