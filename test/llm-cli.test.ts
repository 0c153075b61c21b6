import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFor } from './fixtures/model-answers.ts';
import { makePoPdf, samplePo } from './fixtures/make-po-pdf.ts';
import { runCli } from './fixtures/run-cli.ts';
import { completion, startFakeOpenAI, type FakeOpenAI } from './support/fake-openai.ts';

// `po-inbox extract` with the OPENAI_* settings: the real bin wires the model reader from settings.

const PO = samplePo(2);
let dir: string;
let fake: FakeOpenAI;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-llm-cli-'));
  await writeFile(join(dir, 'po.pdf'), await makePoPdf(PO));
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('po-inbox extract with a model configured', () => {
  it('asks the model (LLM_MODE=always) and prints model, tokens and cost', async () => {
    fake.reply(completion(answerFor(PO)), completion(answerFor(PO)));
    const env = { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', LLM_MODE: 'always', LLM_PRICE_INPUT_PER_1K: '0.001', LLM_PRICE_OUTPUT_PER_1K: '0.002' };
    const json = await runCli(['extract', '--json', 'po.pdf'], { cwd: dir, env });
    expect(json.stderr).toBe('');
    const order = JSON.parse(json.stdout).orders[0];
    expect(order.extraction).toMatchObject({ method: 'rules+llm', model: 'fake-model', promptVersion: 'extract-order.v1', costUsd: 0.0018 });
    const text = await runCli(['extract', 'po.pdf'], { cwd: dir, env });
    expect(text.stdout).toContain('model: fake-model (extract-order.v1), 1,500 tokens, ~$0.0018');
    expect(fake.requests).toHaveLength(2);
  });

  it('LLM_MODE=off leaves the model out even when configured', async () => {
    const before = fake.requests.length;
    const run = await runCli(['extract', '--json', 'po.pdf'], { cwd: dir, env: { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', LLM_MODE: 'off' } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).orders[0]).not.toHaveProperty('extraction');
    expect(fake.requests).toHaveLength(before);
  });

  it('a bad LLM setting is one stderr line and a failing exit code', async () => {
    const run = await runCli(['extract', 'po.pdf'], { cwd: dir, env: { LLM_MODE: 'sometimes' } });
    expect(run.stderr).toContain('bad setting LLM_MODE: expected auto, always or off');
    expect(run.code).not.toBe(0);
  });
});
