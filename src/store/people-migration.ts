import type { Kysely, Migration } from 'kysely';
import type { Dialect } from './dialect.ts';

// Migration 0012: people and keys (issue 18); also an index for incremental exports and why a
// message gave no draft. A user whose password someone else set (generated,
// or reset by an admin) must choose their own at the next sign-in; and the browsers a user has
// signed in from, so a flood of wrong guesses against their address slows the attacker but not
// them. Same column conventions as 0001: text ids and timestamps, 0/1 flags.

export function peopleMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('users')
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('known_devices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('known_devices_user').on('known_devices').columns(['user_id']).execute();
      // Why a message gave no draft, for the reason column of /mail.
      await db.schema.alterTable('messages').addColumn('note', 'text').execute();
      // ERP pulls of approved orders in the order they were approved (store/list-approved.ts).
      await db.schema.createIndex('drafts_decided').on('drafts').columns(['status', 'decided_at', 'id']).execute();
    },
  };
}
