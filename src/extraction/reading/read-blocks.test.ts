import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../domain/layout.ts';
import { blockLabel, readBlocks } from './read-blocks.ts';
import { toLayoutLines } from './to-layout-lines.ts';
import { pdfDoc, textDoc } from '../testing/layout-docs.ts';

const blocksOf = (text: string) => readBlocks(toLayoutLines(textDoc(text)), true).map((b) => [b.kind, b.lines]);

describe('blockLabel', () => {
  it.each([
    ['Ship to:', { kind: 'shipTo', label: 'ship to', rest: '' }],
    ['SHIP TO', { kind: 'shipTo', label: 'ship to', rest: '' }],
    ['Ship To: Acme Inc.', { kind: 'shipTo', label: 'ship to', rest: 'Acme Inc.' }],
    ['Deliver to our usual address:', { kind: 'shipTo', label: 'deliver to', rest: '' }],
    ['Lieferanschrift:', { kind: 'shipTo', label: 'lieferanschrift', rest: '' }],
    ['Adresse de livraison', { kind: 'shipTo', label: 'adresse de livraison', rest: '' }],
    ['Dirección de entrega:', { kind: 'shipTo', label: 'dirección de entrega', rest: '' }],
    ['Bill to:', { kind: 'billTo', label: 'bill to', rest: '' }],
    ['Sold to:', { kind: 'billTo', label: 'sold to', rest: '' }],
    ['Rechnungsadresse', { kind: 'billTo', label: 'rechnungsadresse', rest: '' }],
    ['Vendor:', { kind: 'supplier', label: 'vendor', rest: '' }],
    ['Nabywca / faktura', { kind: 'billTo', label: 'nabywca', rest: '' }],
    ['Miejsce dostawy', { kind: 'shipTo', label: 'miejsce dostawy', rest: '' }],
    ['Customer: Acme', { kind: 'buyer', label: 'customer', rest: 'Acme' }],
    ['To the attention of', null],
    ['Shipping is free', null],
  ])('%j', (text, expected) => {
    expect(blockLabel(text)).toEqual(expected);
  });
});

describe('readBlocks', () => {
  it('reads blocks side by side, each in its own column', () => {
    const text = [
      'Bill To:                    Ship To:',
      'Acme Inc.                   Acme Inc. Plant 2',
      '1 Main St                   77 Plant Road',
      'Springfield, IL 62704       Decatur, IL 62521',
      '',
      'PO Number: 4711',
    ].join('\n');
    expect(blocksOf(text)).toEqual([
      ['billTo', ['Acme Inc.', '1 Main St', 'Springfield, IL 62704']],
      ['shipTo', ['Acme Inc. Plant 2', '77 Plant Road', 'Decatur, IL 62521']],
    ]);
  });

  it('takes the text after the label on the same line', () => {
    expect(blocksOf('Ship To: Cedar Ridge Packaging Co., 55 Elm Street, Portland, OR 97201')).toEqual([
      ['shipTo', ['Cedar Ridge Packaging Co., 55 Elm Street, Portland, OR 97201']],
    ]);
  });

  const pageBlocks = (rows: [number, string][][]) => readBlocks(toLayoutLines(pdfDoc(rows)), false).map((b) => [b.kind, b.lines]);

  it('takes a whole address a cell or two after its label, as a sheet writes it', () => {
    expect(
      pageBlocks([
        [
          [0, 'Destinazione merce'],
          [200, 'Arredamenti Venturi S.p.A. - Stabilimento 2, Via Postumia Ovest, 128, 31100 Treviso (TV)'],
        ],
      ]),
    ).toEqual([['shipTo', ['Arredamenti Venturi S.p.A. - Stabilimento 2, Via Postumia Ovest, 128, 31100 Treviso (TV)']]]);
    expect(
      pageBlocks([
        [
          [0, 'Entregar en:'],
          [200, 'Farmacéutica Levante S.L., C/ Darwin, 8, 46980 Paterna'],
        ],
      ]),
    ).toEqual([['shipTo', ['Farmacéutica Levante S.L., C/ Darwin, 8, 46980 Paterna']]]);
  });

  it("never takes the next column's field or a street alone as the value of a label far to its left", () => {
    // "Fecha de entrega: ..." is a field of its own; a street with one comma is the next column's block.
    expect(
      pageBlocks([
        [
          [0, 'Sírvase entregar a:'],
          [300, 'Fecha de entrega: 08.03.2024'],
        ],
        [
          [0, 'Acme S.L.'],
          [300, 'x'],
        ],
        [
          [0, 'C/ Argent, 3'],
          [300, 'y'],
        ],
        [
          [0, '08755 Castellbisbal'],
          [300, 'z'],
        ],
      ]),
    ).toEqual([['shipTo', ['Acme S.L.', 'C/ Argent, 3', '08755 Castellbisbal']]]);
    expect(
      pageBlocks([
        [
          [0, 'Dirección de entrega'],
          [300, 'POL. IND. COMTE DE SERT C/MOTORS, 32'],
        ],
        [
          [0, 'Camí de Can Ubach 25'],
          [300, '08755 CASTELLBISBAL'],
        ],
        [[0, '08620 Sant Vicenç']],
      ])[0],
    ).toEqual(['shipTo', ['Camí de Can Ubach 25', '08620 Sant Vicenç']]);
  });

  it('reads no block from a table\'s column headers, except whose name is below "Supplier"', () => {
    const rows: [number, string][][] = [
      [
        [0, 'Order No'],
        [100, 'Supplier'],
        [200, 'Deliver To'],
        [300, 'Item'],
        [400, 'Qty'],
      ],
      [
        [0, 'PO-1'],
        [100, 'NORTHWIND SUPPLY'],
        [200, 'Acme Pty Ltd, 18 Kewdale Road, Welshpool WA 6106'],
        [300, 'AB-1'],
        [400, '2'],
      ],
    ];
    expect(pageBlocks(rows).map(([kind]) => kind)).toEqual(['supplier']);
  });

  it('ends a block at the next label', () => {
    expect(blocksOf('Deliver to:\n55 Elm Street\nPortland, OR 97201\nOrder date: 2026-03-09')).toEqual([['shipTo', ['55 Elm Street', 'Portland, OR 97201']]]);
  });
});

describe('attention lines', () => {
  it('keeps "Attn:" naming a desk as a line of the address, and leaves a person out of it', () => {
    const desk = blocksOf(['Bill To:', 'Harbor Point Marine Services, Inc.', 'Attn: Accounts Payable', 'PO Box 4410', 'Portland, ME 04112'].join('\n'));
    expect(desk).toEqual([['billTo', ['Harbor Point Marine Services, Inc.', 'Attn: Accounts Payable', 'PO Box 4410', 'Portland, ME 04112']]]);
    const person = blocksOf(['Bill To:', 'Harbor Point Marine Services, Inc.', 'Attn: Dana Whitfield', 'PO Box 4410', 'Portland, ME 04112'].join('\n'));
    expect(person).toEqual([['billTo', ['Harbor Point Marine Services, Inc.', 'PO Box 4410', 'Portland, ME 04112']]]);
  });
});
