import { describe, expect, it } from 'vitest';
import { acceptPoNumber } from '../header/extract-header-fields.ts';
import { cutToColumn, findLabeledValue, isLabelRow } from './find-labeled-value.ts';
import { toLayoutLines } from './to-layout-lines.ts';
import { FIELD_LABELS } from './vocabulary.ts';
import { pdfDoc } from '../testing/layout-docs.ts';

// Invented header rows in the QuickBooks / NetSuite / ERP manner: labels side by side, values under them.
const anyText = (t: string) => t;
const isoDate = (t: string) => (/^\d{2}\/\d{2}\/\d{4}$/.test(t) ? t : null);

describe('a horizontal row of labels', () => {
  const lines = toLayoutLines(
    pdfDoc([
      [
        [40, 'Promised Arrival'],
        [180, 'Terms'],
        [300, 'Ship Via'],
        [440, 'Clerk'],
      ],
      [
        [40, '03/14/2027'],
        [180, 'Net 45'],
        [300, 'Roadrunner LTL'],
        [440, 'Ola Brandt'],
      ],
    ]),
  );

  it('is told from a line of labelled values', () => {
    expect(isLabelRow(lines, 0)).toBe(true);
    expect(isLabelRow(lines, 1)).toBe(false);
    const pairs = toLayoutLines(
      pdfDoc([
        [
          [40, 'Order Date'],
          [200, '03/14/2027'],
        ],
        [
          [40, 'PO Number'],
          [200, 'A-99120'],
        ],
      ]),
    );
    expect(isLabelRow(pairs, 0)).toBe(false);
  });

  it('takes the value under the label, never the label beside it', () => {
    expect(findLabeledValue(lines, FIELD_LABELS.shippingMethod, anyText)?.value).toBe('Roadrunner LTL');
    expect(findLabeledValue(lines, FIELD_LABELS.paymentTerms, anyText)?.value).toBe('Net 45');
  });

  it('reads a label that runs on ("Promised Arrival" for "promised") as the whole cell', () => {
    expect(findLabeledValue(lines, ['promised'], isoDate)).toMatchObject({ value: '03/14/2027', lineIndex: 1 });
  });

  it('gives nothing when the cell under the label is empty', () => {
    const gap = toLayoutLines(
      pdfDoc([
        [
          [40, 'Terms'],
          [200, 'Ship Via'],
          [360, 'Buyer'],
        ],
        [
          [40, 'Net 30'],
          [360, 'Ola Brandt'],
        ],
      ]),
    );
    expect(findLabeledValue(gap, FIELD_LABELS.shippingMethod, anyText)).toBeNull();
    expect(findLabeledValue(gap, FIELD_LABELS.poNumber, acceptPoNumber)).toBeNull();
  });

  it('cuts a value that runs on under the next label at the word boundary', () => {
    const cell = { text: '30 Tage nettoSpedition frei Haus', x0: 172, x1: 372, conf: 1 };
    expect(cutToColumn(cell, 172, 299)).toBe('30 Tage netto');
    expect(cutToColumn(cell, 301, 427)).toBe('Spedition frei Haus');
    expect(cutToColumn({ text: 'DHL', x0: 300, x1: 320, conf: 1 }, 300, 400)).toBe('DHL');
  });
});
