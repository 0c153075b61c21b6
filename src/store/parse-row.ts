import { z } from 'zod';
import { draftOrderSchema, sourceSchema, type DraftOrder, type Source } from '../domain/draft-order.ts';
import { PoInboxError } from '../domain/errors.ts';
import type { Customer } from '../domain/master-data.ts';

// JSON columns read back from the store, checked against their schema: a row that was damaged
// (by hand, by a half-applied migration, by a bug) fails here with its table, id and column
// named, instead of travelling on as an object that is not what its type says. What passes is
// returned as stored (the schema checks, it does not reshape).

export class CorruptRowError extends PoInboxError {
  readonly table: string;
  readonly rowId: string;
  constructor(table: string, rowId: string, column: string, problem: string, options: { cause?: unknown } = {}) {
    super('internal', `corrupt row in ${table} (id ${rowId}): ${column} ${problem}`, { cause: options.cause });
    this.name = 'CorruptRowError';
    this.table = table;
    this.rowId = rowId;
  }
}

export interface RowPlace {
  table: string;
  id: string | number;
  column: string;
}

/** `text` parsed as JSON and checked against `schema`; a CorruptRowError naming `place` if not. */
export function parseJsonColumn<S extends z.ZodType>(schema: S, text: string, place: RowPlace): z.infer<S> {
  const id = String(place.id);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new CorruptRowError(place.table, id, place.column, `is not JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  const checked = schema.safeParse(value);
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, 3).map((i) => `${i.path.length > 0 ? i.path.join('.') : '(top)'}: ${i.message}`);
    throw new CorruptRowError(place.table, id, place.column, `does not fit its schema: ${issues.join('; ')}`, { cause: checked.error });
  }
  return value as z.infer<S>;
}

const customerSchema: z.ZodType<Customer> = z.object({
  customerId: z.string(),
  name: z.string(),
  emailDomains: z.array(z.string()),
  emails: z.array(z.string()),
  phone: z.string().nullable(),
  fax: z.string().nullable(),
  shipTo: z.object({
    street: z.string().nullable(),
    city: z.string().nullable(),
    region: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string().nullable(),
  }),
  priceList: z.string().nullable(),
  autoApprove: z.boolean(),
  partyIds: z.array(z.string()).optional(),
  cxmlSharedSecret: z.string().nullable().optional(),
});

const pricesSchema = z.record(z.string(), z.number());

/** drafts.order_json */
export function readOrderJson(row: { id: string; order_json: string }): DraftOrder {
  return parseJsonColumn(draftOrderSchema, row.order_json, { table: 'drafts', id: row.id, column: 'order_json' });
}

/** drafts.source_json */
export function readSourceJson(row: { id: string; source_json: string }): Source {
  return parseJsonColumn(sourceSchema, row.source_json, { table: 'drafts', id: row.id, column: 'source_json' });
}

/** customers.record_json */
export function readCustomerJson(row: { customer_id: string; record_json: string }): Customer {
  return parseJsonColumn(customerSchema, row.record_json, { table: 'customers', id: row.customer_id, column: 'record_json' });
}

/** catalog_items.prices_json: price list name to price. */
export function readPricesJson(row: { sku: string; prices_json: string }): Record<string, number> {
  return parseJsonColumn(pricesSchema, row.prices_json, { table: 'catalog_items', id: row.sku, column: 'prices_json' });
}

/** Any JSON (outbox payloads, event details): only that it parses is checked. */
export function readAnyJson(text: string, place: RowPlace): unknown {
  return parseJsonColumn(z.unknown(), text, place);
}
