import { describe, expect, it } from 'vitest';
import { blockingMessages, finding, openFindings, toReview } from './findings.ts';

const uncertainPo = finding('extract', 'po-number-label', 'uncertain', 'warn', 'purchase order number found without a clear label', 'poNumber', true);
const sumMismatch = finding('check', 'lines-to-subtotal', 'sum-mismatch', 'block', 'line amounts add up to 10.00 but the subtotal is 12.00', 'subtotal');
const lowLine = finding('check', 'line-confidence', 'uncertain', 'warn', 'line 1: low confidence (0.80)', 'lines.0', true);
const unknownCustomer = finding('match', 'customer', 'match', 'warn', 'unknown customer', 'buyer.customerId');

describe('toReview', () => {
  it('lets a draft with no warn or block finding skip review, at the confidence of its reading', () => {
    expect(toReview([], 0.93)).toEqual({ needsReview: false, reviewReasons: [], confidence: 0.93 });
    expect(toReview([finding('model', 'model-field', 'confirmed', 'info', 'the model read the same PO number', 'poNumber')], 0.7).needsReview).toBe(false);
  });

  it('makes the reasons from the findings, once each, and lowers the confidence for each doubt of the reading', () => {
    const review = toReview([uncertainPo, sumMismatch, sumMismatch], 0.93);
    expect(review.reviewReasons).toEqual([uncertainPo.message, sumMismatch.message]);
    expect(review.needsReview).toBe(true);
    expect(review.confidence).toBe(0.75); // min(0.93, 0.85) - 2 x 0.05
  });

  it('caps the confidence for what later stages find without counting it as a doubt of the reading', () => {
    expect(toReview([unknownCustomer], 0.93)).toMatchObject({ needsReview: true, confidence: 0.85 });
  });

  it('a confirmation of a field clears its clearable findings, never a block', () => {
    const confirmed = [
      finding('model', 'model-field', 'confirmed', 'info', 'same', 'poNumber'),
      finding('model', 'model-lines', 'confirmed', 'info', 'same', 'lines.0'),
      finding('model', 'model-lines', 'confirmed', 'info', 'same', 'subtotal'),
    ];
    expect(openFindings([uncertainPo, lowLine, sumMismatch, ...confirmed])).toEqual([sumMismatch, ...confirmed]);
    const review = toReview([uncertainPo, lowLine, sumMismatch, ...confirmed], 0.8);
    expect(review.reviewReasons).toEqual([sumMismatch.message]);
    expect(blockingMessages([uncertainPo, sumMismatch, ...confirmed])).toEqual([sumMismatch.message]);
  });

  it('a draft the model read with nothing left to doubt is at least 0.9 sure', () => {
    const read = finding('model', 'model-merge', 'read', 'info', 'read by the model as well as the rules');
    const confirmed = finding('model', 'model-field', 'confirmed', 'info', 'same', 'poNumber');
    expect(toReview([uncertainPo, read, confirmed], 0.7)).toEqual({ needsReview: false, reviewReasons: [], confidence: 0.9 });
  });
});
