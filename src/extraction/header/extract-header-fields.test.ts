import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../domain/layout.ts';
import { acceptPhone, acceptPoNumber, extractHeaderFields, type HeaderContext, type HeaderFields } from './extract-header-fields.ts';
import { toLayoutLines } from '../reading/to-layout-lines.ts';
import { textDoc } from '../testing/layout-docs.ts';

function fieldsOf(text: string, ctx: Partial<HeaderContext> = {}): HeaderFields {
  return extractHeaderFields(toLayoutLines(textDoc(text)), { style: null, dayFirst: null, country: null, tableEnd: 0, text, ...ctx });
}

/** The values found, without evidence; totals as plain numbers. */
function valuesOf(f: HeaderFields) {
  const { totals, ...rest } = f;
  return {
    ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v?.value ?? null])),
    totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v?.value])),
  };
}

describe('acceptPoNumber', () => {
  it.each([
    ['4500012345', '4500012345'],
    ['PO-2026-0504', 'PO-2026-0504'],
    ['#4711', '4711'],
    ['4500187276.', '4500187276'],
    ['BC/2026/17 dated 9 March', 'BC/2026/17'],
    ['X12', null],
    ['12', null],
    ['Date', null],
    ['12/03/2026', null],
    ['118/12/2026', '118/12/2026'],
    ['12.03.26', null],
    ['2026-03-12', null],
    ['+49 711 123456', null],
    ['(555) 123-4567', null],
    ['+1 555 123 4567', null],
  ])('%j -> %j', (text, expected) => {
    expect(acceptPoNumber(text)).toBe(expected);
  });
});

describe('acceptPhone', () => {
  it.each([
    ['+49 711 123456', '+49 711 123456'],
    ['(555) 123-4567', '(555) 123-4567'],
    [': 0711/123-456', '0711/123-456'],
    ['12345', null],
    ['n/a', null],
  ])('%j -> %j', (text, expected) => {
    expect(acceptPhone(text)).toBe(expected);
  });
});

describe('extractHeaderFields', () => {
  it('reads the labelled fields of a PO header', () => {
    const text = [
      'PURCHASE ORDER',
      'PO Number: 4500012345          Order Date: 09.03.2026',
      'Delivery Date: 20.03.2026      Payment Terms: Net 30',
      'Ship Via: UPS Ground           Currency: EUR',
      'Buyer: Mr. John Smith          Phone: +49 711 123456',
    ].join('\n');
    expect(valuesOf(fieldsOf(text, { dayFirst: true }))).toEqual({
      poNumber: '4500012345',
      orderDate: '2026-03-09',
      requestedDeliveryDate: '2026-03-20',
      paymentTerms: 'Net 30',
      shippingMethod: 'UPS Ground',
      contactName: 'John Smith',
      phone: '+49 711 123456',
      currency: 'EUR',
      totals: {},
    });
  });

  it.each([
    [true, '2026-04-03'],
    [false, '2026-03-04'],
  ])('reads an ambiguous order date day-first = %s', (dayFirst, expected) => {
    expect(fieldsOf('Order Date: 03/04/2026', { dayFirst }).orderDate?.value).toBe(expected);
  });

  it.each([
    ['a date line at the top of a letter', 'Reading, 10 March 2026\n\nDear Sirs,', 'orderDate', '2026-03-10'],
    ['a delivery phrase in a sentence', 'Please deliver by 31 March 2026.', 'requestedDeliveryDate', '2026-03-31'],
    ['a German delivery phrase', 'Bitte liefern bis zum 31.03.2026.', 'requestedDeliveryDate', '2026-03-31'],
    ['a French delivery label', 'Livraison souhaitée : 31/03/2026', 'requestedDeliveryDate', '2026-03-31'],
    ['payment terms written as a pattern', 'Terms: 2/10 Net 30', 'paymentTerms', '2/10 Net 30'],
    ['a carrier named anywhere', 'Please send it with DHL Express.', 'shippingMethod', 'DHL Express'],
    ['the currency of the amounts', 'Prices in £. 12 x AB-1 at £3.00', 'currency', 'GBP'],
  ] as const)('reads %s', (_, text, field, expected) => {
    const f = fieldsOf(text, { dayFirst: true, prose: true, reference: new Date('2026-03-10T00:00:00Z') });
    expect(f[field]?.value).toBe(expected);
  });

  it('does not take a date or a phone number printed under the title for the PO number', () => {
    expect(fieldsOf('PURCHASE ORDER\n12/03/2026\n\nPO Number: 4500012345').poNumber?.value).toBe('4500012345');
    expect(fieldsOf('PURCHASE ORDER\n+1 555 123 4567\n\nPO Number: 4500012345').poNumber?.value).toBe('4500012345');
  });

  it('does not take a US phone number under the title for the PO number', () => {
    expect(acceptPoNumber('555-123-4567')).toBeNull();
    expect(fieldsOf('PURCHASE ORDER\n555-123-4567\n\nPO Number: 4500012345').poNumber?.value).toBe('4500012345');
  });

  it.each([
    ['EU', 'Subtotal   1.234,50\nMwSt. 19%   234,56\nVersandkosten   15,00\nGesamtbetrag   1.484,06 EUR', 'eu', { subtotal: 1234.5, tax: 234.56, shipping: 15, total: 1484.06 }],
    ['US', 'Sub-total: $1,234.50\nSales Tax: $98.76\nFreight: $25.00\nTotal: $1,358.26', 'us', { subtotal: 1234.5, tax: 98.76, shipping: 25, total: 1358.26 }],
  ] as const)('reads %s totals below the table', (_, text, style, expected) => {
    expect(valuesOf(fieldsOf(text, { style })).totals).toEqual(expected);
  });

  it('reads totals only from the table end on', () => {
    const f = fieldsOf('Total: 99.00\nItem  Qty\nTotal: 15.00', { style: 'us', tableEnd: 2 });
    expect(f.totals.total).toEqual({ value: 15, lineIndex: 2, page: 1, confidence: 0.9, rule: 'label "total"' });
  });

  it('does not read the "Shipping & Handling" charge as the shipping method', () => {
    const f = fieldsOf('Subtotal: $100.00\nShipping & Handling: $25.00\nTotal: $125.00', { style: 'us', tableEnd: 0 });
    expect(f.totals.shipping?.value).toBe(25);
    expect(f.shippingMethod).toBeNull();
  });

  it.each([
    ['Hi, here is our new PO 19204.', '19204'],
    ['Order reference PF78742', 'PF78742'],
    ['nuestro pedido PC-19265', 'PC-19265'],
    ['Attached is purchase order PO-2026-0504.', 'PO-2026-0504'],
  ])('reads a PO number inside a sentence of a mail body: %j', (text, expected) => {
    expect(fieldsOf(text, { prose: true }).poNumber).toMatchObject({ value: expected, confidence: 0.8, rule: 'PO number in a sentence' });
  });

  it('reads no PO number from sentences outside a mail body', () => {
    expect(fieldsOf('Hi, here is our new PO 19204.').poNumber).toBeNull();
  });

  it('reads "PO-2026-0504" whole inside a sentence', () => {
    expect(fieldsOf('Please find attached PO-2026-0504 for processing.', { prose: true }).poNumber?.value).toBe('PO-2026-0504');
  });
});

describe('extractHeaderFields: dates and people written in sentences', () => {
  it.each([
    ['Here is our order KX-4410 dated 09/03/2027, please confirm.', '2027-03-09'],
    ['bitte liefern Sie zu unserer Bestellung 88-1702 vom 04.02.2027:', '2027-02-04'],
    ["Vi inviamo l'ordine OR-551 del 12/02/2027:", '2027-02-12'],
  ])('the order date after the order reference: %j', (text, iso) => {
    expect(fieldsOf(text, { dayFirst: true, prose: true }).orderDate?.value).toBe(iso);
  });

  it.each([
    ['Voici notre commande, livraison souhaitée le 2027-04-02.', '2027-04-02'],
    ['Stock order attached. Need date 21/04/2027 please.', '2027-04-21'],
  ])('the delivery date after a phrase or a label inside a sentence: %j', (text, iso) => {
    expect(fieldsOf(text, { dayFirst: true, prose: true }).requestedDeliveryDate?.value).toBe(iso);
  });

  it.each(['Attn: Accounts Payable', 'Contact: Purchasing Dept.', 'Ansprechpartner: Einkauf'])('a department is no contact: %j', (text) => {
    expect(fieldsOf(text).contactName).toBeNull();
  });

  it.each([
    ['Buyer: Ellis, Morgan', 'Morgan Ellis'],
    ['Contact person    Denise Kowalczyk', 'Denise Kowalczyk'],
  ])('the contact as a letter writes it, under the longest label: %j', (text, name) => {
    expect(fieldsOf(text).contactName?.value).toBe(name);
  });

  it("payment terms keep their discount percent and the days in the buyer's language", () => {
    expect(fieldsOf('Zahlung: Vorkasse 2 % Skonto – bitte Proforma schicken.').paymentTerms?.value).toBe('Vorkasse 2 % Skonto');
    expect(fieldsOf('14 Tage 2 % Skonto, 30 Tage netto').paymentTerms?.value).toBe('14 Tage 2 % Skonto, 30 Tage netto');
    expect(fieldsOf('Conditions : Net 30 jours.').paymentTerms?.value).toBe('Net 30 jours');
  });

  it('a delivery-date label in a sentence gives the date after its verb; "REQ SHIP" is a requested date', () => {
    expect(fieldsOf('La fecha de recepción prevista es el 15/12/2026.').requestedDeliveryDate?.value).toBe('2026-12-15');
    expect(fieldsOf('PO NUMBER: 0088412\tORDER DATE: 12/04/26\tREQ SHIP: 12/21/26').requestedDeliveryDate?.value).toBe('2026-12-21');
  });

  it('a street read after the label "Via" is no shipping method', () => {
    expect(fieldsOf('Via Garibaldi, 41\n20121 Milano').shippingMethod).toBeNull();
    expect(fieldsOf("Via dell'Industria 23\n20900 Monza").shippingMethod).toBeNull();
    expect(fieldsOf("Via dell'Industria 27 · 24040 Stezzano (BG) · Italia").shippingMethod).toBeNull();
    expect(fieldsOf('Via Roma 5 24040 Stezzano').shippingMethod).toBeNull();
    expect(fieldsOf('Ship Via: DHL Freight').shippingMethod?.value).toBe('DHL Freight');
    expect(fieldsOf('Shipment Method: Kestrel truck').shippingMethod?.value).toBe('Kestrel truck');
    expect(fieldsOf('Terms: Net 30\nShipped by: Day & Ross').shippingMethod?.value).toBe('Day & Ross');
  });

  it('a labelled value beside its colon is the value; the sentence on the next line never is', () => {
    const text = [
      'Delivery Date:    06.11.2026       Terms of Payment:   30 days net',
      'Shipping Method:  Forwarder        Incoterms:          DAP Krefeld',
      'Please deliver the following items:',
    ].join('\n');
    expect(fieldsOf(text).shippingMethod?.value).toBe('Forwarder');
    // A value that is itself a label word ("Transporteur") is not read; the line below is not taken instead.
    expect(fieldsOf('Mode de livraison:   Transporteur\nMerci de bien vouloir nous livrer :').shippingMethod).toBeNull();
  });

  it('a rate is no shipping method ("Tax 20%" under a shipping label)', () => {
    expect(fieldsOf('Shipping method\nTax 20%').shippingMethod).toBeNull();
  });
});
