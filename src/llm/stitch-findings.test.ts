import { describe, expect, it } from 'vitest';
import { modelFindings, modelLine } from '../extraction/testing/model-findings.ts';
import { stitchFindings } from './stitch-findings.ts';

describe('stitchFindings', () => {
  it('takes header fields from the first part that has them and rows from all, once', () => {
    const first = modelFindings({ poNumber: 'PO-1', rowsSeen: 2, lines: [modelLine({ lineNo: 1, sku: 'A', quantity: 1 }), modelLine({ lineNo: 2, sku: 'B', quantity: 2 })] });
    const second = modelFindings({
      poNumber: 'PO-IGNORED',
      total: 60,
      rowsSeen: 2,
      lines: [modelLine({ lineNo: 2, sku: 'B', quantity: 2 }), modelLine({ lineNo: 3, sku: 'C', quantity: 3 })],
    });
    const stitched = stitchFindings([first, second]);
    expect(stitched.poNumber).toBe('PO-1');
    expect(stitched.total).toBe(60);
    expect(stitched.lines.map((l) => l.sku)).toEqual(['A', 'B', 'C']);
    expect(stitched.rowsSeen).toBe(4);
  });

  it('does not know the row count when a part does not say', () => {
    expect(stitchFindings([modelFindings({ rowsSeen: 2 }), modelFindings()]).rowsSeen).toBeNull();
  });
});
