import { describe, expect, it } from 'vitest';
import { isItemCode } from './item-code.ts';

describe('isItemCode', () => {
  it.each(['6204-2RS', 'RM-LAB-0031', 'WG-118', 'CH-11S-116', '40-1234', 'HX-ROT', 'A1B'])('takes %s as printed', (text) => {
    expect(isItemCode(text)).toBe(true);
  });
  it.each(['12', '4711.20', 'Widget', 'widget-12', 'AB', '40012877', 'ABC'])('does not take %s without a label', (text) => {
    expect(isItemCode(text)).toBe(false);
  });
  it('takes plain digits and lower case when a label vouches for the value, never a word', () => {
    expect(isItemCode('40012877', { vouched: true })).toBe(true);
    expect(isItemCode('ab-12', { vouched: true })).toBe(true);
    expect(isItemCode('Widget', { vouched: true })).toBe(false);
  });
});
