import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModelReader } from '../src/llm/create-model-reader.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { answerFor } from './fixtures/model-answers.ts';
import { composeEmail, makePdfPoEmail } from './fixtures/make-po-email.ts';
import { samplePo } from './fixtures/make-po-pdf.ts';
import { completion, startFakeOpenAI, type FakeOpenAI } from './support/fake-openai.ts';

// When the model is asked: never without a reader, in auto mode only for drafts the rules send to
// review, so most clean text POs cost nothing.

const PO = samplePo(1);
let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(() => fake.close());

const reader = () => createModelReader({ model: 'fake-model', baseURL: fake.baseURL, apiKey: 'k', timeoutMs: 2000 });

describe('LLM mode', () => {
  it('without a reader the result is the rules result, unchanged', async () => {
    const mail = await makePdfPoEmail(PO);
    const order = (await extractInput('po.eml', mail)).orders[0];
    expect(order).not.toHaveProperty('extraction');
    expect(order.needsReview).toBe(false);
  });

  it('auto skips the call when the rules are confident on every field', async () => {
    const mail = await makePdfPoEmail(PO);
    const order = (await extractInput('po.eml', mail, { reader: reader() })).orders[0];
    expect(fake.requests).toHaveLength(0);
    expect(order.extraction).toEqual({ method: 'rules', model: null, promptVersion: null, tokens: null, costUsd: null });
    expect(order.needsReview).toBe(false);
  });

  it('auto asks for a draft the rules send to review; the answer fills gaps and flags a doubtful row', async () => {
    const text =
      'Purchase order\n\nPlease supply:\n12 x SH-L2216 Standard Housing, Large @ 22.00 = 264.00\n\nTotal 264.00 USD\nDeliver to Northwind Traders Inc., 1200 Harbor Way, Tacoma, WA 98402\nOur ref. NW-88123\n';
    const bytes = new TextEncoder().encode(text);
    const rules = (await extractInput('order.txt', bytes)).orders[0];
    expect(rules.needsReview).toBe(true);
    expect(rules.poNumber).toBeNull();
    fake.reply(
      completion({
        ...answerFor(PO),
        poNumber: 'NW-88123',
        orderDate: null,
        buyerCompany: 'Northwind Traders Inc.',
        rowsSeen: 1,
        lines: [{ lineNo: null, sku: 'SH-L2216', description: 'Standard Housing, Large', quantity: 12, unit: null, unitPrice: 22, amount: 264 }],
        total: 264,
      }),
    );
    const order = (await extractInput('order.txt', bytes, { reader: reader() })).orders[0];
    expect(fake.requests).toHaveLength(1);
    expect(order.extraction?.method).toBe('rules+llm');
    expect(order.poNumber).toBe('NW-88123');
    expect(order.needsReview).toBe(true);
    expect(order.reviewReasons).toEqual(expect.arrayContaining(['PO number "NW-88123" read by the model only, check it', 'line 2: the model did not find this line']));
    expect(order.reviewReasons).not.toContain('no purchase order number');
  });

  it('mail that is no purchase order is never sent to the model', async () => {
    const mail = await composeEmail({ subject: 'Newsletter: spring offers', text: 'Unsubscribe here. Our spring catalogue is out.' });
    const result = await extractInput('news.eml', mail, { reader: reader(), llmMode: 'always' });
    expect(result.isPurchaseOrder).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });
});
