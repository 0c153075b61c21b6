import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../domain/layout.ts';
import { fixRowArithmetic, isProduct } from './fix-row-arithmetic.ts';
import type { ItemDraft } from './read-line-table.ts';
import { toLayoutLines, type LayoutLine } from '../reading/to-layout-lines.ts';

function lineOf(text: string): LayoutLine {
  const doc: LayoutDocument = { name: 'po.txt', mediaType: 'text/plain', method: 'text', pageCount: null, pages: [], text, monospace: true };
  return toLayoutLines(doc)[0];
}

function draft(quantity: number, unitPrice: number | null, amount: number | null): ItemDraft {
  return { lineNo: 1, sku: 'AB-100', description: 'Hex bolt', quantity, unit: null, unitPrice, amount, deliveryDate: null, confidence: 1, page: 1, lineIndex: 0, issues: [] };
}

describe('isProduct', () => {
  it.each([
    [10, 1.5, 15, 0, true],
    [3, 0.333, 1, 0, true],
    [7, 1.23456, 8.64, 0, true],
    [10, 1.5, 16, 0, false],
    [10, 2, 19, 5, true],
    [10, 2, 19, 0, false],
  ])('%s x %s = %s (discount %s%%): %s', (q, p, a, d, expected) => {
    expect(isProduct(q, p, a, d)).toBe(expected);
  });
});

describe('fixRowArithmetic', () => {
  it('leaves a row that multiplies out alone', () => {
    const it0 = draft(10, 1.5, 15);
    expect(fixRowArithmetic(it0, lineOf('AB-100  Hex bolt  10  1.50  15.00'), 'us')).toBe(it0);
  });

  it.each([
    ['1,000', 5000, 12, 60, 0.012],
    ['100', 200, 45, 90, 0.45],
  ])('converts a price per %s pieces when the amount confirms it', (_, q, p, a, per) => {
    const fixed = fixRowArithmetic(draft(q, p, a), lineOf(`AB-100  Washer  ${q}  ${p}  ${a}`), 'us');
    expect([fixed.unitPrice, fixed.amount, fixed.confidence, fixed.issues]).toEqual([per, a, 1, []]);
  });

  it('takes the number on the row that multiplies out when a wide cell pushed the price into the wrong column', () => {
    const fixed = fixRowArithmetic(draft(4, 2026, 50), lineOf('AB-100  Hex bolt 2026 edition  4  12.50  50.00'), 'us');
    expect([fixed.unitPrice, fixed.issues]).toEqual([12.5, []]);
  });

  it('accepts a row whose difference is a discount written on it', () => {
    const it0 = draft(10, 2, 19);
    // The discount is kept on the row, so the order check counts it too.
    expect(fixRowArithmetic(it0, lineOf('AB-100  Hex bolt  10  2.00  5  19.00'), 'us')).toEqual({ ...it0, discountPercent: 5 });
  });

  it('keeps a row that does not add up, lowers its confidence and says why', () => {
    const fixed = fixRowArithmetic(draft(10, 1.5, 16), lineOf('AB-100  Hex bolt  10  1.50  16.00'), 'us');
    expect([fixed.unitPrice, fixed.amount, fixed.confidence, fixed.issues]).toEqual([1.5, 16, 0.5, ['quantity x price (10 x 1.5) is not the amount 16']]);
  });

  it.each([
    ['no amount', 1.5, null, 0.8],
    ['no price', null, 15, 0.8],
    ['neither', null, null, 1],
  ])('with %s it cannot check the row and is less sure', (_, p, a, conf) => {
    expect(fixRowArithmetic(draft(10, p, a), lineOf('AB-100  Hex bolt  10'), 'us').confidence).toBe(conf);
  });
});
