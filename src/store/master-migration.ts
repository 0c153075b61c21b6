import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, type Dialect } from './dialect.ts';

// Migration 0004: master data (catalogue, customers, cross-references) and, on drafts, the
// customer and content fingerprint the duplicate check looks up. Prices are double precision on
// PostgreSQL: its `real` is 4 bytes and would turn 6.45 into 6.4499998.

export function masterMigration(dialect: Dialect): Migration {
  const { float } = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('catalog_items')
        .addColumn('sku', 'text', (c) => c.primaryKey())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('unit_price', float as 'real', (c) => c.notNull())
        .addColumn('currency', 'text')
        .addColumn('stock_on_hand', float as 'real')
        .addColumn('gtin', 'text')
        .addColumn('prices_json', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('customers')
        .addColumn('customer_id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('record_json', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('customer_xrefs')
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('customer_sku', 'text', (c) => c.notNull())
        .addColumn('sku', 'text', (c) => c.notNull())
        .addColumn('unit_factor', float as 'real', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        // A different mapping proposed by a later approval, kept beside the current one until a rep decides.
        .addColumn('proposed_sku', 'text')
        .addColumn('proposed_by', 'text')
        .addColumn('proposed_at', 'text')
        .addPrimaryKeyConstraint('customer_xrefs_pk', ['customer_id', 'customer_sku'])
        .execute();
      for (const column of ['customer_id', 'content_hash']) await db.schema.alterTable('drafts').addColumn(column, 'text').execute();
      await db.schema.createIndex('drafts_customer_po').on('drafts').columns(['customer_id', 'po_number']).execute();
      await db.schema.createIndex('drafts_content_hash').on('drafts').columns(['content_hash']).execute();
      // Two workers reading the same PO at once both find no earlier draft; this index lets only
      // one of them approve it automatically (the other's commit fails and is retried, then flagged).
      await sql`create unique index drafts_auto_po on drafts (customer_id, po_number) where decided_by = 'auto' and customer_id is not null and po_number is not null`.execute(db);
    },
  };
}
