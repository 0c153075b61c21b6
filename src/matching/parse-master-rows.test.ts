import { describe, expect, it } from 'vitest';
import { parseCatalogRows, parseCustomerRows, parseXrefRows } from './parse-master-rows.ts';

const item = { sku: 'a-1', description: 'Widget', unit: 'ea', unit_price: '2.50', currency: 'usd', stock_on_hand: '', gtin: '', price_gold: '2.2', extra: 'x' };

describe('parse master rows', () => {
  it('reads a catalogue row, its price lists, and rejects bad rows with the reason', () => {
    const parsed = parseCatalogRows([item, { ...item, sku: 'B', unit_price: 'n/a' }, { ...item }, { ...item, sku: 'C', gtin: '12' }]);
    expect(parsed.rows).toEqual([{ sku: 'A-1', description: 'Widget', unit: 'EA', unitPrice: 2.5, currency: 'USD', stockOnHand: null, gtin: null, prices: { gold: 2.2 } }]);
    expect(parsed.rejected).toEqual([
      { row: 2, reason: 'unit_price is not a number' },
      { row: 3, reason: 'A-1 appears twice; the first row is kept' },
      { row: 4, reason: 'gtin is not 8 to 14 digits' },
    ]);
  });

  it('refuses a file without the required columns', () => {
    expect(parseXrefRows([{ customer_id: 'C', sku: 'A' }]).missingColumns).toEqual(['customer_sku', 'unit_factor']);
  });

  it('splits e-mail domains and addresses on semicolons', () => {
    const parsed = parseCustomerRows([{ customer_id: 'C-1', name: 'N', email_domains: 'n.example; @m.example', emails: 'A@x.example', auto_approve: 'yes' }]);
    expect(parsed.rows[0]).toMatchObject({ emailDomains: ['n.example', 'm.example'], emails: ['a@x.example'], autoApprove: true });
  });

  it('defaults the pack factor to 1 and refuses 0', () => {
    const parsed = parseXrefRows([
      { customer_id: 'C', customer_sku: 'X', sku: 'a', unit_factor: '' },
      { customer_id: 'C', customer_sku: 'Y', sku: 'a', unit_factor: '0' },
    ]);
    expect(parsed.rows[0]).toMatchObject({ sku: 'A', unitFactor: 1 });
    expect(parsed.rejected[0]).toEqual({ row: 2, reason: 'unit_factor must be above 0' });
  });
});
