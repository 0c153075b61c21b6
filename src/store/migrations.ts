import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, serialPrimaryKey, type Dialect } from './dialect.ts';
import { masterMigration } from './master-migration.ts';
import { reviewMigration } from './review-migration.ts';
import { layoutsMigration } from './layouts-migration.ts';
import { peopleMigration } from './people-migration.ts';

// Migrations in order; they run at every start (Kysely's Migrator takes a lock, so two workers
// starting together on PostgreSQL apply each one once). Written once for both dialects: only the
// byte and auto-increment column types differ.

export function toMigrations(dialect: Dialect): Record<string, Migration> {
  const { bytes, bigint, serial } = columnTypes(dialect);
  return {
    '0001_store': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('messages')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('source_key', 'text', (c) => c.notNull().unique())
          .addColumn('source_kind', 'text', (c) => c.notNull())
          .addColumn('mailbox', 'text')
          .addColumn('uid_validity', 'text')
          .addColumn('uid', bigint)
          .addColumn('file_name', 'text')
          .addColumn('message_id', 'text')
          .addColumn('content_hash', 'text', (c) => c.notNull())
          .addColumn('size', bigint, (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('outcome', 'text')
          .addColumn('duplicate_of', 'text')
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('last_error', 'text')
          .addColumn('claimed_by', 'text')
          .addColumn('lease_until', 'text')
          .addColumn('settled', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('received_at', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('messages_hash').on('messages').columns(['content_hash']).execute();
        await db.schema.createIndex('messages_status').on('messages').columns(['status', 'settled']).execute();

        await db.schema
          .createTable('raw_messages')
          .addColumn('message_id', 'text', (c) => c.primaryKey().references('messages.id').onDelete('cascade'))
          .addColumn('bytes', sql.raw(bytes), (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('documents')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('media_type', 'text', (c) => c.notNull())
          .addColumn('method', 'text', (c) => c.notNull())
          .addColumn('pages', 'integer')
          .addUniqueConstraint('documents_message_position', ['message_id', 'position'])
          .execute();

        await db.schema
          .createTable('drafts')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
          .addColumn('order_index', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('urgency_rank', 'integer', (c) => c.notNull())
          .addColumn('urgency_level', 'text', (c) => c.notNull())
          .addColumn('requested_delivery_date', 'text')
          .addColumn('po_number', 'text')
          .addColumn('buyer_company', 'text')
          .addColumn('buyer_email', 'text')
          .addColumn('confidence', 'real', (c) => c.notNull())
          .addColumn('needs_review', 'integer', (c) => c.notNull())
          .addColumn('order_json', 'text', (c) => c.notNull())
          .addColumn('source_json', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('decided_by', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('decision_reason', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          // One draft per order of a message: a second worker or a retry cannot add another.
          .addUniqueConstraint('drafts_message_order', ['message_id', 'order_index'])
          .execute();
        await db.schema.createIndex('drafts_queue').on('drafts').columns(['status', 'urgency_rank', 'requested_delivery_date', 'created_at']).execute();

        await db.schema
          .createTable('events')
          .addColumn('id', serial, serialPrimaryKey(dialect))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('message_id', 'text')
          .addColumn('draft_id', 'text')
          .addColumn('actor', 'text')
          .addColumn('detail_json', 'text')
          .execute();
        await db.schema.createIndex('events_draft').on('events').columns(['draft_id', 'id']).execute();
        await db.schema.createIndex('events_message').on('events').columns(['message_id', 'id']).execute();

        await db.schema
          .createTable('outbox')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('key', 'text', (c) => c.notNull().unique())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('draft_id', 'text')
          .addColumn('payload_json', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('next_attempt_at', 'text', (c) => c.notNull())
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('sent_at', 'text')
          .execute();
        await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

        await db.schema
          .createTable('sources')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('uid_validity', 'text')
          .addColumn('next_uid', bigint)
          .addColumn('connected', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('last_fetch_at', 'text')
          .addColumn('last_error', 'text')
          .addColumn('heartbeat_at', 'text')
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0002_review': reviewMigration(dialect),
    // The outbox's lease (claimed_by, lease_until) and the outgoing Message-ID: a row is 'sending'
    // while one worker holds it. Independent of 0002; SQLite adds one column per statement.
    '0003_outbox': {
      async up(db: Kysely<unknown>) {
        for (const column of ['claimed_by', 'lease_until', 'message_id']) {
          await db.schema.alterTable('outbox').addColumn(column, 'text').execute();
        }
        await db.schema.createIndex('outbox_draft').on('outbox').columns(['draft_id', 'created_at']).execute();
      },
    },
    '0004_master': masterMigration(dialect),
    // Page images rendered on the Node side, so a deployment without a renderer (Workers) can
    // show them too.
    '0005_page_images': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('page_images')
          .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('page', 'integer', (c) => c.notNull())
          .addColumn('png', sql.raw(bytes), (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('page_images_pk', ['message_id', 'position', 'page'])
          .execute();
      },
    },
    // Sender and subject on the ledger row, so mail that produced no draft (not an order, failed)
    // can be listed for a person to look at.
    '0006_message_summary': {
      async up(db: Kysely<unknown>) {
        for (const column of ['sender', 'subject']) await db.schema.alterTable('messages').addColumn(column, 'text').execute();
        await db.schema.createIndex('messages_created').on('messages').columns(['created_at']).execute();
      },
    },
    // Each document's part id (the SHA-256 of its bytes), so the desk finds it in the stored
    // message again whatever parser it runs, inside forwarded messages too.
    '0007_document_parts': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('documents').addColumn('part_id', 'text').execute();
      },
    },
    // Layouts learned from approvals (issue 17), shared by every worker reading the same store.
    '0008_layouts': layoutsMigration(dialect),
    // Fields corrected since a layout was learned: counted on each approval of a draft it read
    // (store/count-layout-corrections.ts), listed in the desk; retirement follows these counts.
    '0009_layout_stats': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('layouts')
          .addColumn('fields_corrected', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
      },
    },
    // Who must choose a new password, and the browsers each user signed in from (issue 18).
    '0012_people': peopleMigration(dialect),
  };
}
