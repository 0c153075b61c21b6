import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStructured, sniffStructured } from './read-structured.ts';

const SAMPLES = join(import.meta.dirname, '../../samples/structured');
const read = (name: string) => readStructured(readFileSync(join(SAMPLES, name), 'utf8'))!;

describe('sniffStructured: found by content, not by name', () => {
  it('tells the formats apart from their first characters', () => {
    expect(sniffStructured('ISA*00*...')).toBe('x12');
    expect(sniffStructured("UNA:+.? 'UNB+...")).toBe('edifact');
    expect(sniffStructured('UNB+UNOC:3+...')).toBe('edifact');
    expect(sniffStructured('<?xml version="1.0"?>\n<!DOCTYPE cXML SYSTEM "cXML.dtd">\n<cXML>')).toBe('cxml');
    expect(sniffStructured('<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2">')).toBe('ubl');
    expect(sniffStructured('<html><body>order</body></html>')).toBeNull();
    expect(sniffStructured('Please send 12 x AB-1 ISA')).toBeNull();
    expect(sniffStructured('UNBEKANNT: please send')).toBeNull();
    expect(sniffStructured('ISA: please call me back')).toBeNull();
    expect(sniffStructured('UNAVAILABLE items are backordered')).toBeNull();
    expect(sniffStructured('UNB+ please')).toBeNull();
    expect(sniffStructured('<?xml version="1.0"?><note>hi</note>')).toBe('xml');
  });

  it('reads other XML as text (null), refusing only one that declares entities', () => {
    expect(readStructured('<?xml version="1.0"?><note><unclosed></note>')).toBeNull();
    expect(() => readStructured('<?xml version="1.0"?><!DOCTYPE n [<!ENTITY e "x">]><note>&e;</note>')).toThrow(/declares entities/);
  });
});

describe('readCxml', () => {
  it('reads an OrderRequest: header, parties, credentials, lines, money', () => {
    const r = read('cxml-order-request.xml');
    const o = r.orders[0];
    expect(o).toMatchObject({
      format: 'cxml',
      documentType: 'OrderRequest',
      notOrder: null,
      poNumber: 'HVH-PO-208811',
      orderDate: '2026-01-15',
      requestedDeliveryDate: '2026-01-29',
      currency: 'USD',
      paymentTerms: 'Net 45',
      tax: 90.21,
      lineTotal: 1096.5,
      total: 1231.71,
    });
    expect(o.parties.find((p) => p.role === 'buyer')).toMatchObject({
      ids: [
        { scheme: 'ariba', value: 'AN01000123456' },
        { scheme: 'duns', value: '128445309' },
      ],
      contactName: 'Priya Raman',
      phone: '+1 510 555-0187',
    });
    expect(o.lines[2]).toMatchObject({
      lineNo: 3,
      supplierPartNumber: 'NW-SCR-8x40',
      buyerPartNumber: 'HVH-102004',
      quantity: 150,
      unitCode: 'C62',
      unitPrice: 1.93,
      amount: 289.5,
    });
    expect(o.charges).toEqual([{ kind: 'charge', what: 'freight', label: 'FedEx Ground', amount: 45 }]);
    expect(r.sender).toEqual({ ids: [{ scheme: 'ariba', value: 'AN01000123456' }], sharedSecret: 'harbor-s3cret' });
  });

  it('keeps the shared secret out of the rows shown on the desk', () => {
    const rows = read('cxml-order-request.xml').rows;
    expect(rows.join('\n')).not.toContain('harbor-s3cret');
    expect(rows).toContain('Header/Sender/Credential/SharedSecret: (hidden)');
  });

  it('calls a punch-out cart no order', () => {
    expect(read('cxml-punchout-cart.xml').orders[0].notOrder).toMatch(/punch-out cart/);
  });
});

describe('readUbl', () => {
  it('reads a Peppol BIS Order 3: GLNs by scheme 0088, delivery, allowances and charges, base quantity', () => {
    const o = read('ubl-order-peppol.xml').orders[0];
    expect(o).toMatchObject({
      version: 'UBL 2 (Peppol BIS Order 3)',
      poNumber: 'BST-2026-0391',
      requestedDeliveryDate: '2026-02-16',
      tax: 81.7,
      lineTotal: 424,
      total: 511.7,
      paymentTerms: '30 Tage netto',
    });
    expect(o.parties.find((p) => p.role === 'buyer')?.ids).toEqual([
      { scheme: 'gln', value: '4000001123452' },
      { scheme: 'gln', value: '4000001123452' },
    ]);
    expect(o.parties.find((p) => p.role === 'shipTo')?.address).toMatchObject({ name: 'Stadtwerke Falkenau Betriebshof', street: 'Gewerbering 15\nHalle 3' });
    expect(o.charges.map((c) => [c.kind, c.what, c.amount])).toEqual([
      ['charge', 'freight', 18],
      ['allowance', 'other', 12],
    ]);
    expect(o.lines[1]).toMatchObject({ unitCode: 'PR', unitPrice: 3, amount: 180, amountStated: true });
    expect(o.lines[0].gtin).toBe('4006381333962');
  });

  it('calls a RequestForQuotation no order', () => {
    expect(read('ubl-request-for-quotation.xml').orders[0].notOrder).toMatch(/request for quotation/);
  });
});

describe('readX12Orders (850)', () => {
  it('reads a 4010 850: BEG, PER, ITD, DTM, TD5, N1 loops, PO1 ids, header SAC, CTT', () => {
    const o = read('x12-850-4010.edi').orders[0];
    expect(o).toMatchObject({
      version: 'X12 004010',
      poNumber: '4500012345',
      orderDate: '2026-01-15',
      requestedDeliveryDate: '2026-01-26',
      currency: 'USD',
      paymentTerms: '2% 10 days, Net 30',
      shippingMethod: 'UPS Ground',
      statedLineCount: 3,
    });
    expect(o.parties.find((p) => p.role === 'buyer')).toMatchObject({
      ids: [
        { scheme: 'duns', value: '123456789' },
        { scheme: 'x12:ZZ', value: 'LAKEVIEWGROC' },
      ],
      contactName: 'Dana Whitfield',
    });
    expect(o.parties.find((p) => p.role === 'shipTo')?.address).toEqual({
      name: 'Lakeview Grocers DC 4',
      street: '2200 Distribution Way\nDock 7',
      city: 'Joliet',
      region: 'IL',
      postalCode: '60431',
      country: 'US',
    });
    expect(o.lines[0]).toMatchObject({
      buyerPartNumber: 'LG-55012',
      supplierPartNumber: 'NW-CT200',
      gtin: '012345678905',
      unitCode: 'CA',
      quantity: 24,
      unitPrice: 18.75,
      amount: 450,
      description: 'Cable ties 200 mm black, case of 1000',
    });
    // SAC05 has two implied decimals: 2500 is 25.00.
    expect(o.charges).toEqual([{ kind: 'charge', what: 'freight', label: 'Freight', amount: 25 }]);
  });

  it('reads a 5010 850 with other separators, a line allowance and AMT', () => {
    const o = read('x12-850-5010.x12').orders[0];
    expect(o).toMatchObject({ version: 'X12 005010', poNumber: 'PO-77310', total: 175, notes: 'Deliver to receiving dock, rear entrance' });
    expect(o.lines[1].charges).toEqual([{ kind: 'allowance', what: 'other', label: 'Promotional allowance', amount: 12 }]);
    expect(o.parties.find((p) => p.role === 'buyer')?.ids[0]).toEqual({ scheme: 'gln', value: '0614141000012' });
  });
});

describe('readEdifactOrders', () => {
  it('reads an EANCOM D.96A ORDERS: NAD with GLNs, CTA/COM, ALC/MOA, LIN/PIA/IMD/QTY/PRI, summary MOA', () => {
    const o = read('edifact-orders-d96a.edi').orders[0];
    expect(o).toMatchObject({
      version: 'EDIFACT D.96A EAN008',
      poNumber: 'ORD-2026-0117',
      orderDate: '2026-01-20',
      requestedDeliveryDate: '2026-01-30',
      currency: 'EUR',
      paymentTerms: 'Net 30',
      lineTotal: 128.6,
      tax: 31.09,
      total: 194.69,
      statedLineCount: 2,
    });
    expect(o.notes).toBe("Please deliver between 8 and 12 o'clock");
    expect(o.parties.find((p) => p.role === 'buyer')).toMatchObject({
      ids: [
        { scheme: 'gln', value: '4012345000009' },
        { scheme: 'gln', value: '4012345000009' },
      ],
      contactName: 'Jonas Weber',
      email: 'einkauf@kaufhaus-brenner.example',
    });
    expect(o.lines[0]).toMatchObject({
      gtin: '4006381333931',
      supplierPartNumber: 'NW-MK-200',
      buyerPartNumber: 'KB-88120',
      quantity: 40,
      unitCode: 'PCE',
      unitPrice: 2.45,
      amount: 98,
    });
    expect(o.charges).toEqual([{ kind: 'charge', what: 'freight', label: 'freight', amount: 35 }]);
  });

  it('reads a D.01B rush order without UNA on one line, a price per 10', () => {
    const o = read('edifact-orders-d01b.edi').orders[0];
    expect(o).toMatchObject({ version: 'EDIFACT D.01B', poNumber: '77-4410', orderDate: '2026-02-10', rush: 'rush order (BGM 224)' });
    expect(o.lines[1]).toMatchObject({ unitPrice: 125, quantity: 20, amount: 2500 });
  });
});

describe('readCiiOrder (Order-X)', () => {
  it('reads a UN/CEFACT cross-industry order: parties by GLN, line sums, logistics charge, dates in format 102', () => {
    const o = read('cii-order-x.xml').orders[0];
    expect(o).toMatchObject({
      format: 'cii',
      notOrder: null,
      poNumber: 'CMD-2026-8812',
      orderDate: '2026-03-04',
      requestedDeliveryDate: '2026-03-16',
      currency: 'EUR',
      lineTotal: 491.6,
      tax: 101.32,
      total: 607.92,
      paymentTerms: '30 jours fin de mois',
    });
    expect(o.parties.find((p) => p.role === 'buyer')).toMatchObject({
      ids: [{ scheme: 'gln', value: '3012345000004' }],
      contactName: 'Claire Fabre',
      address: { name: 'Ateliers Lemoine SAS', city: 'Lyon', postalCode: '69007', country: 'FR' },
    });
    expect(o.lines[0]).toMatchObject({
      supplierPartNumber: 'NW-GL-M',
      buyerPartNumber: 'ATL-5501',
      gtin: '3012345000011',
      unitCode: 'BX',
      quantity: 40,
      unitPrice: 9.5,
      amount: 380,
    });
    expect(o.charges).toEqual([{ kind: 'charge', what: 'freight', label: 'Frais de port', amount: 15 }]);
  });
});

describe('broken envelopes and hostile XML: one line each', () => {
  for (const name of [
    'broken-x12-isa-length.edi',
    'broken-x12-se-count.edi',
    'broken-x12-no-iea.edi',
    'broken-x12-separators.edi',
    'broken-edifact-no-unz.edi',
    'broken-edifact-unt-count.edi',
    'broken-edifact-una.edi',
    'broken-xml-xxe.xml',
    'broken-xml-billion-laughs.xml',
  ]) {
    it(name, () => {
      const truth = JSON.parse(readFileSync(join(SAMPLES, `${name}.truth.json`), 'utf8')) as { error: string };
      expect(() => read(name)).toThrow(truth.error);
      expect(truth.error).not.toContain('\n');
    });
  }
});
