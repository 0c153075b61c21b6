import { describe, expect, it } from 'vitest';
import type { LayoutDocument, Word } from '../../domain/layout.ts';
import { extractParties } from './extract-parties.ts';
import { toLayoutLines } from '../reading/to-layout-lines.ts';
import { textDoc, pdfDoc } from '../testing/layout-docs.ts';

const SELLER = ['Northwind Industrial Supply'];

describe('extractParties', () => {
  it('takes the letterhead as the buyer and never our own vendor block', () => {
    const doc = pdfDoc([
      [
        [40, 'Acme Manufacturing Inc.'],
        [380, 'PURCHASE ORDER'],
      ],
      [[40, '1200 Industrial Pkwy']],
      [[40, 'Springfield, IL 62704']],
      [[40, 'purchasing@acme.example']],
      [],
      [
        [40, 'Vendor:'],
        [300, 'Ship To:'],
      ],
      [
        [40, 'Northwind Industrial Supply'],
        [300, 'Acme Manufacturing Inc.'],
      ],
      [
        [40, '9 Harbor Road'],
        [300, 'Receiving Dock 3'],
      ],
      [
        [40, 'Boston, MA 02110'],
        [300, '77 Plant Road'],
      ],
      [
        [40, 'sales@northwind.example'],
        [300, 'Decatur, IL 62521'],
      ],
    ]);
    const p = extractParties(toLayoutLines(doc), false, SELLER, null);
    expect(p.buyer).toEqual({ company: 'Acme Manufacturing Inc.', contactName: null, email: 'purchasing@acme.example', phone: null, customerId: null });
    expect(p.shipTo).toEqual({ name: 'Acme Manufacturing Inc.', street: 'Receiving Dock 3\n77 Plant Road', city: 'Decatur', region: 'IL', postalCode: '62521', country: 'US' });
    expect(p.billTo).toBeNull();
    expect(p.supplierNames).toContain('Northwind Industrial Supply');
  });

  it('takes the bill-to name as the buyer, and splits an address written on one line', () => {
    const text = [
      'Bill To: Cedar Ridge Packaging Co., 55 Elm Street, Portland, OR 97201',
      'Ship To:',
      'Cedar Ridge Packaging Co. Warehouse',
      '9 Dock Road',
      'Portland, OR 97203',
      '',
      'Tel: +1 503 555 0100',
    ].join('\n');
    const p = extractParties(toLayoutLines(textDoc(text)), true, SELLER, null);
    expect(p.buyer).toEqual({ company: 'Cedar Ridge Packaging Co.', contactName: null, email: null, phone: '+1 503 555 0100', customerId: null });
    expect(p.billTo).toEqual({ name: 'Cedar Ridge Packaging Co.', street: '55 Elm Street', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' });
    expect(p.shipTo).toEqual({ name: 'Cedar Ridge Packaging Co. Warehouse', street: '9 Dock Road', city: 'Portland', region: 'OR', postalCode: '97203', country: 'US' });
  });

  it('passes the contact found by its label through', () => {
    const p = extractParties(toLayoutLines(textDoc('Customer: Acme GmbH')), true, SELLER, { value: 'Hans Becker', lineIndex: 0, page: 1, confidence: 0.9, rule: 'label "buyer"' });
    expect([p.buyer.company, p.buyer.contactName]).toEqual(['Acme GmbH', 'Hans Becker']);
  });

  it('takes the letterhead address for a bill-to that says "as letterhead", the ship-to for "as above" under it', () => {
    const head: Array<Array<[number, string]>> = [
      [
        [45, 'Brunner Präzisionstechnik AG'],
        [380, 'PURCHASE ORDER'],
      ],
      [[45, 'Tössfeldstrasse 31']],
      [[45, '8406 Winterthur']],
      [[45, 'Switzerland']],
      [],
    ];
    const asLetterhead = extractParties(
      toLayoutLines(
        pdfDoc([
          ...head,
          [
            [45, 'Invoice Address:'],
            [147, 'as letterhead address above'],
            [295, 'Delivery Date:'],
            [397, '09.10.2026'],
          ],
        ]),
      ),
      false,
      SELLER,
      null,
    );
    expect(asLetterhead.billTo).toMatchObject({ street: 'Tössfeldstrasse 31', city: 'Winterthur', postalCode: '8406', country: 'CH' });
    const asAbove = extractParties(
      toLayoutLines(
        pdfDoc([...head, [[300, 'Deliver to:']], [[300, 'Brunner Werk 2']], [[300, 'Industriestrasse 7']], [[300, '8404 Winterthur']], [], [[300, 'Invoice to: as above']]]),
      ),
      false,
      SELLER,
      null,
    );
    expect(asAbove.billTo).toMatchObject({ street: 'Industriestrasse 7', postalCode: '8404' });
  });

  it('reads a ship-to written in a sentence of a mail body, with a Canadian postcode or one comma', () => {
    const ca = extractParties(toLayoutLines(textDoc('No rush on this one. Ship to the brewery, 4210 9 St SE, Calgary AB T2G 3C6.\nCheers')), true, SELLER, null);
    expect(ca.shipTo).toMatchObject({ street: '4210 9 St SE', city: 'Calgary', region: 'AB', postalCode: 'T2G 3C6', country: 'CA' });
    const us = extractParties(toLayoutLines(textDoc('Please deliver Monday 5/18 to 9800 Pajarito Rd SW, Albuquerque NM 87121. Your truck or best way.')), true, SELLER, null);
    expect(us.shipTo).toMatchObject({ street: '9800 Pajarito Rd SW', city: 'Albuquerque', region: 'NM', postalCode: '87121' });
  });

  it('reads an address a mail body writes after a delivery verb and a colon, in any language', () => {
    const doc = textDoc('Wij willen graag bestellen:\n\nGraag leveren vóór vrijdag 18 december op: Basisschool De Regenboog, Kastanjelaan 5, 3062 AL Rotterdam.\n');
    expect(extractParties(toLayoutLines(doc), true, SELLER).shipTo).toMatchObject({
      name: 'Basisschool De Regenboog',
      street: 'Kastanjelaan 5',
      city: 'Rotterdam',
      postalCode: '3062 AL',
    });
  });

  it('keeps a house number written after a comma with its street ("C/ Darwin, 8")', () => {
    const doc = textDoc('Adres dostawy: Farmacéutica Levante S.L., Parque Tecnológico, C/ Charles Robert Darwin, 8, 46980 Paterna (Valencia)\n');
    expect(extractParties(toLayoutLines(doc), true, SELLER).shipTo).toMatchObject({
      street: 'Parque Tecnológico\nC/ Charles Robert Darwin, 8',
      city: 'Paterna',
      region: 'Valencia',
      postalCode: '46980',
    });
  });
});
