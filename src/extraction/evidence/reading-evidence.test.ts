import { describe, expect, it } from 'vitest';
import { readInput } from '../../documents/read-input.ts';
import { buildPdf, type PdfText } from '../../documents/testing/build-pdf.ts';
import { extractInput } from '../../pipeline/extract-input.ts';

// The box of each value comes from where its rule read it, not from the first place the value is
// printed: a PO number also printed in a reference line, a quantity 1 beside line number 1, a
// unit price equal to its amount.

const row = (y: number, cells: [number, string][]): PdfText[] => cells.map(([x, text]) => ({ x, y, text }));

async function po(): Promise<Uint8Array> {
  return buildPdf([
    {
      texts: [
        { x: 50, y: 40, text: 'Reference 4500077123 (your quote)' },
        { x: 50, y: 70, text: 'PURCHASE ORDER', size: 16 },
        { x: 350, y: 110, text: 'PO Number: 4500077123' },
        { x: 350, y: 125, text: 'Order Date: 2026-03-02' },
        { x: 50, y: 110, text: 'Acme Tools Inc.' },
        { x: 50, y: 125, text: '12 Main Street' },
        { x: 50, y: 140, text: 'Springfield, IL 62701' },
        ...row(200, [
          [50, 'Line'],
          [90, 'Item'],
          [180, 'Description'],
          [330, 'Qty'],
          [390, 'Unit Price'],
          [470, 'Amount'],
        ]),
        ...row(220, [
          [50, '1'],
          [90, 'AB-100'],
          [180, 'Hex bolt M8'],
          [330, '1'],
          [390, '33.50'],
          [470, '33.50'],
        ]),
        ...row(235, [
          [50, '2'],
          [90, 'CT-200'],
          [180, 'Cable ties'],
          [330, '2'],
          [390, '4.00'],
          [470, '8.00'],
        ]),
        ...row(270, [
          [390, 'Total'],
          [470, '41.50'],
        ]),
      ],
    },
  ]);
}

describe('reading evidence', () => {
  it('boxes each value where its rule read it, and names the rule', async () => {
    const bytes = await po();
    const result = await extractInput('po.pdf', bytes);
    const order = result.orders[0]!;
    expect(order.poNumber).toBe('4500077123');
    const at = (field: string) => order.evidence?.find((e) => e.field === field);
    const input = await readInput('po.pdf', bytes);
    const page = input.documents[0]!.pages[0]!;
    const wordAt = (text: string, index = 0) => page.words.filter((w) => w.text === text)[index]!;
    // The labelled PO number, not the reference line above it.
    expect(at('poNumber')?.rule).toBe('label "po number"');
    expect(at('poNumber')!.box[1]).toBeCloseTo(wordAt('4500077123', 1).y0 / page.height, 3);
    // Quantity 1 under "Qty", not the line number 1; the price and the amount in their own columns.
    expect(at('lines.0.quantity')!.box[0]).toBeCloseTo(wordAt('1', 1).x0 / page.width, 3);
    expect(at('lines.0.unitPrice')!.box[0]).toBeCloseTo(wordAt('33.50', 0).x0 / page.width, 3);
    expect(at('lines.0.amount')!.box[0]).toBeCloseTo(wordAt('33.50', 1).x0 / page.width, 3);
    expect(at('lines.0.quantity')?.rule).toBe('item table row');
    // Values the reading did not place itself are still found by their value.
    expect(at('buyer.company')?.rule).toBe('found by its value on the page');
  });
});
