import { describe, expect, it } from 'vitest';
import { findTotals, qualifyKind } from './find-totals.ts';
import { toLayoutLines } from '../reading/to-layout-lines.ts';
import { pdfDoc } from '../testing/layout-docs.ts';

// Invented totals blocks: the label's qualifiers and the arithmetic decide which amount is which.
const totalsOf = (rows: [string, string][], style: 'us' | 'eu' = 'us') => {
  const found = findTotals(
    toLayoutLines(
      pdfDoc(
        rows.map(([l, v]) => [
          [300, l],
          [480, v],
        ]),
      ),
    ),
    0,
    style,
  );
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v?.value]));
};

describe('qualifyKind', () => {
  it.each([
    ['total', 'Total CHF excl. VAT', 'subtotal'],
    ['total', 'Total GST 10%', 'tax'],
    ['total', 'Total Sales Tax', 'tax'],
    ['total', 'Totaal incl. btw', 'total'],
    ['subtotal', 'Net amount', 'subtotal'],
    ['total', 'Grand Total', 'total'],
    ['shipping', 'Freight excl. VAT', 'shipping'],
  ] as const)('%s "%s" is %s', (kind, label, expected) => {
    expect(qualifyKind(kind, label)).toBe(expected);
  });
});

describe('findTotals', () => {
  it('tells the net, the tax and the total by their qualifiers', () => {
    expect(
      totalsOf([
        ['Total NOK excl. VAT', '1,000.00'],
        ['VAT 25%', '250.00'],
        ['Total NOK incl. VAT', '1,250.00'],
      ]),
    ).toEqual({ subtotal: 1000, tax: 250, total: 1250 });
  });

  it('does not read a tax line that starts with "Total" as the total', () => {
    expect(
      totalsOf([
        ['Subtotal', '400.00'],
        ['Total HST 13%', '52.00'],
        ['TOTAL CAD', '452.00'],
      ]),
    ).toEqual({ subtotal: 400, tax: 52, total: 452 });
  });

  it('takes the net that adds up to the total when two are printed', () => {
    expect(
      totalsOf(
        [
          ['Warenwert', '1.000,00'],
          ['Nettobetrag', '950,00'],
          ['MwSt. 19 %', '180,50'],
          ['Gesamtbetrag', '1.130,50'],
        ],
        'eu',
      ),
    ).toEqual({ subtotal: 950, tax: 180.5, total: 1130.5 });
  });

  it('reads the qualifier written between the label and the amount', () => {
    const found = findTotals(toLayoutLines(pdfDoc([[[40, 'Total hors taxes : 812,40 €']]])), 0, 'eu');
    expect(found.subtotal).toMatchObject({ value: 812.4 });
    expect(found.subtotal?.rule).toMatch(/before tax/);
    expect(found.total).toBeUndefined();
  });
});
