import { describe, expect, it } from 'vitest';
import { readDocument, toDraftOrder } from '../assemble/extract-document-order.ts';
import { findUnplacedDates, unplacedDateFindings } from './find-unplaced-dates.ts';
import { textDoc } from '../testing/layout-docs.ts';

const po = (extra: string) =>
  [
    'PURCHASE ORDER',
    'PO Number: 4711-22',
    'Order Date: 10/05/2026',
    extra,
    '',
    'Item No    Description          Qty    Unit Price    Amount    Ship Date',
    'AB-100     Hex bolt M8          10     1.50          15.00     10/28/2026',
    '',
    'Total: 15.00',
  ].join('\n');

const reading = (text: string) => readDocument(textDoc(text), { sellerNames: [] });

describe('dates on the order that no field took', () => {
  it('names a date under a label the reader does not know, so the draft waits for a person', () => {
    // "Dock appointment" is no delivery-date label the lexicon knows.
    const r = reading(po('Dock appointment: 10/21/2026'));
    const order = toDraftOrder(r);
    expect(order.orderDate).toBe('2026-10-05');
    expect(findUnplacedDates(r, order)).toEqual([{ iso: '2026-10-21', line: 'Dock appointment: 10/21/2026' }]);
    const [f] = unplacedDateFindings(r, order);
    expect([f.severity, f.field, f.message]).toEqual(['warn', 'requestedDeliveryDate', 'a date on the order is in no field: 2026-10-21 ("Dock appointment: 10/21/2026")']);
  });

  it("counts the order date, the delivery date, the lines' dates and a page footer's print date as placed", () => {
    const r = reading(po('Required Date: 10/21/2026\nPrinted 10/05/2026 14:02 - Page 1 of 1'));
    const order = toDraftOrder(r);
    expect(order.requestedDeliveryDate).toBe('2026-10-21');
    expect(unplacedDateFindings(r, order)).toEqual([]);
  });
});
