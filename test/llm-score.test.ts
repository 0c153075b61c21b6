import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fixtures/run-cli.ts';
import { completion, startFakeOpenAI, type FakeOpenAI } from './support/fake-openai.ts';

// `npm run score -- --llm compare DIR`: both score sets side by side, here against the loopback
// model answering "nothing found" (so the rules figures must be kept, and the spend counted).

const NAMES = ['email-2pdf-en-01.eml', 'email-csv-en-01.eml'];
let dir: string;
let fake: FakeOpenAI;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-llm-score-'));
  for (const name of NAMES) {
    await copyFile(join(REPO_ROOT, 'samples/corpus', name), join(dir, name));
    await copyFile(join(REPO_ROOT, 'samples/corpus', `${name}.truth.json`), join(dir, `${name}.truth.json`));
  }
  fake = await startFakeOpenAI();
  const empty = {
    poNumber: null,
    orderDate: null,
    requestedDeliveryDate: null,
    currency: null,
    buyerCompany: null,
    shipTo: null,
    billTo: null,
    paymentTerms: null,
    shippingMethod: null,
    lines: [],
    subtotal: null,
    tax: null,
    shipping: null,
    total: null,
    rowsSeen: null,
  };
  fake.otherwise(completion(empty));
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

function score(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/score.ts', ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run score -- --llm compare', () => {
  it('prints rules and rules+llm score tables side by side with the model spend', async () => {
    const run = await score(['--llm', 'compare', '--quiet', dir], { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', LLM_MODE: 'always' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/metric\s+rules\s+rules\+llm\s+change/);
    expect(run.stdout).toMatch(/field accuracy\s+\d\.\d{3}\s+\d\.\d{3}/);
    expect(run.stdout).toMatch(/model asked for \d+ drafts/);
    expect(fake.requests.length).toBeGreaterThan(0);
  }, 120_000);

  it('refuses --llm without a model configured', async () => {
    const run = await score(['--llm', 'compare', dir], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--llm needs OPENAI_MODEL');
  }, 60_000);
});
