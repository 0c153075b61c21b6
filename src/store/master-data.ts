import type { Kysely } from 'kysely';
import type { CatalogItem, Customer, MasterData } from '../domain/master-data.ts';
import { fetchXrefs } from './customer-xrefs.ts';
import { emptyReport, type ImportReport } from './import-report.ts';
import type { Database } from './schema.ts';
import { readCustomerJson, readPricesJson } from './parse-row.ts';

// Master data in the store: imported from CSV (idempotent: a row is added, changed or left as it
// is), read by the worker for every message so an import or a learned mapping applies at once.
// No node:* here: the web part on Workers reads it too.

export type { ImportReport };

/** Which keys are new, changed or the same as stored, given the stored rows' comparable form. */
function tally<T>(rows: T[], keyOf: (row: T) => string, stored: Map<string, string>, comparable: (row: T) => string, report: ImportReport) {
  const added: T[] = [];
  const changed: T[] = [];
  for (const row of rows) {
    const before = stored.get(keyOf(row));
    if (before === undefined) added.push(row);
    else if (before !== comparable(row)) changed.push(row);
    else report.unchanged += 1;
  }
  report.added += added.length;
  report.changed += changed.length;
  return { added, changed };
}

const catalogRow = (item: CatalogItem, now: string) => ({
  sku: item.sku,
  description: item.description,
  unit: item.unit,
  unit_price: item.unitPrice,
  currency: item.currency,
  stock_on_hand: item.stockOnHand,
  gtin: item.gtin,
  prices_json: JSON.stringify(item.prices),
  updated_at: now,
});
const comparableItem = (item: CatalogItem) => JSON.stringify([item.description, item.unit, item.unitPrice, item.currency, item.stockOnHand, item.gtin, item.prices]);

export async function saveCatalog(db: Kysely<Database>, items: CatalogItem[]): Promise<ImportReport> {
  const report = emptyReport();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const stored = new Map((await trx.selectFrom('catalog_items').selectAll().execute()).map((r) => [r.sku, comparableItem(toCatalogItem(r))]));
    const { added, changed } = tally(items, (i) => i.sku, stored, comparableItem, report);
    for (const item of added) await trx.insertInto('catalog_items').values(catalogRow(item, now)).execute();
    for (const item of changed) await trx.updateTable('catalog_items').set(catalogRow(item, now)).where('sku', '=', item.sku).execute();
  });
  return report;
}

export async function saveCustomers(db: Kysely<Database>, customers: Customer[]): Promise<ImportReport> {
  const report = emptyReport();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const stored = new Map((await trx.selectFrom('customers').select(['customer_id', 'record_json']).execute()).map((r) => [r.customer_id, r.record_json]));
    const { added, changed } = tally(
      customers,
      (c) => c.customerId,
      stored,
      (c) => JSON.stringify(c),
      report,
    );
    for (const c of added)
      await trx
        .insertInto('customers')
        .values({ customer_id: c.customerId, name: c.name, record_json: JSON.stringify(c), updated_at: now })
        .execute();
    for (const c of changed)
      await trx
        .updateTable('customers')
        .set({ name: c.name, record_json: JSON.stringify(c), updated_at: now })
        .where('customer_id', '=', c.customerId)
        .execute();
  });
  return report;
}

function toCatalogItem(r: Database['catalog_items']): CatalogItem {
  return {
    sku: r.sku,
    description: r.description,
    unit: r.unit,
    unitPrice: Number(r.unit_price),
    currency: r.currency,
    stockOnHand: r.stock_on_hand === null ? null : Number(r.stock_on_hand),
    gtin: r.gtin,
    prices: readPricesJson(r),
  };
}

/** All master data, or null when none was ever imported (then no matching runs). */
export async function fetchMasterData(db: Kysely<Database>): Promise<MasterData | null> {
  const catalog = (await db.selectFrom('catalog_items').selectAll().orderBy('sku').execute()).map(toCatalogItem);
  const customers = (await db.selectFrom('customers').select(['customer_id', 'record_json']).orderBy('customer_id').execute()).map(readCustomerJson);
  if (catalog.length === 0 && customers.length === 0) return null;
  return { catalog, customers, xrefs: await fetchXrefs(db) };
}

/**
 * A version of the master data that changes whenever a row is added, changed or removed: each
 * table's row count and latest update. Cheap (three aggregate queries), so a worker can ask for it
 * per message and build its catalogue index only when it changed.
 */
export async function masterDataVersion(db: Kysely<Database>): Promise<string> {
  const parts: string[] = [];
  for (const table of ['catalog_items', 'customers', 'customer_xrefs'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => [eb.fn.countAll().as('rows'), eb.fn.max('updated_at').as('latest')])
      .executeTakeFirst();
    parts.push(`${table}:${Number(row?.rows ?? 0)}:${row?.latest ?? '-'}`);
  }
  return parts.join('|');
}
