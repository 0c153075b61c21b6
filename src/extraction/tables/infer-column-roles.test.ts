import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../domain/layout.ts';
import { pdfDoc } from '../testing/layout-docs.ts';
import { findTableHeaders } from './find-table-header.ts';
import { inferColumnRoles, readColumnArithmetic } from './infer-column-roles.ts';
import { readLineTables, type ItemDraft, type NumberStyle } from './read-line-table.ts';
import { toLayoutLines } from '../reading/to-layout-lines.ts';

const brief = (it: ItemDraft) => [it.lineNo, it.sku, it.description, it.quantity, it.unit, it.unitPrice, it.amount, it.discountPercent ?? null];
const read = (doc: LayoutDocument, style: NumberStyle) => readLineTables(toLayoutLines(doc), style).flatMap((t) => t.items.map(brief));

describe('column roles from the rows: header words are one witness, the arithmetic another', () => {
  it('takes price and amount from columns whose headers no lexicon knows, because qty x price = amount row after row', () => {
    // "Kostenpreis" and "Regelwaarde" are made-up headers: only the arithmetic names them.
    const doc = pdfDoc([
      [
        [40, 'Item'],
        [120, 'Description'],
        [300, 'Qty'],
        [360, 'Kostenpreis'],
        [460, 'Regelwaarde'],
      ],
      [
        [40, 'AB-100'],
        [120, 'Hex bolt M8'],
        [300, '10'],
        [372, '1.50'],
        [472, '15.00'],
      ],
      [
        [40, 'CT-200'],
        [120, 'Cable ties 200 mm'],
        [300, '4'],
        [372, '2.25'],
        [478, '9.00'],
      ],
      [
        [40, 'GL-9'],
        [120, 'Nitrile gloves'],
        [300, '3'],
        [366, '12.40'],
        [472, '37.20'],
      ],
    ]);
    expect(read(doc, 'us')).toEqual([
      [null, 'AB-100', 'Hex bolt M8', 10, null, 1.5, 15, null],
      [null, 'CT-200', 'Cable ties 200 mm', 4, null, 2.25, 9, null],
      [null, 'GL-9', 'Nitrile gloves', 3, null, 12.4, 37.2, null],
    ]);
  });

  it('finds the quantity under a unit header when "12 EA" is written across "Qty | Units", and a discount column by its percent', () => {
    const doc = pdfDoc([
      [
        [40, 'Item'],
        [120, 'Description'],
        [300, 'Qty'],
        [330, 'Units'],
        [400, 'Rate'],
        [440, 'Sconto'],
        [500, 'Amount'],
      ],
      [
        [40, 'AB-100'],
        [120, 'Hex bolt M8'],
        [318, '12 EA'],
        [400, '7.90'],
        [500, '94.80'],
      ],
      [
        [40, 'CT-200'],
        [120, 'Cable ties'],
        [318, '24 EA'],
        [400, '10.00'],
        [446, '10'],
        [500, '216.00'],
      ],
      [
        [40, 'GL-9'],
        [120, 'Gloves'],
        [318, '6 PK'],
        [400, '27.25'],
        [500, '163.50'],
      ],
    ]);
    expect(read(doc, 'us')).toEqual([
      [null, 'AB-100', 'Hex bolt M8', 12, 'EA', 7.9, 94.8, null],
      [null, 'CT-200', 'Cable ties', 24, 'EA', 10, 216, 10],
      [null, 'GL-9', 'Gloves', 6, 'PK', 27.25, 163.5, null],
    ]);
  });

  it('weighs which factor is the quantity: whole numbers with units against prices with cents, whatever the order', () => {
    // Price left of quantity, under headers that say nothing ("A", "B").
    const doc = pdfDoc([
      [
        [40, 'Code'],
        [120, 'Text'],
        [300, 'Wert A'],
        [380, 'Wert B'],
        [460, 'Summe C'],
      ],
      [
        [40, 'AB-100'],
        [120, 'Hex bolt'],
        [300, '1.50'],
        [380, '10 PCS'],
        [460, '15.00'],
      ],
      [
        [40, 'CT-200'],
        [120, 'Cable ties'],
        [300, '2.25'],
        [380, '4 PCS'],
        [460, '9.00'],
      ],
    ]);
    const lines = toLayoutLines(doc);
    // No lexicon knows these headers, so the header is built from the first line's cells, roles unknown.
    const columns = lines[0].segments.map((s) => ({ role: null, label: s.text, x0: s.x0, x1: s.x1 }));
    const evidence = readColumnArithmetic(lines.slice(1), { index: 0, columns, cellCount: columns.length }, 'us');
    expect([evidence?.quantity.label, evidence?.unitPrice.label, evidence?.amount.label, evidence?.rows]).toEqual(['Wert B', 'Wert A', 'Summe C', 2]);
  });

  it('leaves the header as it is when the numbers say nothing (one row, or no row multiplies out)', () => {
    const doc = pdfDoc([
      [
        [40, 'Item'],
        [120, 'Description'],
        [300, 'Qty'],
        [380, 'Price'],
        [460, 'Amount'],
      ],
      [
        [40, 'AB-100'],
        [120, 'Hex bolt'],
        [300, '10'],
        [380, '1.50'],
        [460, '99.00'],
      ],
      [
        [40, 'CT-200'],
        [120, 'Cable ties'],
        [300, '4'],
        [380, '2.25'],
        [460, '77.00'],
      ],
    ]);
    const lines = toLayoutLines(doc);
    const [header] = findTableHeaders(lines);
    expect(inferColumnRoles(lines.slice(header.index + 1), header, 'us')).toBe(header);
  });

  it('reads a "No." column full of item codes as item numbers, and an item number run into the description', () => {
    const doc = pdfDoc([
      [
        [40, 'No.'],
        [120, 'Description'],
        [300, 'Quantity'],
        [380, 'Price'],
        [460, 'Amount'],
      ],
      [
        [40, 'BRG-UCP208'],
        [120, 'Pillow block bearing'],
        [300, '50'],
        [380, '42.75'],
        [460, '2,137.50'],
      ],
      [
        [40, 'MRO-ORK-382 O-ring kit Buna-N'],
        [300, '100'],
        [380, '29.99'],
        [460, '2,999.00'],
      ],
      [
        [40, 'PKG-TAPE-48'],
        [120, 'Sealing tape'],
        [300, '10'],
        [380, '71.30'],
        [460, '713.00'],
      ],
    ]);
    expect(read(doc, 'us').map((r) => r.slice(0, 4))).toEqual([
      [null, 'BRG-UCP208', 'Pillow block bearing', 50],
      [null, 'MRO-ORK-382', 'O-ring kit Buna-N', 100],
      [null, 'PKG-TAPE-48', 'Sealing tape', 10],
    ]);
  });

  it('splits a line number run into the item number under "Line | Item No."', () => {
    const doc = pdfDoc([
      [
        [40, 'Line'],
        [70, 'Item No.'],
        [160, 'Description'],
        [320, 'Qty'],
        [380, 'Unit Price'],
        [470, 'Amount'],
      ],
      [
        [52, '1 6204-2RS'],
        [160, 'Ball bearing'],
        [320, '2'],
        [392, '9.50'],
        [476, '19.00'],
      ],
      [
        [52, '2 FLT-20251'],
        [160, 'Air filter'],
        [320, '36'],
        [386, '10.33'],
        [470, '371.88'],
      ],
    ]);
    expect(read(doc, 'us').map((r) => r.slice(0, 3))).toEqual([
      [1, '6204-2RS', 'Ball bearing'],
      [2, 'FLT-20251', 'Air filter'],
    ]);
  });

  it('reads a header wrapped over two lines ("PO OUn" over "Quantity") as one header when its rows are one line each', () => {
    const doc = pdfDoc([
      [
        [54, 'Item'],
        [107, 'PO OUn'],
        [165, 'Material'],
        [245, 'Short Text'],
      ],
      [[86, 'Quantity']],
      [
        [63, '10'],
        [111, '10 BOX'],
        [165, 'HX-M16-80'],
        [245, 'Hex head cap screw M16 x 80'],
      ],
      [
        [63, '20'],
        [115, '2 EA'],
        [165, '6305-2RS'],
        [245, 'Deep groove ball bearing 6305-2RS'],
      ],
    ]);
    expect(read(doc, 'us').map((r) => r.slice(0, 5))).toEqual([
      [10, 'HX-M16-80', 'Hex head cap screw M16 x 80', 10, 'BOX'],
      [20, '6305-2RS', 'Deep groove ball bearing 6305-2RS', 2, 'EA'],
    ]);
  });

  it('splits a quantity run into the item number under "Cantidad Material"', () => {
    const doc = pdfDoc([
      [
        [56, 'Pos.'],
        [85, 'Cantidad Material'],
        [205, 'Texto breve'],
        [442, 'Precio neto'],
        [515, 'Valor neto'],
      ],
      [
        [50, '00010'],
        [115, '3 CT-300'],
        [205, 'Bridas de nailon 300 mm'],
        [467, '5,00'],
        [533, '15,00'],
      ],
      [
        [50, '00020'],
        [115, '6 VB-B62'],
        [205, 'Correa trapecial B62'],
        [467, '7,89'],
        [533, '47,34'],
      ],
    ]);
    expect(read(doc, 'eu').map((r) => r.slice(0, 4).concat(r.slice(5, 7)))).toEqual([
      [10, 'CT-300', 'Bridas de nailon 300 mm', 3, 5, 15],
      [20, 'VB-B62', 'Correa trapecial B62', 6, 7.89, 47.34],
    ]);
  });
});
