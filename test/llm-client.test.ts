import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zodResponseFormat } from 'openai/helpers/zod';
import { createModelReader, type ModelReaderOptions } from '../src/llm/create-model-reader.ts';
import { modelFindingsSchema } from '../src/llm/model-findings-schema.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { answerFor } from './fixtures/model-answers.ts';
import { makePdfPoEmail } from './fixtures/make-po-email.ts';
import { samplePo } from './fixtures/make-po-pdf.ts';
import { completion, startFakeOpenAI, type FakeOpenAI } from './support/fake-openai.ts';

// The model client against a loopback server speaking the chat-completions wire format: every
// fault ends in a draft (rules' values, review with a reason), never in a thrown error or a hang.

const PO = samplePo(1);
let fake: FakeOpenAI;
let mail: Uint8Array;

beforeEach(async () => {
  fake = await startFakeOpenAI({ requireStrictSchema: true });
  mail ??= await makePdfPoEmail(PO);
});
afterEach(() => fake.close());

/** Strict mode wants every property required; house style wants every one described. */
function fieldsBreakingStrictMode(node: any, path = ''): string[] {
  if (!node || typeof node !== 'object') return [];
  const own = node.properties
    ? Object.entries<any>(node.properties).flatMap(([k, v]) => [
        ...(v.description ? [] : [`${path}.${k}: no description`]),
        ...(node.required?.includes(k) ? [] : [`${path}.${k}: not required`]),
        ...(node.additionalProperties === false ? [] : [`${path}: additional properties allowed`]),
      ])
    : [];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => fieldsBreakingStrictMode(v, `${path}.${k}`))];
}

function reader(options: Partial<ModelReaderOptions> = {}) {
  return createModelReader({ model: 'fake-model', apiKey: 'sk-test', baseURL: fake.baseURL, timeoutMs: 2000, backoffMs: 10, ...options });
}

async function extract(options: Partial<ModelReaderOptions> = {}, r = reader(options)) {
  const result = await extractInput('po.eml', mail, { reader: r, llmMode: 'always' });
  expect(result.orders).toHaveLength(1);
  return result.orders[0];
}

describe('the model client, against a loopback chat-completions server', () => {
  it('sends a strict json_schema made from the zod schema, no tools, and merges a correct answer', async () => {
    fake.reply(completion(answerFor(PO)));
    const order = await extract({ price: { inputPer1k: 0.001, outputPer1k: 0.002 } });
    const body = fake.requests[0].body;
    expect(fake.requests[0].path).toBe('/v1/chat/completions');
    expect(fake.requests[0].headers.authorization).toBe('Bearer sk-test');
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.strict).toBe(true);
    const schema = body.response_format.json_schema.schema;
    expect(schema.additionalProperties).toBe(false);
    expect([...schema.required].sort()).toEqual(Object.keys(schema.properties).sort());
    expect(schema.properties.poNumber.description).toMatch(/purchase order number/);
    expect(schema.properties.poNumber.type).toEqual(['string', 'null']);
    expect(fieldsBreakingStrictMode(schema)).toEqual([]);
    expect(schema).toEqual(zodResponseFormat(modelFindingsSchema, 'purchase_order').json_schema.schema);
    expect(body.tools).toBeUndefined();
    expect(body.messages[1].content).toMatch(/<<<BEGIN PO-DATA-[0-9a-f]{12} name="PO-4500101.pdf" page=1>>>/);
    expect(order.needsReview).toBe(false);
    expect(order.extraction).toEqual({ method: 'rules+llm', model: 'fake-model', promptVersion: 'extract-order.v1', tokens: { prompt: 1200, completion: 300 }, costUsd: 0.0018 });
  });

  it('the test server itself refuses a request without a strict json_schema', async () => {
    const res = await fetch(`${fake.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: [], response_format: { type: 'json_object' } }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/not json_schema/);
  });

  it('an answer cut off at the output limit is asked again in halves, and the halves stitched', async () => {
    // Halves: one carries every row, the other none (its rowsSeen 0), as a model would answer.
    fake.reply(
      completion(JSON.stringify(answerFor(PO)).slice(0, 200), { finishReason: 'length' }),
      completion(answerFor(PO)),
      completion({ ...answerFor(PO), lines: [], rowsSeen: 0 }),
    );
    const order = await extract();
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests[1].body.messages[1].content).toContain('one part of a longer order');
    expect(order.lines).toHaveLength(PO.lines.length);
    expect(order.reviewReasons).toEqual([]);
  });

  it('an answer that stays cut off leaves the rules draft, in review', async () => {
    fake.otherwise(completion(JSON.stringify(answerFor(PO)).slice(0, 200), { finishReason: 'length' }));
    const order = await extract();
    expect(order.reviewReasons).toContain('model not used: the answer was cut off at the output limit');
    expect(order.needsReview).toBe(true);
    expect(order.lines).toHaveLength(PO.lines.length);
    expect(fake.requests.length).toBeLessThanOrEqual(7);
  });

  it('truncated JSON content is retried once, then given up', async () => {
    const cut = completion(JSON.stringify(answerFor(PO)).slice(0, 200));
    fake.reply(cut, cut);
    const order = await extract();
    expect(order.reviewReasons).toContain('model not used: the answer is not valid JSON');
    expect(fake.requests).toHaveLength(2);
  });

  it('a body cut off mid-transfer is retried and the second answer used', async () => {
    fake.reply({ truncated: '{"id":"chatcmpl-x","choices":[{"mess' }, completion(answerFor(PO)));
    const order = await extract();
    expect(order.reviewReasons).toEqual([]);
    expect(fake.requests).toHaveLength(2);
  });

  it('an answer that breaks the schema ends in review with the reason', async () => {
    const bad = completion({ ...answerFor(PO), lines: [{ sku: 'SH-L2216', quantity: 'twelve' }] });
    fake.reply(bad, bad);
    const order = await extract();
    expect(order.reviewReasons.find((r) => r.startsWith('model not used: the answer does not follow the schema'))).toBeDefined();
    expect(order.needsReview).toBe(true);
    // Both bad answers were billed: their tokens are on the draft.
    expect(order.extraction?.tokens).toEqual({ prompt: 2400, completion: 600 });
  });

  it('a refusal is not retried', async () => {
    fake.reply(completion(null, { refusal: "I can't help with that." }));
    const order = await extract();
    expect(order.reviewReasons).toContain("model not used: the model refused: I can't help with that.");
    expect(fake.requests).toHaveLength(1);
  });

  it('429 with Retry-After is waited for, then the answer used', async () => {
    fake.reply({ status: 429, headers: { 'retry-after': '1' }, json: { error: { message: 'slow down', type: 'rate_limit' } } }, completion(answerFor(PO)));
    const started = Date.now();
    const order = await extract();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(order.needsReview).toBe(false);
  });

  it('429 asking for a wait longer than allowed gives up at once', async () => {
    fake.reply({ status: 429, headers: { 'retry-after': '120' }, json: { error: { message: 'slow down' } } });
    const order = await extract();
    expect(order.reviewReasons).toContain('model not used: rate limited by the model endpoint (429); asked to wait 120 s');
    expect(fake.requests).toHaveLength(1);
  });

  it('500 is retried once with back-off, then the draft goes to review', async () => {
    const err = { status: 500, json: { error: { message: 'boom', type: 'server_error' } } };
    fake.reply(err, err);
    const order = await extract();
    expect(order.reviewReasons).toContain('model not used: the model endpoint failed (500)');
    expect(fake.requests).toHaveLength(2);
  });

  it('waits the back-off before each retry, doubling from backoffMs', async () => {
    const err = { status: 500, json: { error: { message: 'boom', type: 'server_error' } } };
    fake.reply(err, err, completion(answerFor(PO)));
    const started = Date.now();
    const order = await extract({ retries: 2, backoffMs: 150 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150 + 300 - 20);
    expect(fake.requests).toHaveLength(3);
    expect(order.extraction?.method).not.toBe('rules');
  });

  it('a stall past our timeout ends the call (headers or body), no stuck job', async () => {
    fake.reply({ stall: 'headers' }, { stall: 'body' });
    const started = Date.now();
    const order = await extract({ timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(order.reviewReasons).toContain('model not used: no answer within 300 ms');
    expect(fake.requests).toHaveLength(2);
  });

  it('invented item numbers are dropped and named; the rules lines stay', async () => {
    const answer = answerFor(PO);
    answer.lines.push({ lineNo: null, sku: 'ZZ-9999', description: 'Gold bar', quantity: 12, unit: null, unitPrice: 22, amount: 264 });
    answer.poNumber = 'PO-0000001';
    fake.reply(completion(answer));
    const order = await extract();
    expect(order.lines.map((l) => l.sku)).toEqual(PO.lines.map((l) => l.sku));
    expect(order.poNumber).toBe(PO.poNumber);
    expect(order.reviewReasons).toContain('model\'s line 4 item number "ZZ-9999" is not in the document (dropped)');
    expect(order.reviewReasons).toContain('model\'s PO number "PO-0000001" is not in the document (dropped)');
    expect(order.needsReview).toBe(true);
  });

  it('falls back to JSON mode when the server does not take json_schema', async () => {
    // A server of its own: this one takes json_object, which the strict one refuses.
    await fake.close();
    fake = await startFakeOpenAI();
    fake.reply({ status: 400, json: { error: { message: "response_format 'json_schema' is not supported" } } }, completion(answerFor(PO)));
    const order = await extract();
    expect(fake.requests[1].body.response_format).toEqual({ type: 'json_object' });
    expect(fake.requests[1].body.messages[0].content).toContain('"rowsSeen"');
    expect(order.needsReview).toBe(false);
  });

  it('asks again without a temperature when the model takes none (reasoning models)', async () => {
    fake.reply(
      { status: 400, json: { error: { message: "Unsupported parameter: 'temperature' is not supported with this model.", param: 'temperature' } } },
      completion(answerFor(PO)),
    );
    const order = await extract();
    expect(fake.requests[0].body.temperature).toBe(0);
    expect(fake.requests[1].body).not.toHaveProperty('temperature');
    expect(order.needsReview).toBe(false);
  });

  it('opens the circuit after repeated endpoint failures and stops calling', async () => {
    const r = reader({ retries: 0, breaker: { threshold: 2, cooldownMs: 60_000 } });
    const err = { status: 503, json: { error: { message: 'down' } } };
    fake.reply(err, err);
    await extract({}, r);
    await extract({}, r);
    const order = await extract({}, r);
    expect(fake.requests).toHaveLength(2);
    expect(order.needsReview).toBe(true);
    expect(order.reviewReasons).toContain('model not used: the model endpoint failed repeatedly, rules only for now (circuit open)');
    expect(order.extraction?.method).toBe('rules');
  });

  it('splits a long order into parts of whole pages and stitches the rows back', async () => {
    const answer = answerFor(PO);
    const [a, ...rest] = answer.lines;
    fake.reply(completion({ ...answer, lines: [a], rowsSeen: 1 }), completion({ ...answer, lines: rest, rowsSeen: rest.length }));
    fake.otherwise(completion({ ...answer, lines: [], rowsSeen: 0 }));
    const order = await extract({ maxCharsPerCall: 150, concurrency: 1 });
    expect(fake.requests.length).toBeGreaterThan(1);
    expect(fake.requests[0].body.messages[1].content).toContain('part 1 of');
    expect(order.lines).toHaveLength(PO.lines.length);
    expect(order.reviewReasons.filter((r) => /model/.test(r))).toEqual([]);
  });

  it('keeps at most `concurrency` calls open at once, however many parts an order has', async () => {
    fake.otherwise({ ...completion({ ...answerFor(PO), lines: [], rowsSeen: 0 }), delayMs: 40 });
    await extract({ maxCharsPerCall: 150, concurrency: 2 });
    expect(fake.requests.length).toBeGreaterThan(2);
    expect(fake.peakInFlight()).toBe(2);
  });
});
