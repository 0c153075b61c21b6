import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../domain/layout.ts';
import { findTableHeaders, type Column } from './find-table-header.ts';
import { toLayoutLines } from '../reading/to-layout-lines.ts';
import { textDoc } from '../testing/layout-docs.ts';

const headersOf = (text: string) => findTableHeaders(toLayoutLines(textDoc(text)));
const roles = (columns: Column[]) => columns.map((c) => [c.label, c.role]);

describe('findTableHeaders: header words in four languages', () => {
  it.each([
    [
      'en',
      'Line   Item No   Description   Qty   UOM   Unit Price   Amount',
      [
        ['Line', 'lineNo'],
        ['Item No', 'sku'],
        ['Description', 'description'],
        ['Qty', 'quantity'],
        ['UOM', 'unit'],
        ['Unit Price', 'unitPrice'],
        ['Amount', 'amount'],
      ],
    ],
    [
      'de',
      'Pos.   Artikelnummer   Bezeichnung   Menge   Einheit   Einzelpreis   Gesamtpreis',
      [
        ['Pos.', 'lineNo'],
        ['Artikelnummer', 'sku'],
        ['Bezeichnung', 'description'],
        ['Menge', 'quantity'],
        ['Einheit', 'unit'],
        ['Einzelpreis', 'unitPrice'],
        ['Gesamtpreis', 'amount'],
      ],
    ],
    [
      'fr',
      'Ligne   Référence   Désignation   Quantité   Unité   Prix unitaire   Montant HT',
      [
        ['Ligne', 'lineNo'],
        ['Référence', 'sku'],
        ['Désignation', 'description'],
        ['Quantité', 'quantity'],
        ['Unité', 'unit'],
        ['Prix unitaire', 'unitPrice'],
        ['Montant HT', 'amount'],
      ],
    ],
    [
      'es',
      'Línea   Código   Descripción   Cantidad   Unidad   Precio unitario   Importe',
      [
        ['Línea', 'lineNo'],
        ['Código', 'sku'],
        ['Descripción', 'description'],
        ['Cantidad', 'quantity'],
        ['Unidad', 'unit'],
        ['Precio unitario', 'unitPrice'],
        ['Importe', 'amount'],
      ],
    ],
    [
      'de, with delivery date and discount',
      'Art.-Nr.   Bezeichnung   Menge   Liefertermin   Rabatt   Preis',
      [
        ['Art.-Nr.', 'sku'],
        ['Bezeichnung', 'description'],
        ['Menge', 'quantity'],
        ['Liefertermin', 'date'],
        ['Rabatt', 'discount'],
        ['Preis', 'unitPrice'],
      ],
    ],
  ])('%s', (_, header, expected) => {
    const [found, ...more] = headersOf(header);
    expect(more).toEqual([]);
    expect(found.index).toBe(0);
    expect(roles(found.columns)).toEqual(expected);
  });

  it('"Item" beside "Description" is the item number, not a second description', () => {
    expect(roles(headersOf('Item   Description   Qty   Price')[0].columns)).toEqual([
      ['Item', 'sku'],
      ['Description', 'description'],
      ['Qty', 'quantity'],
      ['Price', 'unitPrice'],
    ]);
  });

  it.each([
    ['a sentence', 'Please send the quantity and the price'],
    ['field labels, not columns', 'PO Number   Order Date   Payment Terms'],
    ['a quantity without anything it counts', 'Qty   Price   Amount'],
  ])('finds no header in %s', (_, text) => {
    expect(headersOf(text)).toEqual([]);
  });
});

describe('findTableHeaders: headers over two lines', () => {
  it('joins "Unit" written over "Price" into one unit-price column', () => {
    const [h] = headersOf(['Item   Description   Qty   Unit      Amount', '                          Price'].join('\n'));
    expect(h.index).toBe(1);
    expect(h.tiers).toBeUndefined();
    expect(roles(h.columns)).toEqual([
      ['Item', 'sku'],
      ['Description', 'description'],
      ['Qty', 'quantity'],
      ['Unit Price', 'unitPrice'],
      ['Amount', 'amount'],
    ]);
  });

  it('reads an SAP-style header (Pos/Material/Description over Qty/Price/Value) as two tiers', () => {
    const [h] = headersOf(['Pos   Material     Description', '      Qty          Price         Value'].join('\n'));
    expect(h.index).toBe(1);
    expect(h.tiers && h.tiers.map(roles)).toEqual([
      [
        ['Pos', 'lineNo'],
        ['Material', 'sku'],
        ['Description', 'description'],
      ],
      [
        ['Qty', 'quantity'],
        ['Price', 'unitPrice'],
        ['Value', 'amount'],
      ],
    ]);
  });
});

describe('findTableHeaders: cells that hold several labels', () => {
  it('splits "Qty Description" written as one run by its characters', () => {
    const [h] = headersOf('Qty Description              Price     Amount');
    expect(h.columns.map((c) => [c.label, c.role, c.x0, c.x1])).toEqual([
      ['Qty', 'quantity', 0, 3],
      ['Description', 'description', 4, 15],
      ['Price', 'unitPrice', 29, 34],
      ['Amount', 'amount', 39, 45],
    ]);
  });

  it('keeps "Material/Description" as one column naming two fields', () => {
    const [h] = headersOf('Material/Description      Qty     Price');
    expect(h.columns.map((c) => [c.label, c.role, c.alsoRole])).toEqual([
      ['Material/Description', 'sku', 'description'],
      ['Qty', 'quantity', undefined],
      ['Price', 'unitPrice', undefined],
    ]);
  });
});
