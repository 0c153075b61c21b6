import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../domain/layout.ts';
import { extractProseLines, isPhoneShaped } from './extract-prose-lines.ts';
import type { ItemDraft, NumberStyle } from '../tables/read-line-table.ts';
import { toLayoutLines } from '../reading/to-layout-lines.ts';

function textDoc(text: string): LayoutDocument {
  return { name: 'body', mediaType: 'text/plain', method: 'text', pageCount: null, pages: [], text, monospace: true, isBody: true };
}

type Line = Pick<ItemDraft, 'sku' | 'description' | 'quantity' | 'unit' | 'unitPrice'>;
const line = (quantity: number, sku: string | null, description: string | null, unit: string | null = null, unitPrice: number | null = null): Line => ({
  sku,
  description,
  quantity,
  unit,
  unitPrice,
});
const linesOf = (text: string, style: NumberStyle = null): Line[] =>
  extractProseLines(toLayoutLines(textDoc(text)), style).map((i) => ({ sku: i.sku, description: i.description, quantity: i.quantity, unit: i.unit, unitPrice: i.unitPrice }));

describe('extractProseLines: what is never an item', () => {
  it("reads no item from a signature's phone number written with its area code apart", () => {
    expect(linesOf('Merci,\n\nGeneviève Tremblay\nApprovisionnement\n450 555-0172', 'eu')).toEqual([]);
  });
});

describe('extractProseLines: orders written as sentences', () => {
  it.each([
    [
      'en, two items in one sentence',
      'Hi,\n\nplease send 12 x AB-1234 and 3 boxes of cable ties CT-200.\n\nThanks',
      [line(12, 'AB-1234', null), line(3, 'CT-200', 'cable ties', 'BOX')],
    ],
    [
      'de',
      'Bitte liefern Sie uns 50 Stück Schrauben M8 (Art.-Nr. 4711-08) und 20 Kartons Kabelbinder KB-300.',
      [line(50, '4711-08', 'Schrauben M8', 'STÜCK'), line(20, 'KB-300', 'Kabelbinder', 'KARTON')],
    ],
    [
      'fr',
      'Merci de nous envoyer 10 boîtes de gants nitrile GN-400 et 4 rouleaux de ruban adhésif RA-12.',
      [line(10, 'GN-400', 'gants nitrile', 'BOÎTE'), line(4, 'RA-12', 'ruban adhésif', 'ROULEAU')],
    ],
    ['es', 'Necesitamos 6 cajas de guantes GL-500.', [line(6, 'GL-500', 'guantes', 'CAJA')]],
    ['"(part no. X)"', 'Please ship 24 safety goggles (part no. SG-77).', [line(24, 'SG-77', 'safety goggles')]],
    ['a price with "@"', 'Please send 3 boxes of CT-200 @ 4.50 each.', [line(3, 'CT-200', null, 'BOX', 4.5)]],
    [
      'a dash record with its arithmetic written out (Polish, spaced thousands)',
      '1. KP-EU-400300 – Karton 400 x 300 x 200 mm – 2 000 szt. × 1,35 EUR = 2 700,00 EUR',
      [line(2000, 'KP-EU-400300', 'Karton 400 x 300 x 200 mm', 'SZT', 1.35)],
    ],
    [
      '"code : description" then "qty unit à price = amount" (French)',
      '- KP-FOOD-1510 : Boîte carton alimentaire — 600 UN à 1,18 $ = 708,00 $',
      [line(600, 'KP-FOOD-1510', 'Boîte carton alimentaire', 'UN', 1.18)],
    ],
    ['a question that orders', 'Can you send us 24 x AB-1234?', [line(24, 'AB-1234', null)]],
    [
      'plural units made singular',
      'Please send 5 pairs of gloves GL-9 and 2 sets of drill bits DB-10.',
      [line(5, 'GL-9', 'gloves', 'PAIR'), line(2, 'DB-10', 'drill bits', 'SET')],
    ],
    ['the PO named in its own sentence', 'Our PO 4500123 is attached. Please send 12 x AB-1234.', [line(12, 'AB-1234', null)]],
  ])('%s', (_, text, expected) => {
    expect(linesOf(text)).toEqual(expected);
  });

  it('reads a bullet list, one item a line', () => {
    const text = 'We need:\n- 10 cases of copy paper (PAP-500)\n- 2 x TN-245 toner\n- 5 rolls packing tape';
    expect(linesOf(text)).toEqual([line(10, 'PAP-500', 'copy paper', 'CASE'), line(2, 'TN-245', 'toner'), line(5, null, 'packing tape', 'ROLL')]);
  });

  it('reads several items marked "N x" in one sentence, keeping a dimension ("25x52x15 mm") inside its item', () => {
    const text =
      'Could you please send 25 x Hard hat type I class E, white, ratchet suspension, 100 x Ball bearing 6205-2RS, 25x52x15 mm, sealed and 1 x Quick coupler 1/4" industrial? Our PO number is 3319.';
    expect(linesOf(text)).toEqual([
      line(25, null, 'Hard hat type I class E, white, ratchet suspension'),
      line(100, '6205-2RS', 'Ball bearing 25x52x15 mm, sealed'),
      line(1, null, 'Quick coupler 1/4" industrial'),
    ]);
  });

  it('reads no item from a signature phone number with its extension, nor from a phone written as a code', () => {
    const text = 'Hi,\nplease send 12 x AB-1234 and 4 x 4711-22.\n\nThanks,\nJim Miller\n763-555-0177 x 763\nAcme Inc';
    expect(linesOf(text).map((l) => [l.quantity, l.sku])).toEqual([
      [12, 'AB-1234'],
      [4, '4711-22'],
    ]);
    expect(isPhoneShaped('763-555-0177')).toBe(true);
    expect(isPhoneShaped('+49 89 5550 1234')).toBe(true);
    expect(isPhoneShaped('4711-22')).toBe(false);
    expect(isPhoneShaped('6205-2RS')).toBe(false);
  });

  it('is surer of a line with an item number', () => {
    const items = extractProseLines(toLayoutLines(textDoc('- 2 x TN-245 toner\n- 5 rolls packing tape')), null);
    expect(items.map((i) => [i.confidence, i.lineIndex])).toEqual([
      [0.85, 0],
      [0.7, 1],
    ]);
  });

  it.each([
    ['a question without an order verb', 'Do you have 2,000 pcs of AB-1234 in stock?'],
    ['an address under "Deliver to:"', 'Deliver to:\n12 Main Street\n2nd Floor\nSpringfield, IL 62704'],
    ['a phone number', 'Please call me on 555 1234.'],
    ['a quoted reply', '> please send 12 x AB-1234'],
    ['a total', 'The total is 12 x 4.50 = 54.00'],
  ])('reads nothing from %s', (_, text) => {
    expect(linesOf(text)).toEqual([]);
  });

  it.each([
    ['a PO line above the order line', 'Hello,\nPO 4500012345\nPlease send 12 x AB-1234\nThanks', [line(12, 'AB-1234', null)]],
    ['a closing under the order line', 'Hello,\nplease send 12 x AB-1234\nThanks', [line(12, 'AB-1234', null)]],
  ])('reads a mail written line by line, without blank lines: %s', (_, text, expected) => {
    expect(linesOf(text)).toEqual(expected);
  });
});
