import { describe, expect, it } from 'vitest';
import { DraftError } from '../../store/draft-error.ts';
import { parseDraftForm } from './parse-draft-form.ts';

const base = {
  version: '3',
  poNumber: ' PO-9 ',
  notes: '',
  'buyer.company': 'Acme',
  subtotal: '1,234.50',
  'lines.0.sku': 'A',
  'lines.0.quantity': '2',
  'lines.0.unit': 'ea',
  'lines.0.unitPrice': '3,5',
  'lines.0.amount': '7',
  'lines.0.confidence': '0.8',
  'lines.0.lineNo': '10',
  'lines.1.sku': 'B',
  'lines.1.quantity': '1',
  'lines.1.confidence': '1',
};

describe('parseDraftForm', () => {
  it('reads paths into a patch: trimmed text, empty as null, EU and US numbers, upper-case units', () => {
    const form = parseDraftForm(base);
    expect(form.version).toBe(3);
    expect(form.patch).toMatchObject({ poNumber: 'PO-9', notes: null, subtotal: 1234.5, buyer: { company: 'Acme' } });
    expect(form.patch.lines![0]).toEqual({ lineNo: 10, sku: 'A', catalogSku: null, description: null, quantity: 2, unit: 'EA', unitPrice: 3.5, amount: 7, confidence: 0.8 });
  });

  it('applies the pressed line button: add, remove, move', () => {
    expect(parseDraftForm({ ...base, op: 'add-line' }).patch.lines).toHaveLength(3);
    expect(parseDraftForm({ ...base, op: 'remove:0' }).patch.lines!.map((l) => l.sku)).toEqual(['B']);
    expect(parseDraftForm({ ...base, op: 'down:0' }).patch.lines!.map((l) => l.sku)).toEqual(['B', 'A']);
    expect(parseDraftForm({ ...base, op: 'up:0' }).patch.lines!.map((l) => l.sku)).toEqual(['A', 'B']);
  });

  it('refuses a form without a version and a number that is not one', () => {
    expect(() => parseDraftForm({ ...base, version: '' })).toThrow(DraftError);
    expect(() => parseDraftForm({ ...base, 'lines.0.quantity': '2 boxes' })).toThrow(/line 1 quantity: '2 boxes' is not a number/);
  });

  it("reads the addresses in the parts posted (a textarea's CRLF as newlines) and where each line was", () => {
    const form = parseDraftForm({
      ...base,
      'shipTo.name': ' Dock 4 ',
      'shipTo.street': '1 Way\r\nUnit 2',
      'shipTo.country': 'us',
      'billTo.city': '',
      'lines.0.origin': '1',
      'lines.1.origin': '',
      op: 'up:1',
    });
    expect(form.patch.shipTo).toEqual({ name: 'Dock 4', street: '1 Way\nUnit 2', country: 'US' });
    expect(form.patch.billTo).toEqual({ city: null });
    expect(form.patch.lines!.map((l) => l.sku)).toEqual(['B', 'A']);
    expect(form.lineOrigins).toEqual([null, 1]);
    expect(parseDraftForm(base).patch.shipTo).toBeUndefined();
  });
});
