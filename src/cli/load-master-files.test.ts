import { describe, expect, it } from 'vitest';
import { toPolicy } from './load-master-files.ts';
import { parseSettings } from './load-settings.ts';

describe('matching settings', () => {
  it('defaults to 2 % price tolerance and 90 % / 60 % confidence', () => {
    expect(toPolicy(parseSettings({}))).toEqual({ priceTolerancePercent: 2, confidenceMandatory: 0.9, confidenceOptional: 0.6, authservIds: [] });
  });

  it('takes thresholds as fractions or percentages', () => {
    expect(toPolicy(parseSettings({ PRICE_TOLERANCE_PERCENT: '0.5', CONFIDENCE_MANDATORY: '95%', CONFIDENCE_OPTIONAL: '0.7' }))).toEqual({
      priceTolerancePercent: 0.5,
      confidenceMandatory: 0.95,
      confidenceOptional: 0.7,
      authservIds: [],
    });
  });

  it('takes our border mail server’s authserv-id(s), lower case', () => {
    expect(toPolicy(parseSettings({ AUTHSERV_ID: 'MX1.Seller.example, mx2.seller.example' })).authservIds).toEqual(['mx1.seller.example', 'mx2.seller.example']);
    expect(() => parseSettings({ AUTHSERV_ID: 'mx.seller.example; dmarc=pass' })).toThrow(/bad setting AUTHSERV_ID: expected host names/);
  });

  it('refuses nonsense with the setting named', () => {
    expect(() => parseSettings({ CONFIDENCE_MANDATORY: '120' })).toThrow(/bad setting CONFIDENCE_MANDATORY/);
    expect(() => parseSettings({ PRICE_TOLERANCE_PERCENT: '-1' })).toThrow(/bad setting PRICE_TOLERANCE_PERCENT/);
  });
});
