import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CorruptRowError, parseJsonColumn, readAnyJson, readCustomerJson, readPricesJson } from './parse-row.ts';

const place = { table: 'things', id: 7, column: 'thing_json' };

describe('parseJsonColumn', () => {
  it('returns the stored value as it is when it fits, unknown keys kept', () => {
    const schema = z.object({ a: z.number() });
    expect(parseJsonColumn(schema, '{"a":1,"extra":true}', place)).toEqual({ a: 1, extra: true });
  });

  it('names the table, id and column of text that is not JSON', () => {
    expect(() => parseJsonColumn(z.unknown(), '{"a":', place)).toThrow(/^corrupt row in things \(id 7\): thing_json is not JSON \(/);
  });

  it('names the first wrong fields of JSON that does not fit', () => {
    let caught: unknown;
    try {
      parseJsonColumn(z.object({ a: z.number(), b: z.object({ c: z.string() }) }), '{"a":"x","b":{}}', place);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CorruptRowError);
    expect(caught).toMatchObject({ code: 'internal', retryable: false, table: 'things', rowId: '7' });
    expect((caught as Error).message).toMatch(/^corrupt row in things \(id 7\): thing_json does not fit its schema: a: .*; b\.c: /);
  });
});

describe('the store columns', () => {
  it('reads prices and customers, and refuses damaged ones', () => {
    expect(readPricesJson({ sku: 'A-1', prices_json: '{"retail":2.5}' })).toEqual({ retail: 2.5 });
    expect(() => readPricesJson({ sku: 'A-1', prices_json: '{"retail":"2.5"}' })).toThrow('corrupt row in catalog_items (id A-1): prices_json does not fit its schema: retail: ');
    const customer = {
      customerId: 'C1',
      name: 'Acme',
      emailDomains: ['acme.test'],
      emails: [],
      phone: null,
      fax: null,
      shipTo: { street: null, city: null, region: null, postalCode: null, country: 'US' },
      priceList: null,
      autoApprove: false,
    };
    expect(readCustomerJson({ customer_id: 'C1', record_json: JSON.stringify(customer) })).toEqual(customer);
    expect(() => readCustomerJson({ customer_id: 'C1', record_json: JSON.stringify({ ...customer, emails: null }) })).toThrow(
      'corrupt row in customers (id C1): record_json does not fit its schema: emails: ',
    );
    expect(readAnyJson('[1,2]', place)).toEqual([1, 2]);
  });
});
