import { describe, expect, it } from 'vitest';
import { finding } from '../../domain/findings.ts';
import { supersedeRuleFindings } from './supersede-rule-findings.ts';

const unlabelled = finding('extract', 'po-number-label', 'uncertain', 'warn', 'purchase order number found without a clear label', 'poNumber', true);
const layoutRead = finding('extract', 'learned-layout', 'layout-read', 'info', 'PO number read by the layout learned from PO 1', 'poNumber');
const noDate = finding('check', 'order-date', 'missing', 'warn', 'no order date', 'orderDate');

describe('supersedeRuleFindings', () => {
  it("replaces the rules' doubt about a field the layout read by the layout's finding, still a reason to look", () => {
    const out = supersedeRuleFindings([unlabelled, layoutRead, noDate]);
    expect(out.map((f) => f.rule)).toEqual(['learned-layout', 'order-date']);
    expect(out[0]).toMatchObject({ field: 'poNumber', severity: 'warn', code: 'layout-read' });
    expect(out[0]!.message).toBe('PO number read by the layout learned from PO 1; the rules read none: check it');
    expect(out.some((f) => f.message === 'purchase order number found without a clear label')).toBe(false);
  });

  it('keeps the rules doubts where the layout agreed, and the order checks always', () => {
    const agrees = finding('extract', 'learned-layout', 'layout-agrees', 'info', 'PO number read the same', 'poNumber');
    expect(supersedeRuleFindings([unlabelled, agrees, noDate])).toEqual([unlabelled, agrees, noDate]);
    const dateRead = finding('extract', 'learned-layout', 'layout-read', 'info', 'order date read', 'orderDate');
    expect(supersedeRuleFindings([noDate, dateRead])).toEqual([noDate, dateRead]);
  });

  it("drops the rules' row doubts when the layout read the lines", () => {
    const row = finding('extract', 'row-arithmetic', 'row-issue', 'warn', 'line 1: 2 x 3 is not 7', 'lines.0');
    const lines = finding('extract', 'learned-layout', 'layout-disagrees', 'warn', 'lines: the learned layout reads 2', 'lines');
    expect(supersedeRuleFindings([row, lines])).toEqual([lines]);
  });
});
