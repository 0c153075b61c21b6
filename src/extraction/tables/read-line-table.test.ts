import { describe, expect, it } from 'vitest';
import type { LayoutDocument, Word } from '../../domain/layout.ts';
import { readLineTables, splitQuantity, type ItemDraft, type NumberStyle } from './read-line-table.ts';
import { toLayoutLines } from '../reading/to-layout-lines.ts';
import { textDoc } from '../testing/layout-docs.ts';

/** A PDF-like document: each page a list of rows, each row cells at an x; 6 units a character, rows 14 apart. */
function pdfDoc(pages: [number, string][][][]): LayoutDocument {
  const words = (x: number, y: number, text: string): Word[] => {
    let at = x;
    return text.split(' ').map((t) => {
      const w = { text: t, x0: at, y0: y, x1: at + t.length * 6, y1: y + 10, conf: 1 };
      at += (t.length + 1) * 6;
      return w;
    });
  };
  return {
    name: 'po.pdf',
    mediaType: 'application/pdf',
    method: 'pdf-text',
    pageCount: pages.length,
    text: '',
    pages: pages.map((rows, p) => ({ number: p + 1, width: 600, height: 800, words: rows.flatMap((row, r) => row.flatMap(([x, t]) => words(x, 40 + r * 14, t))) })),
  };
}

type Item = Pick<ItemDraft, 'lineNo' | 'sku' | 'description' | 'quantity' | 'unit' | 'unitPrice' | 'amount'>;
const item = (sku: string | null, description: string | null, quantity: number, unitPrice: number | null, amount: number | null, more: Partial<Item> = {}): Item => ({
  lineNo: null,
  sku,
  description,
  quantity,
  unit: null,
  unitPrice,
  amount,
  ...more,
});
const brief = (it: ItemDraft): Item => ({
  lineNo: it.lineNo,
  sku: it.sku,
  description: it.description,
  quantity: it.quantity,
  unit: it.unit,
  unitPrice: it.unitPrice,
  amount: it.amount,
});

const tablesOf = (doc: LayoutDocument, style: NumberStyle = null) => readLineTables(toLayoutLines(doc), style);
const itemsOf = (text: string, style: NumberStyle = null) => tablesOf(textDoc(text), style).flatMap((t) => t.items.map(brief));

describe('readLineTables: rows under headers in four languages', () => {
  it.each([
    [
      'en',
      'Item No    Description          Qty    Unit Price    Amount\nAB-100     Hex bolt M8          10     1.50          15.00',
      'us',
      item('AB-100', 'Hex bolt M8', 10, 1.5, 15),
    ],
    [
      'de',
      'Artikelnummer   Bezeichnung      Menge   Einzelpreis   Gesamtpreis\n4711            Schraube M6      100     0,25          25,00',
      'eu',
      item('4711', 'Schraube M6', 100, 0.25, 25),
    ],
    [
      'fr',
      'Référence   Désignation      Quantité   Prix unitaire   Montant HT\nR-55        Vis inox         20         2,50            50,00',
      'eu',
      item('R-55', 'Vis inox', 20, 2.5, 50),
    ],
    [
      'es',
      'Código    Descripción      Cantidad   Precio unitario   Importe\nC-9       Tornillo         8          3,00              24,00',
      'eu',
      item('C-9', 'Tornillo', 8, 3, 24),
    ],
  ] as const)('%s', (_, text, style, expected) => {
    expect(itemsOf(text, style)).toEqual([expected]);
  });

  it('reads line numbers and a unit column', () => {
    const text = [
      'Line  Item No   Description     Qty   UOM   Unit Price   Amount',
      '1     AB-100    Hex bolt M8     10    EA    1.50         15.00',
      '2     CT-200    Cable ties      5     BOX   4.00         20.00',
    ].join('\n');
    expect(itemsOf(text, 'us')).toEqual([
      item('AB-100', 'Hex bolt M8', 10, 1.5, 15, { lineNo: 1, unit: 'EA' }),
      item('CT-200', 'Cable ties', 5, 4, 20, { lineNo: 2, unit: 'BOX' }),
    ]);
  });

  it('reads a header written over two lines ("Unit" over "Price")', () => {
    const text = [
      'Item       Description          Qty    Unit      Amount',
      '                                        Price',
      'AB-100     Hex bolt M8          10     1.50      15.00',
    ].join('\n');
    expect(itemsOf(text, 'us')).toEqual([item('AB-100', 'Hex bolt M8', 10, 1.5, 15)]);
  });

  it('reads SAP-style two-line records (Pos/Material/Description over Qty/Price/Value)', () => {
    const text = [
      'Pos   Material     Description',
      '      Qty          Price         Value',
      '10    6000138      Nitrile gloves L',
      '      200          0.45          90.00',
      '20    6000139      Nitrile gloves M',
      '      100          0.45          45.00',
    ].join('\n');
    expect(itemsOf(text, 'us')).toEqual([item('6000138', 'Nitrile gloves L', 200, 0.45, 90, { lineNo: 10 }), item('6000139', 'Nitrile gloves M', 100, 0.45, 45, { lineNo: 20 })]);
  });

  it('appends wrapped description lines to the row above', () => {
    const text = [
      'Item No    Description                 Qty    Unit Price    Amount',
      'AB-100     Hex bolt M8 zinc plated     10     1.50          15.00',
      '           DIN 933, box of 100',
      'CT-200     Cable ties                  5      4.00          20.00',
    ].join('\n');
    expect(itemsOf(text, 'us')).toEqual([item('AB-100', 'Hex bolt M8 zinc plated DIN 933, box of 100', 10, 1.5, 15), item('CT-200', 'Cable ties', 5, 4, 20)]);
  });
});

describe('readLineTables: rows that are not items', () => {
  it('keeps discount and freight rows out of the items and records them as charges', () => {
    const text = [
      'Item No    Description          Qty    Unit Price    Amount',
      'AB-100     Hex bolt M8          10     1.50          15.00',
      'Discount 5%                                          -0.75',
      'Freight                                              12.00',
      'CT-200     Cable ties           5      4.00          20.00',
      'Subtotal                                             46.25',
    ].join('\n');
    const [table, ...more] = tablesOf(textDoc(text), 'us');
    expect(more).toEqual([]);
    expect(table.items.map(brief)).toEqual([item('AB-100', 'Hex bolt M8', 10, 1.5, 15), item('CT-200', 'Cable ties', 5, 4, 20)]);
    expect(table.charges).toEqual([
      { kind: 'discount', label: 'Discount 5%', amount: -0.75 },
      { kind: 'shipping', label: 'Freight', amount: 12 },
    ]);
  });

  it('stops at the totals', () => {
    const text = [
      'Item No    Description    Qty    Unit Price    Amount',
      'AB-100     Hex bolt M8    10     1.50          15.00',
      'Total                                        15.00',
      '2 boxes    Spare parts    2      1.00           2.00',
    ].join('\n');
    const [table] = tablesOf(textDoc(text), 'us');
    expect([table.items.length, table.start, table.end]).toEqual([1, 0, 2]);
  });

  it.each([
    ['n/a', 'n/a'],
    ['a dash', '-'],
    ['"N/A" in capitals', 'N/A'],
  ])('reads a price cell holding %s as no price', (_, cell) => {
    const text = ['Item No    Description    Qty    Unit Price    Amount', `AB-100     Hex bolt M8    10     ${cell.padEnd(14)}${cell}`].join('\n');
    expect(itemsOf(text, 'us')).toEqual([item('AB-100', 'Hex bolt M8', 10, null, null)]);
  });
});

describe('readLineTables: tables across pages', () => {
  const header: [number, string][] = [
    [40, 'Line'],
    [80, 'Item No'],
    [160, 'Description'],
    [340, 'Qty'],
    [400, 'Unit Price'],
    [490, 'Amount'],
  ];
  const row = (n: string, sku: string, d: string, q: string, p: string, a: string): [number, string][] => [
    [40, n],
    [80, sku],
    [160, d],
    [340, q],
    [400, p],
    [490, a],
  ];
  const page1 = [[[40, 'PURCHASE ORDER']], header, row('1', 'AB-100', 'Hex bolt M8', '10', '1.50', '15.00'), row('2', 'AB-101', 'Hex nut M8', '10', '0.50', '5.00')] as [
    number,
    string,
  ][][];
  const page2rows = [
    header,
    row('3', 'CT-200', 'Cable ties', '5', '4.00', '20.00'),
    [
      [400, 'Total'],
      [490, '40.00'],
    ],
  ] as [number, string][][];
  const expected = [
    item('AB-100', 'Hex bolt M8', 10, 1.5, 15, { lineNo: 1 }),
    item('AB-101', 'Hex nut M8', 10, 0.5, 5, { lineNo: 2 }),
    item('CT-200', 'Cable ties', 5, 4, 20, { lineNo: 3 }),
  ];

  it('continues the table under the header repeated on page 2', () => {
    const tables = tablesOf(pdfDoc([page1, page2rows]), 'us');
    expect(tables.length).toBe(1);
    expect(tables[0].items.map(brief)).toEqual(expected);
    expect(tables[0].items.map((i) => i.page)).toEqual([1, 1, 2]);
  });

  it('reads every row when page 2 starts with a page heading above the repeated header', () => {
    const tables = tablesOf(pdfDoc([page1, [[[40, 'Page 2 of 2']], ...page2rows]]), 'us');
    expect(tables.flatMap((t) => t.items.map(brief))).toEqual(expected);
  });
});

describe('readLineTables: numbers as written', () => {
  it('converts a price per 1,000 when the amount confirms it', () => {
    const text = ['Item No    Description    Qty     Price     Amount', 'AB-100     Washer M8      5000    12.00     60.00'].join('\n');
    const [table] = tablesOf(textDoc(text), 'us');
    expect(table.items.map(brief)).toEqual([item('AB-100', 'Washer M8', 5000, 0.012, 60)]);
    expect(table.items[0].issues).toEqual([]);
  });

  it('reads EU numbers (1.000 pieces, 1.234,50)', () => {
    const text = [
      'Art.-Nr.   Bezeichnung      Menge   Preis      Betrag',
      '4711       Schraube M6      1.000   1,2345     1.234,50',
      '4712       Mutter M6        2       617,25     1.234,50',
    ].join('\n');
    expect(itemsOf(text, 'eu')).toEqual([item('4711', 'Schraube M6', 1000, 1.2345, 1234.5), item('4712', 'Mutter M6', 2, 617.25, 1234.5)]);
  });

  it('reads "Qty Description" written as one run, quantity first', () => {
    const text = ['Qty Description              Price     Amount', '20 LED tube T8                 4.50      90.00', '3 Ballast 58W                  12.00     36.00'].join('\n');
    expect(itemsOf(text, 'us')).toEqual([item(null, 'LED tube T8', 20, 4.5, 90), item(null, 'Ballast 58W', 3, 12, 36)]);
  });

  it('takes "[CODE] description" as the item number and its description', () => {
    const text = ['Description                              Qty    Unit Price    Amount', '[1807242317] Guante nitrilo talla L      10     2.00          20.00'].join('\n');
    expect(itemsOf(text, 'us')).toEqual([item('1807242317', 'Guante nitrilo talla L', 10, 2, 20)]);
  });

  it('reads a unit written in the quantity cell', () => {
    const text = [
      'Item No    Description    Qty       Price     Amount',
      'AB-100     Hex bolt M8    12 EA     1.50      18.00',
      'CT-200     Cable ties     6.00 pcs  4.00      24.00',
    ].join('\n');
    expect(itemsOf(text, 'us')).toEqual([item('AB-100', 'Hex bolt M8', 12, 1.5, 18, { unit: 'EA' }), item('CT-200', 'Cable ties', 6, 4, 24, { unit: 'PCS' })]);
  });
});

describe('splitQuantity', () => {
  it.each([
    ['12', null, { qty: 12, unit: null }],
    ['12 EA', null, { qty: 12, unit: 'EA' }],
    ['6.00 pcs', 'us', { qty: 6, unit: 'PCS' }],
    ['1.000 Stk.', 'eu', { qty: 1000, unit: 'STK' }],
    ['2,5 kg', 'eu', { qty: 2.5, unit: 'KG' }],
    ['3 (BOX)', null, { qty: 3, unit: 'BOX' }],
    ['12 foo', null, { qty: 12, unit: 'FOO' }],
    ['4 bte', 'eu', { qty: 4, unit: 'BTE' }],
    ['12 of', null, { qty: 12, unit: null }],
    ['ten', null, { qty: null, unit: null }],
  ] as const)('%j', (text, style, expected) => {
    expect(splitQuantity(text, style)).toEqual(expected);
  });
});

describe('readLineTables: what the cells say when headers compete', () => {
  it('takes codes under "Product" for item numbers when "Description" beside it holds the words, and the supplier reference for ours', () => {
    const text = [
      'Line   Product        Description                    Supplier ref.   Qty   UOM   Net price   Line amount',
      '1      RM-LAB-0031    Beaker 250ml low form          BW-BK250        12    UN    4.10        49.20',
      '2      RM-LAB-0044    Volumetric flask 100ml         BW-VF100        6     UN    14.60       87.60',
      '3      RM-LAB-0150    Weighing paper 100x100mm       BW-WP-A4        5     PK    6.80        34.00',
    ].join('\n');
    expect(itemsOf(text, 'us').map((i) => [i.sku, i.description])).toEqual([
      ['BW-BK250', 'Beaker 250ml low form'],
      ['BW-VF100', 'Volumetric flask 100ml'],
      ['BW-WP-A4', 'Weighing paper 100x100mm'],
    ]);
  });

  it('reads a row of labelled values under an item as its supplier item number and delivery date, not as description', () => {
    const text = [
      'Item    Material    Short text                         Order qty.   Unit   Net price   Net value',
      '00010   40012877    TIPS,PIPETTE,10UL,RACKED,96/RK     40           RK     6.95        278.00',
      'Your material no. BW-PT10-960    Delivery date: 12/14/2026',
      '00020   40031002    GLOVE,NITRILE,PF,MEDIUM,100/BX     60           BX     9.35        561.00',
      'Ihre Materialnummer: BW-NG-M Liefertermin: 14.12.2026',
    ].join('\n');
    const items = tablesOf(textDoc(text), 'us').flatMap((t) => t.items);
    expect(items.map((i) => [i.sku, i.description, i.deliveryDate])).toEqual([
      ['BW-PT10-960', 'TIPS,PIPETTE,10UL,RACKED,96/RK', '12/14/2026'],
      ['BW-NG-M', 'GLOVE,NITRILE,PF,MEDIUM,100/BX', '14.12.2026'],
    ]);
  });

  it('keeps a wrapped description that merely mentions a delivery', () => {
    const text = [
      'Item No    Description                 Qty    Unit Price    Amount',
      'AB-100     Hex bolt M8, zinc           10     1.50          15.00',
      '           plated, delivery date on label',
    ].join('\n');
    expect(itemsOf(text, 'us')[0].description).toBe('Hex bolt M8, zinc plated, delivery date on label');
  });
});
