import { describe, expect, it } from 'vitest';
import { groundModelFindings, numbersIn } from './ground-model-findings.ts';
import { modelFindings, modelLine } from '../testing/model-findings.ts';

const TEXT = `PURCHASE ORDER  PO Number: PO-4500101  Date: 2026-03-02
Acme Tools GmbH, Hafenstr. 5, 20457 Hamburg
Item       Description        Qty   Unit Price   Amount
SH-L2216   Housing, large     12    1.234,50     14.814,00
Total 14.814,00 EUR`;

describe('numbersIn', () => {
  it('reads each number both US and European way', () => {
    expect(numbersIn('1.234,50 and 12')).toEqual(expect.arrayContaining([1234.5, 12]));
  });
});

describe('groundModelFindings', () => {
  it('keeps values printed in the text, whatever their spacing or case', () => {
    const f = modelFindings({
      poNumber: 'po-4500101',
      orderDate: '2026-03-02',
      lines: [modelLine({ sku: 'SH L2216', quantity: 12, unitPrice: 1234.5, amount: 14814 })],
      total: 14814,
    });
    const g = groundModelFindings(f, { text: TEXT });
    expect(g.dropped).toEqual([]);
    expect(g.findings.lines).toHaveLength(1);
    expect(g.findings.total).toBe(14814);
  });

  it('drops an invented PO number, SKU row and price, and says so', () => {
    const f = modelFindings({
      poNumber: 'PO-999',
      lines: [modelLine({ sku: 'XX-1', quantity: 12 }), modelLine({ sku: 'SH-L2216', quantity: 12, unitPrice: 99.99 })],
    });
    const g = groundModelFindings(f, { text: TEXT });
    expect(g.findings.poNumber).toBeNull();
    expect(g.findings.lines).toEqual([modelLine({ sku: 'SH-L2216', quantity: 12, unitPrice: null })]);
    expect(g.dropped).toEqual([
      'model\'s PO number "PO-999" is not in the document (dropped)',
      'model\'s line 1 item number "XX-1" is not in the document (dropped)',
      "model's line 2 unit price 99.99 is not in the document (dropped)",
    ]);
  });

  it('drops a row whose quantity is not printed', () => {
    const g = groundModelFindings(modelFindings({ lines: [modelLine({ sku: 'SH-L2216', quantity: 10000 })] }), { text: TEXT });
    expect(g.findings.lines).toEqual([]);
    expect(g.dropped).toEqual(["model's line 1 quantity 10000 is not in the document (dropped)"]);
  });

  it('drops dates the text does not print and address parts it does not contain', () => {
    const f = modelFindings({
      orderDate: '2026-04-01',
      shipTo: { name: 'Acme Tools GmbH', street: 'Evil Road 1', city: 'Hamburg', region: null, postalCode: '20457', country: 'DE' },
    });
    const g = groundModelFindings(f, { text: TEXT });
    expect(g.findings.orderDate).toBeNull();
    expect(g.findings.shipTo).toEqual({ name: 'Acme Tools GmbH', street: null, city: 'Hamburg', region: null, postalCode: '20457', country: 'DE' });
    expect(g.dropped).toHaveLength(2);
  });
});
