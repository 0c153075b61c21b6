import type { Kysely, Migration } from 'kysely';
import type { Dialect } from './dialect.ts';

// Migration 0008: the `layouts` table (issue 17). Same column conventions as 0001: text ids and
// timestamps, 0/1 flags, JSON as text; the same statements on SQLite and PostgreSQL.

export function layoutsMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('layouts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('sender', 'text')
        .addColumn('customer_id', 'text')
        .addColumn('buyer_company', 'text')
        .addColumn('source_draft_id', 'text', (c) => c.notNull())
        .addColumn('last_draft_id', 'text', (c) => c.notNull())
        .addColumn('source_po', 'text')
        .addColumn('approved_by', 'text', (c) => c.notNull())
        .addColumn('approved_at', 'text', (c) => c.notNull())
        .addColumn('model_json', 'text', (c) => c.notNull())
        .addColumn('times_used', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('times_corrected', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('corrected_in_row', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('retired', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('retired_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        // One layout per teaching draft: a second worker learning the same approval adds none.
        .addUniqueConstraint('layouts_source_draft', ['source_draft_id'])
        .execute();
      await db.schema.createIndex('layouts_active').on('layouts').columns(['retired', 'updated_at']).execute();
    },
  };
}
