import { describe, expect, it } from 'vitest';
import { readPricedRows } from './read-priced-rows.ts';
import { toLayoutLines } from '../reading/to-layout-lines.ts';
import { pdfDoc, textDoc } from '../testing/layout-docs.ts';

const pick = (i: {
  sku: string | null;
  description: string | null;
  quantity: number;
  unit: string | null;
  unitPrice: number | null;
  amount: number | null;
  deliveryDate: string | null;
}) => ({ sku: i.sku, description: i.description, quantity: i.quantity, unit: i.unit, unitPrice: i.unitPrice, amount: i.amount, deliveryDate: i.deliveryDate });

describe('readPricedRows: rows with no header, read by their arithmetic', () => {
  it('takes the quantity where quantity x price = amount, before the price or opening the row', () => {
    const body = textDoc(
      [
        '3.000 ST  KP-MAIL-A4  Versandkarton A4 weiß  je 0,46 €  1.380,00 €',
        '100 RL  KL-100X150-DT  Versandetiketten 100 x 150 mm  je 7,10 €  710,00 €',
        'Gesamt  2.090,00 €',
      ].join('\n'),
    );
    expect(readPricedRows(toLayoutLines(body), 'eu').map(pick)).toEqual([
      { sku: 'KP-MAIL-A4', description: 'Versandkarton A4 weiß', quantity: 3000, unit: 'ST', unitPrice: 0.46, amount: 1380, deliveryDate: null },
      { sku: 'KL-100X150-DT', description: 'Versandetiketten 100 x 150 mm', quantity: 100, unit: 'RL', unitPrice: 7.1, amount: 710, deliveryDate: null },
    ]);
  });

  it("joins the wrapped lines of a description under it, and takes a date cell as the line's delivery date", () => {
    const page = pdfDoc([
      [
        [40, '1'],
        [70, 'KP-1510'],
        [120, 'Food-grade carton 15 x 10'],
        [350, '22-DEC-26'],
        [410, '4,000 EA'],
        [495, '1.18'],
        [531, '4,720.00'],
      ],
      [[120, 'in, bleached, with lid']],
      [
        [40, '2'],
        [70, 'KL-2X1'],
        [120, 'Thermal labels 2 x 1 in'],
        [350, '29-DEC-26'],
        [425, '60 RL'],
        [495, '8.95'],
        [540, '537.00'],
      ],
      [
        [440, 'Total:'],
        [511, '5,257.00'],
      ],
    ]);
    expect(readPricedRows(toLayoutLines(page), 'us').map(pick)).toEqual([
      { sku: 'KP-1510', description: 'Food-grade carton 15 x 10 in, bleached, with lid', quantity: 4000, unit: 'EA', unitPrice: 1.18, amount: 4720, deliveryDate: '2026-12-22' },
      { sku: 'KL-2X1', description: 'Thermal labels 2 x 1 in', quantity: 60, unit: 'RL', unitPrice: 8.95, amount: 537, deliveryDate: '2026-12-29' },
    ]);
  });

  it('reads no row whose numbers do not multiply out', () => {
    expect(readPricedRows(toLayoutLines(textDoc('Invoice 4711  Hamburg 22113  12.50  99.00')), 'us')).toEqual([]);
  });
});
