import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { PoInboxError } from '../domain/errors.ts';
import type { Dialect } from './dialect.ts';
import { toMigrations } from './migrations.ts';
import type { Database } from './schema.ts';

// Node side of the store: opens SQLite (better-sqlite3, a file, WAL) or PostgreSQL (pg) from
// DATABASE_URL and brings the schema up to date. The queries themselves only see Kysely.

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the store lives, without credentials, for logs. */
  label: string;
  close(): Promise<void>;
}

export async function openStore(databaseUrl: string): Promise<Store> {
  const store = databaseUrl.startsWith('sqlite:') ? await openSqlite(databaseUrl.slice('sqlite:'.length)) : await openPostgres(databaseUrl);
  try {
    await migrateStore(store);
  } catch (err) {
    await store.close().catch(() => undefined);
    throw new PoInboxError('bad-setting', `bad setting DATABASE_URL: cannot prepare the store at ${store.label}: ${firstLine(err)}`, { cause: err });
  }
  return store;
}

export async function migrateStore(store: Store): Promise<void> {
  const migrator = new Migrator({ db: store.db, provider: { getMigrations: async () => toMigrations(store.dialect) } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

async function openSqlite(path: string): Promise<Store> {
  const { default: SqliteDatabase } = await import('better-sqlite3');
  let database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    database = new SqliteDatabase(path);
    database.pragma('journal_mode = WAL');
    // FULL: a committed draft survives power loss too, since the mail is moved away after commit.
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 10000');
  } catch (err) {
    throw new PoInboxError('bad-setting', `bad setting DATABASE_URL: cannot open sqlite:${path}: ${firstLine(err)}`, { cause: err });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', label: `sqlite:${path}`, close: () => db.destroy() };
}

async function openPostgres(url: string): Promise<Store> {
  const { default: pg } = await import('pg');
  // int8 (bigint UIDs, counts) as JS numbers: IMAP UIDs are at most 2^32-1.
  pg.types.setTypeParser(20, (value: string) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined); // an idle client dropped by the server is replaced on next use
  const label = redactUrl(url);
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new PoInboxError('bad-setting', `bad setting DATABASE_URL: cannot connect to ${label}: ${firstLine(err)}`, { cause: err });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', label, close: () => db.destroy() };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://...';
  }
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] || 'unknown error';
}
