import { describe, expect, it } from 'vitest';
import type { DraftOrder, ExtractionInfo } from '../../domain/draft-order.ts';
import { finding } from '../../domain/findings.ts';
import { recheckDraft } from '../../domain/review-draft.ts';
import { markModelUnavailable, mergeModelFindings } from './merge-model-findings.ts';
import { modelFindings, modelLine } from '../testing/model-findings.ts';

const INFO: ExtractionInfo = { method: 'rules+llm', model: 'm', promptVersion: 'extract-order.v1', tokens: { prompt: 10, completion: 5 }, costUsd: null };

const UNLABELLED_PO = finding('extract', 'po-number-label', 'uncertain', 'warn', 'purchase order number found without a clear label', 'poNumber', true);

/** A rules draft with its findings: the unlabelled PO number (while there is one) and the order check's. */
function order(o: Partial<DraftOrder> = {}): DraftOrder {
  return recheckDraft({
    poNumber: '4500101',
    orderDate: '2026-03-02',
    requestedDeliveryDate: null,
    buyer: { company: 'Acme Tools GmbH', contactName: null, email: 'buyer@acme.example', phone: null, customerId: null },
    shipTo: { name: 'Acme Tools GmbH', street: 'Hafenstr. 5', city: 'Hamburg', region: null, postalCode: '20457', country: 'DE' },
    billTo: null,
    currency: 'EUR',
    lines: [{ lineNo: 1, sku: 'SH-L2216', catalogSku: null, description: 'Housing', quantity: 12, unit: 'EA', unitPrice: 22, amount: 264, confidence: 0.8 }],
    subtotal: null,
    tax: null,
    shipping: null,
    total: 264,
    paymentTerms: null,
    shippingMethod: null,
    notes: null,
    urgency: { level: 'normal', reasons: [] },
    confidence: 0.8,
    needsReview: true,
    reviewReasons: [],
    findings: o.poNumber === null ? [] : [UNLABELLED_PO],
    readingConfidence: 0.8,
    ...o,
  });
}

const agreeing = () =>
  modelFindings({
    poNumber: '4500101',
    orderDate: '2026-03-02',
    currency: 'EUR',
    buyerCompany: 'Acme Tools GmbH',
    total: 264,
    lines: [modelLine({ lineNo: 1, sku: 'SH-L2216', quantity: 12, unitPrice: 22, amount: 264 })],
  });

describe('mergeModelFindings', () => {
  it('agreement clears the "not sure" reasons and raises confidence', () => {
    const merged = mergeModelFindings({ order: order(), findings: agreeing(), flags: [], info: INFO });
    expect(merged.reviewReasons).toEqual([]);
    expect(merged.needsReview).toBe(false);
    expect(merged.confidence).toBeGreaterThanOrEqual(0.9);
    expect(merged.lines[0].confidence).toBe(0.95);
    expect(merged.extraction).toEqual(INFO);
  });

  it('disagreement keeps the rules value and shows both', () => {
    const f = agreeing();
    f.poNumber = '4500102';
    f.lines[0].quantity = 10000;
    const merged = mergeModelFindings({ order: order(), findings: f, flags: [], info: INFO });
    expect(merged.poNumber).toBe('4500101');
    expect(merged.lines[0].quantity).toBe(12);
    expect(merged.needsReview).toBe(true);
    expect(merged.reviewReasons).toContain('PO number: the rules read "4500101", the model read "4500102"');
    expect(merged.reviewReasons).toContain('line 1: the rules read SH-L2216 qty 12 @ 22 = 264, the model read SH-L2216 qty 10000 @ 22 = 264');
  });

  it("a gap the model fills is shown as the model's, and review stays", () => {
    const merged = mergeModelFindings({ order: order({ poNumber: null }), findings: agreeing(), flags: [], info: INFO });
    expect(merged.poNumber).toBe('4500101');
    expect(merged.needsReview).toBe(true);
    expect(merged.reviewReasons).toEqual(['PO number "4500101" read by the model only, check it']);
  });

  it('never clears an arithmetic reason: the sums are checked again with the rows it adds', () => {
    const arithmetic = 'line amounts add up to 264.00 but the total is 300.00';
    expect(order({ total: 300 }).reviewReasons).toContain(arithmetic);
    const agreed = mergeModelFindings({ order: order({ total: 300 }), findings: { ...agreeing(), total: 300 }, flags: [], info: INFO });
    expect(agreed.reviewReasons).toContain(arithmetic);
    const f = agreeing();
    f.lines.push(modelLine({ lineNo: 2, sku: 'GSK-120', quantity: 50, unitPrice: 1, amount: 50 }));
    const merged = mergeModelFindings({ order: order({ total: 300 }), findings: { ...f, total: 300 }, flags: [], info: INFO });
    expect(merged.reviewReasons).toContain('line 2: GSK-120 qty 50 @ 1 = 50 read by the model only, check it');
    expect(merged.reviewReasons).toContain('line amounts add up to 314.00 but the total is 300.00');
    expect(merged.lines).toHaveLength(2);
  });

  it('grounding flags and reader notes become review reasons', () => {
    const merged = mergeModelFindings({
      order: order({ findings: [], lines: [{ ...order().lines[0], confidence: 0.95 }] }),
      findings: agreeing(),
      flags: ['model\'s PO number "X" is not in the document (dropped)'],
      info: INFO,
    });
    expect(merged.needsReview).toBe(true);
    expect(merged.reviewReasons).toEqual(['model\'s PO number "X" is not in the document (dropped)']);
  });

  it('rows are paired by item number when line numbers differ', () => {
    const merged = mergeModelFindings({ order: order(), findings: { ...agreeing(), lines: [modelLine({ lineNo: 7, sku: 'SH-L2216', quantity: 1 })] }, flags: [], info: INFO });
    expect(merged.reviewReasons).toContain('line 1: the rules read SH-L2216 qty 12 @ 22 = 264, the model read SH-L2216 qty 1 @ - = -');
  });

  it('a model that could not be used sends the draft to review with the reason', () => {
    const clean = order({ findings: [], readingConfidence: 0.95, lines: [{ ...order().lines[0], confidence: 0.95 }] });
    expect(clean.needsReview).toBe(false);
    const merged = markModelUnavailable(clean, 'no answer within 60 s', INFO);
    expect(merged.needsReview).toBe(true);
    expect(merged.reviewReasons).toEqual(['model not used: no answer within 60 s']);
    expect(merged.confidence).toBe(0.85);
  });
});
