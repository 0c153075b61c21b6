import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../domain/layout.ts';
import { readDocument, sumCharges, toDraftOrder, toOrderLine } from './extract-document-order.ts';
import type { ItemDraft } from '../tables/read-line-table.ts';

function textDoc(text: string, isBody = false): LayoutDocument {
  return { name: isBody ? 'body' : 'po.txt', mediaType: 'text/plain', method: 'text', pageCount: null, pages: [], text, monospace: true, isBody };
}

const GERMAN_PO = [
  'Bestellung',
  'Bestellnummer: 4711-2026',
  'Datum: 03.04.2026',
  '',
  'Lieferanschrift:',
  'Müller Maschinenbau GmbH',
  'Industriestraße 12',
  '70565 Stuttgart',
  '',
  'Artikelnummer   Bezeichnung          Menge   Einzelpreis   Gesamtpreis',
  '4711            Schraube M6          1.000   0,25          250,00',
  'Fracht                                                     12,50',
  '',
  'Zwischensumme                                              250,00',
  'Gesamtbetrag                                               262,50',
  '',
  'Bitte liefern Sie die Ware an die oben genannte Adresse. Vielen Dank für die gute Zusammenarbeit mit unserer Firma.',
].join('\n');

describe('readDocument and toDraftOrder', () => {
  it('reads a German PO: EU numbers, day-first dates, a freight row as shipping, the country from the language', () => {
    const r = readDocument(textDoc(GERMAN_PO), { sellerNames: [] });
    expect([r.style, r.dayFirst, r.language]).toEqual(['eu', true, 'de']);
    expect(toDraftOrder(r)).toEqual({
      poNumber: '4711-2026',
      orderDate: '2026-04-03',
      requestedDeliveryDate: null,
      buyer: { company: null, contactName: null, email: null, phone: null, customerId: null },
      shipTo: { name: 'Müller Maschinenbau GmbH', street: 'Industriestraße 12', city: 'Stuttgart', region: null, postalCode: '70565', country: 'DE' },
      billTo: null,
      currency: null,
      lines: [{ lineNo: null, sku: '4711', catalogSku: null, description: 'Schraube M6', quantity: 1000, unit: null, unitPrice: 0.25, amount: 250, confidence: 1 }],
      subtotal: 250,
      tax: null,
      shipping: 12.5,
      total: 262.5,
      paymentTerms: null,
      shippingMethod: null,
      notes: null,
    });
  });

  it('reads order lines from the prose of a mail body when it has no table', () => {
    const r = readDocument(textDoc('Hi,\n\nplease send 12 x AB-1234 and 3 boxes of cable ties CT-200.\n\nPO: 4500012345', true), { sellerNames: [] });
    const o = toDraftOrder(r);
    expect(o.poNumber).toBe('4500012345');
    expect(o.lines.map((l) => [l.quantity, l.unit, l.sku, l.description, l.confidence])).toEqual([
      [12, null, 'AB-1234', null, 0.85],
      [3, 'BOX', 'CT-200', 'cable ties', 0.85],
    ]);
  });

  it('reads no prose lines from a document that is not plain text', () => {
    const pdf: LayoutDocument = {
      name: 'po.pdf',
      mediaType: 'application/pdf',
      method: 'pdf-text',
      pageCount: 1,
      pages: [{ number: 1, width: 600, height: 800, words: [] }],
      text: 'please send 12 x AB-1234',
    };
    expect(readDocument(pdf, { sellerNames: [] }).items).toEqual([]);
  });

  it.each([
    ['one amount printed', 'Total: 35.00', { subtotal: 35, tax: null, shipping: null, total: 35 }],
    ['only a net value printed', 'Net value: 35.00', { subtotal: 35, tax: null, shipping: null, total: 35 }],
    ['subtotal, tax and total', 'Subtotal: 35.00\nSales tax: 2.80\nTotal: 37.80', { subtotal: 35, tax: 2.8, shipping: null, total: 37.8 }],
  ])('fills the totals from %s', (_, totals, expected) => {
    const text = [
      'Item No    Description    Qty    Unit Price    Amount',
      'AB-100     Hex bolt M8    10     1.50          15.00',
      'CT-200     Cable ties     5      4.00          20.00',
      '',
      totals,
    ].join('\n');
    const o = toDraftOrder(readDocument(textDoc(text), { sellerNames: [] }));
    expect({ subtotal: o.subtotal, tax: o.tax, shipping: o.shipping, total: o.total }).toEqual(expected);
  });

  it.each([
    ['a freight row', 'Freight                                 10.00\nTotal                                   45.00', { subtotal: 35, tax: null, shipping: 10, total: 45 }],
    ['a VAT row', 'VAT 8%                                  2.80\nTotal                                   37.80', { subtotal: 35, tax: 2.8, shipping: null, total: 37.8 }],
  ])('fills the totals from %s in the table and a total', (_, totals, expected) => {
    const text = [
      'Item No    Description    Qty    Unit Price    Amount',
      'AB-100     Hex bolt M8    10     1.50          15.00',
      'CT-200     Cable ties     5      4.00          20.00',
      totals,
    ].join('\n');
    const o = toDraftOrder(readDocument(textDoc(text), { sellerNames: [] }));
    expect({ subtotal: o.subtotal, tax: o.tax, shipping: o.shipping, total: o.total }).toEqual(expected);
  });
});

describe('toOrderLine and sumCharges', () => {
  it('rounds the confidence of a line to two places', () => {
    const item: ItemDraft = {
      lineNo: 1,
      sku: 'A-1',
      description: null,
      quantity: 2,
      unit: 'EA',
      unitPrice: 1,
      amount: 2,
      deliveryDate: null,
      confidence: 0.8333,
      page: 1,
      lineIndex: 0,
      issues: [],
    };
    expect(toOrderLine(item)).toEqual({ lineNo: 1, sku: 'A-1', catalogSku: null, description: null, quantity: 2, unit: 'EA', unitPrice: 1, amount: 2, confidence: 0.83 });
  });

  it('adds the charges of one kind across tables', () => {
    const table = (charges: { kind: 'shipping' | 'discount'; amount: number }[]) => ({
      items: [],
      charges: charges.map((c) => ({ ...c, label: c.kind })),
      start: 0,
      end: 0,
      columns: [],
    });
    const tables = [
      table([
        { kind: 'shipping', amount: 10.1 },
        { kind: 'discount', amount: -1 },
      ]),
      table([{ kind: 'shipping', amount: 2.2 }]),
    ];
    expect([sumCharges(tables, 'shipping'), sumCharges(tables, 'discount'), sumCharges(tables, 'tax')]).toEqual([12.3, -1, null]);
  });
});

describe('rows with no table header over them', () => {
  it('reads the rows of a printed order whose table has no header line, by their arithmetic', () => {
    // A PDF text layer: one word per cell, no "Qty | Price" line above the rows.
    const rows = [
      ['PURCHASE ORDER 55012'],
      ['1', 'FE-500-300', 'Stretch film 500 mm', '48', 'pce', '9.44', '453.12'],
      ['2', 'CT-200', 'Cable ties 200 mm black', '10', 'pk', '4.95', '49.50'],
      ['Total', '502.62'],
    ];
    const words = rows.flatMap((row, r) => {
      let x = 40;
      return row.map((cell) => {
        const w = { text: cell, x0: x, y0: 40 + r * 14, x1: x + cell.length * 5, y1: 50 + r * 14, conf: 1 };
        x += cell.length * 5 + 20;
        return w;
      });
    });
    const doc: LayoutDocument = {
      name: 'po.pdf',
      mediaType: 'application/pdf',
      method: 'pdf-text',
      pageCount: 1,
      text: rows.map((r) => r.join(' ')).join('\n'),
      pages: [{ number: 1, width: 600, height: 800, words }],
    };
    const items = readDocument(doc, { sellerNames: [] }).items;
    expect(items.map((i) => [i.lineNo, i.sku, i.description, i.quantity, i.unit, i.unitPrice, i.amount])).toEqual([
      [1, 'FE-500-300', 'Stretch film 500 mm', 48, 'PCE', 9.44, 453.12],
      [2, 'CT-200', 'Cable ties 200 mm black', 10, 'PK', 4.95, 49.5],
    ]);
    expect(items[0].issues).toEqual(['read without a table header: check the columns']);
  });
});

describe('the buyer phone', () => {
  it('is the phone under its own label beside the contact, not the switchboard in the letterhead', () => {
    const text = [
      'Elbtal Kunststofftechnik GmbH',
      'Amtsgericht Dresden HRA 4412 · Tel +49 621 926655-51 · www.elbtal.example',
      '',
      'Bestellung Nr. 871025',
      'Ansprechpartner: Svenja Engel',
      'Telefon: +49 621 178780-59',
      '',
      'Artikelnummer   Bezeichnung      Menge   Einzelpreis   Gesamtpreis',
      '4711            Schraube M6      100     0,25          25,00',
    ].join('\n');
    expect(toDraftOrder(readDocument(textDoc(text), { sellerNames: [] })).buyer.phone).toBe('+49 621 178780-59');
  });

  it("reads a mail body's rows that multiply out rather than the sentences around them", () => {
    const body = textDoc(
      [
        'Hallo,',
        '',
        'wir bestellen dringend (Bestellnr. KK-26-5081 vom 11.12.2026):',
        '',
        '3.000 ST  KP-MAIL-A4  Versandkarton A4 weiß mit Aufreißfaden  je 0,46 €  1.380,00 €',
        '3 ST  KPR-ZD421-DT  Etikettendrucker ZD421d, Thermodirekt  je 379,00 €  1.137,00 €',
        '',
        'Gesamt  2.517,00 €',
      ].join('\n'),
      true,
    );
    const r = readDocument(body, { sellerNames: [] });
    expect(r.items.map((i) => [i.sku, i.quantity, i.unitPrice, i.amount])).toEqual([
      ['KP-MAIL-A4', 3000, 0.46, 1380],
      ['KPR-ZD421-DT', 3, 379, 1137],
    ]);
    expect(toDraftOrder(r).poNumber).toBe('KK-26-5081');
    expect(toDraftOrder(r).orderDate).toBe('2026-12-11');
  });
});
