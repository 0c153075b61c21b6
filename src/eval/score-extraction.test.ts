import { describe, expect, it } from 'vitest';
import type { DraftOrder, ExtractionResult, OrderLine } from '../domain/draft-order.ts';
import { compareField } from './compare-field.ts';
import { matchLines } from './match-lines.ts';
import { scoreExtraction } from './score-extraction.ts';
import { summarizeScores } from './summarize-scores.ts';

const line = (over: Partial<OrderLine>): OrderLine => ({
  lineNo: null,
  sku: null,
  catalogSku: null,
  description: null,
  quantity: 1,
  unit: null,
  unitPrice: null,
  amount: null,
  confidence: 1,
  ...over,
});

const order = (over: Partial<DraftOrder> = {}): DraftOrder => ({
  poNumber: '4500187276',
  orderDate: '2024-03-08',
  requestedDeliveryDate: null,
  buyer: { company: 'Contoso Electronics', contactName: null, email: 'AdelV@Contoso.com', phone: '1 (800) 555-7676', customerId: null },
  shipTo: { name: 'Contoso', street: '21930 SE 51st St\nSuite 4', city: 'Issaquah', region: 'WA', postalCode: '98029', country: 'US' },
  billTo: null,
  currency: 'USD',
  lines: [line({ sku: 'MM4-4010', description: 'Micro-Motor #4', quantity: 89, unitPrice: 62 })],
  subtotal: 5518,
  tax: null,
  shipping: null,
  total: 5518,
  paymentTerms: 'Net 30',
  shippingMethod: null,
  notes: null,
  urgency: { level: 'normal', reasons: [] },
  confidence: 0.9,
  needsReview: false,
  reviewReasons: [],
  ...over,
});

const result = (orders: DraftOrder[], isPurchaseOrder = orders.length > 0): ExtractionResult => ({
  source: { kind: 'file', messageId: null, from: null, subject: null, receivedAt: null, file: 'x.pdf', documents: [] },
  isPurchaseOrder,
  orders,
});

describe('compareField', () => {
  it('folds case, spacing and punctuation; phones by digits; streets by lines', () => {
    expect(compareField('paymentTerms', 'Net 30', 'NET30.')).toBe(true);
    expect(compareField('buyer.email', 'AdelV@Contoso.com', 'adelv @contoso.com')).toBe(true);
    expect(compareField('buyer.phone', '1 (800) 555-7676', '+1 800 555 7676')).toBe(true);
    expect(compareField('shipTo.street', '21930 SE 51st St\nSuite 4', '21930 SE 51st St, Suite 4')).toBe(true);
    expect(compareField('total', 6547.55, 6547.554)).toBe(true);
    expect(compareField('total', 6547.55, 6547.5)).toBe(false);
  });

  it('does not count a field absent on both sides; counts an invented one as wrong', () => {
    expect(compareField('tax', null, null)).toBeNull();
    expect(compareField('tax', null, 12)).toBe(false);
    expect(compareField('tax', 12, null)).toBe(false);
  });
});

describe('matchLines', () => {
  it('matches by SKU or similar description, with equal quantity and price', () => {
    const truth = [line({ sku: 'A-1', description: 'Ball bearing 608ZZ', quantity: 5, unitPrice: 2 }), line({ description: 'Gasket 120 mm EPDM', quantity: 3 })];
    const output = [line({ description: 'gasket 120mm EPDM', quantity: 3 }), line({ sku: 'a1', description: 'other words', quantity: 5, unitPrice: 2 })];
    expect(matchLines(truth, output)).toEqual({ matched: 1, truth: 2, output: 2 });
    output[0] = line({ description: 'Gasket 120 mm EPDM black', quantity: 3 });
    expect(matchLines(truth, output).matched).toBe(2);
    expect(matchLines(truth, [line({ sku: 'A-1', quantity: 5, unitPrice: 2.5 })]).matched).toBe(0);
  });
});

describe('scoreExtraction and summarizeScores', () => {
  it('scores a perfect file as all right and touchless', () => {
    const score = scoreExtraction({ name: 'a.pdf', scan: false, truth: result([order()]), output: result([order()]) });
    const summary = summarizeScores([score]);
    expect(summary.fieldAccuracy.value).toBe(1);
    expect(summary.lines.f1).toBe(1);
    expect(summary.touchlessRate.value).toBe(1);
    expect(summary.silentErrorRate.value).toBe(0);
  });

  it('counts a wrong field that skipped review as a silent error', () => {
    const score = scoreExtraction({ name: 'a.pdf', scan: false, truth: result([order()]), output: result([order({ total: 5000 })]) });
    const summary = summarizeScores([score]);
    expect(summary.perField.total?.value).toBe(0);
    expect(summary.silentErrorRate.value).toBe(1);
  });

  it('pairs orders by PO number before position and counts missed and extra orders', () => {
    const truth = result([order({ poNumber: 'A' }), order({ poNumber: 'B' })]);
    const output = result([order({ poNumber: 'B' }), order({ poNumber: 'C', needsReview: true })]);
    const score = scoreExtraction({ name: 'm.eml', scan: false, truth, output });
    expect(score.orders.map((o) => [o.poNumber, o.side])).toEqual([
      ['B', 'both'],
      ['A', 'both'],
    ]);
    expect(score.orders[0].allRight).toBe(true);
    expect(score.orders[1].allRight).toBe(false);
  });

  it('scores an extraction error as a miss and a negative read as a PO as a detection error', () => {
    const failed = scoreExtraction({ name: 'a.pdf', scan: false, truth: result([order()]), output: { error: 'encrypted' } });
    const negative = scoreExtraction({ name: 'n.eml', scan: false, truth: result([], false), output: result([order()]) });
    const summary = summarizeScores([failed, negative]);
    expect(summary.errors).toBe(1);
    expect(summary.poDetection.value).toBe(0);
    expect(summary.urgencyAccuracy).toMatchObject({ hits: 0, total: 1 });
    expect(summary.silentErrorRate).toMatchObject({ hits: 1, total: 2 });
    expect(summary.touchlessRate).toMatchObject({ hits: 0, total: 1 });
  });
});
