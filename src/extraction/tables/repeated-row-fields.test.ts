import { describe, expect, it } from 'vitest';
import type { LayoutDocument, Word } from '../../domain/layout.ts';
import { readDocument, toDraftOrder } from '../assemble/extract-document-order.ts';

/** A sheet as the reader lays it out: each cell one run of text, 90 units wide, one every 100; rows 10 apart. */
function sheet(rows: string[][], method: LayoutDocument['method'] = 'spreadsheet'): LayoutDocument {
  const words: Word[] = rows.flatMap((row, r) => row.map((cell, c) => ({ text: cell, x0: c * 100, y0: r * 10, x1: c * 100 + 90, y1: r * 10 + 8, conf: 1 })));
  const text = rows.map((r) => r.join('\t')).join('\n');
  return { name: 'export.csv', mediaType: 'text/csv', method, pageCount: 1, text, pages: [{ number: 1, width: 100 * rows[0].length, height: 10 * rows.length, words }] };
}

// A flat export: the order's own fields repeated on each row, among header words no lexicon knows.
const FLAT = [
  ['Order No', 'Currency', 'Order Date', 'Deliver To', 'Item Code', 'Item Description', 'Order Qty', 'Unit Price', 'Line Total', 'Requested By'],
  [
    'SCM-PO-1182',
    'AUD',
    '10/11/2026',
    'Acme Mining Ltd, 18 Kewdale Road, Leeds LS1 4AB, United Kingdom',
    'BRG-30210',
    'Tapered roller bearing',
    '10',
    '27.90',
    '279.00',
    'Bec Taylor',
  ],
  ['SCM-PO-1182', 'AUD', '10/11/2026', 'Acme Mining Ltd, 18 Kewdale Road, Leeds LS1 4AB, United Kingdom', 'ELC-CG-13', 'Nylon cable gland', '4', '1.35', '5.40', 'Bec Taylor'],
];

describe('flat exports: the order fields every row repeats', () => {
  it('reads the item table under a header of mostly unknown words because its rows multiply out, and the repeated cells as the order fields', () => {
    const order = toDraftOrder(readDocument(sheet(FLAT), { sellerNames: [] }));
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['BRG-30210', 10, 27.9, 279],
      ['ELC-CG-13', 4, 1.35, 5.4],
    ]);
    expect([order.poNumber, order.currency]).toEqual(['SCM-PO-1182', 'AUD']);
    expect(order.shipTo).toMatchObject({ name: 'Acme Mining Ltd', street: '18 Kewdale Road', city: 'Leeds', postalCode: 'LS1 4AB', country: 'GB' });
  });

  it('takes no order field from a column whose rows differ, nor from a printed (non-sheet) table', () => {
    const differing = FLAT.map((row, i) => (i === 2 ? row.map((c, k) => (k === 0 ? 'SCM-PO-9999' : c)) : row));
    expect(toDraftOrder(readDocument(sheet(differing), { sellerNames: [] })).poNumber).toBeNull();
    expect(toDraftOrder(readDocument(sheet(FLAT, 'pdf-text'), { sellerNames: [] })).poNumber).toBeNull();
  });
});
