import { describe, expect, it } from 'vitest';
import type { LayoutDocument, Word } from '../../domain/layout.ts';
import { acceptPoNumber } from '../header/extract-header-fields.ts';
import { afterLabel, findLabeledValue } from './find-labeled-value.ts';
import { toLayoutLines } from './to-layout-lines.ts';
import { FIELD_LABELS } from './vocabulary.ts';
import { textDoc, pdfDoc } from '../testing/layout-docs.ts';

const poIn = (doc: LayoutDocument) => findLabeledValue(toLayoutLines(doc), FIELD_LABELS.poNumber, acceptPoNumber);
const anyText = (t: string) => t;

describe('findLabeledValue: where the value stands', () => {
  it.each([
    ['after a colon in the same cell', 'PO Number: 4500012345', { value: '4500012345', lineIndex: 0, confidence: 0.95 }],
    ['in the next cell', 'Order No.     PO-778', { value: 'PO-778', lineIndex: 0, confidence: 0.9 }],
    ['in the next cell, after a bar', 'Order No. | 4500012345 | Date | 2026-03-09', { value: '4500012345', lineIndex: 0, confidence: 0.9 }],
    ['below the label', 'PO Number\n4500012345', { value: '4500012345', lineIndex: 1, confidence: 0.8 }],
    ['below the label, beside other columns', 'PO Number     Order Date\n4500012345    12.03.2026', { value: '4500012345', lineIndex: 1, confidence: 0.8 }],
    ['in German', 'Bestellnummer: 4711-2026', { value: '4711-2026', lineIndex: 0, confidence: 0.95 }],
    ['in French', 'N° de commande : BC-22817', { value: 'BC-22817', lineIndex: 0, confidence: 0.95 }],
    ['in Spanish', 'Nº de pedido: 4500187276', { value: '4500187276', lineIndex: 0, confidence: 0.95 }],
  ])('%s', (_, text, expected) => {
    expect(poIn(textDoc(text))).toMatchObject({ page: 1, ...expected });
  });

  it('finds the value below its label on a positioned page', () => {
    const doc = pdfDoc([
      [
        [40, 'Purchase Order No.'],
        [300, 'Order Date'],
      ],
      [
        [40, '4500012345'],
        [300, '12.03.2026'],
      ],
    ]);
    expect(poIn(doc)).toEqual({ value: '4500012345', lineIndex: 1, page: 1, confidence: 0.8, rule: 'label "purchase order no"' });
  });

  it.each([
    ['Núm. pedido/Fecha\n4500187276 / 08.03.2024', '4500187276'],
    ['Fecha/Núm. pedido\n08.03.2024 / 4500187276', '4500187276'],
    ['Order date/PO number\n2026-03-09 / PO-2026-0504', 'PO-2026-0504'],
  ])('reads one part of a combined label: %j', (text, expected) => {
    expect(poIn(textDoc(text))?.value).toBe(expected);
  });

  it.each([
    ['Ship Via    Payment Terms', FIELD_LABELS.shippingMethod],
    ['Ship Via    Payment Terms\n            Net 30', FIELD_LABELS.shippingMethod],
    ['Contact     Phone', FIELD_LABELS.contactName],
  ])('a label followed by another label has no value: %j', (text, labels) => {
    expect(findLabeledValue(toLayoutLines(textDoc(text)), labels, anyText)).toBeNull();
  });

  it('prefers the earlier label in the list wherever it stands', () => {
    const found = findLabeledValue(toLayoutLines(textDoc('Order: 77\nPO Number: 4500012345')), FIELD_LABELS.poNumber, acceptPoNumber);
    expect([found?.value, found?.rule]).toEqual(['4500012345', 'label "po number"']);
  });

  it('joins a value cell that wraps onto the next line, when asked to, and nothing else', () => {
    const rows: [number, string][][] = [
      [
        [45, 'Zahlungsbedingungen:'],
        [180, '14 Tage 2 % Skonto, 30 Tage'],
        [370, 'Versandart:'],
        [450, 'DHL Paket'],
      ],
      [[180, 'netto']],
      [[45, 'Bitte liefern Sie folgende Positionen:']],
    ];
    const lines = toLayoutLines(pdfDoc(rows));
    expect(findLabeledValue(lines, FIELD_LABELS.paymentTerms, anyText, { wraps: true })?.value).toBe('14 Tage 2 % Skonto, 30 Tage netto');
    expect(findLabeledValue(lines, FIELD_LABELS.paymentTerms, anyText)?.value).toBe('14 Tage 2 % Skonto, 30 Tage');
    // The next label's row below is no continuation.
    const labelled = toLayoutLines(
      pdfDoc([
        [
          [45, 'Payment Terms:'],
          [160, 'Net 30'],
        ],
        [[160, 'Ship Via: UPS']],
      ]),
    );
    expect(findLabeledValue(labelled, FIELD_LABELS.paymentTerms, anyText, { wraps: true })?.value).toBe('Net 30');
  });

  it('looks only inside the lines it is given', () => {
    const lines = toLayoutLines(textDoc('PO Number: 111111\nPO Number: 222222'));
    expect(findLabeledValue(lines, FIELD_LABELS.poNumber, acceptPoNumber, { from: 1 })?.value).toBe('222222');
  });
});

describe('afterLabel', () => {
  it.each([
    ['PO Number: 4500012345', 'po number', '4500012345'],
    ['PO# 4711', 'po#', '4711'],
    ['P.O. No. 4711', 'p.o.', '4711'],
    ['PO', 'po', ''],
    ['PO-2026-0504', 'po', null],
    ['PO/2026/0504', 'po', null],
    ['Portes: 12,00', 'port', null],
    ['Port: 12,00', 'port', '12,00'],
    ['Postcode: 12345', 'po', null],
  ])('%j after %j', (text, label, expected) => {
    expect(afterLabel(text, label)).toBe(expected);
  });

  it('keeps "PO-2026-0504" whole as the value of a PO label', () => {
    expect(poIn(textDoc('PO Number: PO-2026-0504'))?.value).toBe('PO-2026-0504');
    expect(poIn(textDoc('PO-2026-0504'))).toBeNull();
  });
});
