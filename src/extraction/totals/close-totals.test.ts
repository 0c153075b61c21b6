import { describe, expect, it } from 'vitest';
import { closeTotals, totalsByArithmetic } from './close-totals.ts';
import type { ItemDraft } from '../reading/item-draft.ts';
import { toLayoutLines } from '../reading/to-layout-lines.ts';
import { pdfDoc } from '../testing/layout-docs.ts';

// Invented totals blocks under invented items: labels the lexicon does not know, amounts that add up.
const item = (amount: number): ItemDraft => ({
  lineNo: null,
  sku: null,
  description: 'x',
  quantity: 1,
  unit: null,
  unitPrice: amount,
  amount,
  deliveryDate: null,
  confidence: 1,
  page: 1,
  lineIndex: 0,
  issues: [],
});
const block = (rows: [string, string][]) =>
  toLayoutLines(
    pdfDoc(
      rows.map(([l, v]) => [
        [300, l],
        [480, v],
      ]),
    ),
  );
const values = (t: Record<string, { value: number } | undefined>) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v?.value]));

describe('totalsByArithmetic', () => {
  it('takes the net from the items, the total from the sum, and the rate that the net gives as tax', () => {
    const lines = block([
      ['Untaxed Amount', '802.14'],
      ['Taxes 21 %', '168.45'],
      ['Total EUR', '970.59'],
    ]);
    expect(values(totalsByArithmetic(lines, 0, 'us', [item(800), item(2.14)]))).toEqual({ subtotal: 802.14, tax: 168.45, total: 970.59 });
  });

  it('reads a discount, freight and tax through a chain of sums', () => {
    const lines = block([
      ['Warenwert', '1.000,00'],
      ['abzgl. 3 %', '-30,00'],
      ['Nettowert', '970,00'],
      ['Versandkosten', '12,90'],
      ['zzgl. 19 %', '186,75'],
      ['Endsumme', '1.169,65'],
    ]);
    expect(values(totalsByArithmetic(lines, 0, 'eu', [item(1000)]))).toEqual({ subtotal: 970, shipping: 12.9, tax: 186.75, total: 1169.65 });
  });

  it('marks a charge whose label names no kind as uncertain', () => {
    const found = totalsByArithmetic(
      block([
        ['Zwischensumme', '100,00'],
        ['Expresszuschlag', '38,00'],
        ['Endbetrag', '138,00'],
      ]),
      0,
      'eu',
      [item(100)],
    );
    expect(found.other?.value).toBe(38);
    expect(found.other!.confidence).toBeLessThan(0.7);
  });

  it("proves nothing when no amount is the items' sum, or the sums do not close", () => {
    expect(
      totalsByArithmetic(
        block([
          ['Net', '99.00'],
          ['Tax', '9.90'],
          ['Total', '108.90'],
        ]),
        0,
        'us',
        [item(100)],
      ),
    ).toEqual({});
    expect(
      totalsByArithmetic(
        block([
          ['Net', '100.00'],
          ['Tax', '9.90'],
          ['Total', '111.00'],
        ]),
        0,
        'us',
        [item(100)],
      ),
    ).toEqual({});
  });
});

describe('closeTotals', () => {
  it('keeps labelled totals that add up, and mends ones that do not', () => {
    const lines = block([
      ['Untaxed Amount', '802.14'],
      ['Taxes 21 %', '168.45'],
      ['Total EUR', '970.59'],
    ]);
    const at = (value: number) => ({ value, lineIndex: 0, page: 1, confidence: 0.9, rule: 'label' });
    expect(values(closeTotals({ subtotal: at(802.14), tax: at(168.45), total: at(970.59) }, lines, 0, 'us', [item(1)]))).toEqual({ subtotal: 802.14, tax: 168.45, total: 970.59 });
    expect(values(closeTotals({ subtotal: at(970.59) }, lines, 0, 'us', [item(802.14)]))).toEqual({ subtotal: 802.14, tax: 168.45, total: 970.59 });
  });
});
