import { describe, expect, it } from 'vitest';
import { readDocument } from '../assemble/extract-document-order.ts';
import { findUnreadLabels, unreadBillToFindings, unreadLabelFindings } from './find-unread-labels.ts';
import { textDoc } from '../testing/layout-docs.ts';

const reading = (text: string) => readDocument(textDoc(text), { sellerNames: [] });
const empty = { shippingMethod: null, paymentTerms: null, requestedDeliveryDate: null };

describe('labels printed with a value that no field took', () => {
  it('names the label and its value beside it, after its colon, or under it in a row of labels', () => {
    const r = reading(['PURCHASE ORDER 4711', 'Ship Via: Palletways next day', '', 'Payment Terms      Delivery Date', '60 days net        week 14'].join('\n'));
    expect(findUnreadLabels(r, empty)).toEqual([
      { field: 'shippingMethod', label: 'Ship Via: Palletways next day', value: 'Palletways next day' },
      { field: 'paymentTerms', label: 'Payment Terms', value: '60 days net' },
      { field: 'requestedDeliveryDate', label: 'Delivery Date', value: 'week 14' },
    ]);
    const [f] = unreadLabelFindings(r, { ...empty, paymentTerms: '60 days net', requestedDeliveryDate: '2026-04-01' });
    expect([f.field, f.severity, f.message]).toEqual([
      'shippingMethod',
      'warn',
      'shipping method not read, though the order prints "Ship Via: Palletways next day" ("Palletways next day")',
    ]);
  });

  it('says nothing of a field that was read, a label left blank, or a word that names several things ("Shipping" is also a charge)', () => {
    const r = reading(['PURCHASE ORDER 4711', 'Ship Via:', '', 'Shipping   12.00', 'Terms      see overleaf'].join('\n'));
    expect(findUnreadLabels(r, empty)).toEqual([]);
    expect(findUnreadLabels(reading('Ship Via: UPS Ground'), { ...empty, shippingMethod: 'UPS Ground' })).toEqual([]);
  });
});

describe('a bill-to label with no bill-to read', () => {
  it('asks for a look when the order prints a bill-to block the draft does not have', () => {
    const r = reading(['PURCHASE ORDER 4711', 'Rechnungsadresse:', 'Maes Hydraulics NV', 'Kortrijksesteenweg 1120', '9051 Gent'].join('\n'));
    expect(unreadBillToFindings(r, { billTo: null }).map((f) => [f.field, f.message])).toEqual([
      ['billTo', 'bill-to address not read, though the order prints "Rechnungsadresse:"'],
    ]);
    expect(
      unreadBillToFindings(r, { billTo: { name: 'Maes Hydraulics NV', street: 'Kortrijksesteenweg 1120', city: 'Gent', region: null, postalCode: '9051', country: 'BE' } }),
    ).toEqual([]);
    expect(unreadBillToFindings(reading('PURCHASE ORDER 4711\nShip to:\nMaes NV'), { billTo: null })).toEqual([]);
  });
});
