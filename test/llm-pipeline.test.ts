import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/domain/logger.ts';
import { createModelReader } from '../src/llm/create-model-reader.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { processMessage, type PipelineDeps } from '../src/pipeline/process-message.ts';
import { listDrafts } from '../src/store/list-drafts.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { answerFor } from './fixtures/model-answers.ts';
import { makePdfPoEmail } from './fixtures/make-po-email.ts';
import { samplePo } from './fixtures/make-po-pdf.ts';
import { completion, startFakeOpenAI, type FakeOpenAI } from './support/fake-openai.ts';

// Through the worker's pipeline into the store: a model that stalls or fails costs the message
// nothing (committed once, in review, with the reason), and the model's record is stored with it.

let dir: string;
let store: Store;
let fake: FakeOpenAI;
let deps: PipelineDeps;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-llm-pipeline-'));
  store = await openStore(`sqlite:${join(dir, 'po.db')}`);
  fake = await startFakeOpenAI({ requireStrictSchema: true });
  const reader = createModelReader({ model: 'fake-model', baseURL: fake.baseURL, apiKey: 'k', timeoutMs: 300, backoffMs: 10 });
  deps = {
    db: store.db,
    workerId: 'w1',
    leaseMs: 60_000,
    maxAttempts: 3,
    logger: silentLogger,
    extract: (name, bytes) => extractInput(name, bytes, { reader, llmMode: 'always' }),
  };
});
afterAll(async () => {
  await fake.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const incoming = async (i: number) => ({
  sourceKey: `folder:po-${i}.eml`,
  sourceKind: 'folder' as const,
  name: `po-${i}.eml`,
  bytes: await makePdfPoEmail(samplePo(i), { messageId: `<po-${i}@test>` }),
  isEmail: true,
});

describe('the pipeline with a model', () => {
  it('a stalled model: the message is still committed, its draft in review with the reason', async () => {
    fake.reply({ stall: 'body' }, { stall: 'headers' });
    const result = await processMessage(await incoming(5), deps);
    expect(result).toMatchObject({ action: 'processed', note: 'drafts' });
    const [draft] = await listDrafts(store.db);
    expect(draft.order.needsReview).toBe(true);
    expect(draft.order.reviewReasons).toContain('model not used: no answer within 300 ms');
  });

  it('a good answer is stored with the model, prompt version and tokens', async () => {
    fake.reply(completion(answerFor(samplePo(6))));
    const result = await processMessage(await incoming(6), deps);
    expect(result).toMatchObject({ action: 'processed', note: 'drafts' });
    const stored = (await listDrafts(store.db)).find((d) => d.order.poNumber === samplePo(6).poNumber);
    expect(stored?.order.extraction).toMatchObject({ method: 'rules+llm', model: 'fake-model', promptVersion: 'extract-order.v1', tokens: { prompt: 1200, completion: 300 } });
  });
});
