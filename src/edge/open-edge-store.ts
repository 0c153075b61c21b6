import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { toMigrations } from '../store/migrations.ts';
import type { Database } from '../store/schema.ts';

// The store on Workers: the same Kysely queries over pg, connected through Hyperdrive. A Worker
// may not reuse a socket opened by another request, so each request gets its own one-connection
// pool (Hyperdrive keeps the real pool near the database) and closes it when the response is done.
// The Worker never migrates: the Node side (`po-inbox serve` / `run`) owns the schema.

// int8 (bigint UIDs, counts) as JS numbers, as on Node (open-store.ts), so both give the same JSON.
pg.types.setTypeParser(20, (value: string) => Number(value));

export function openEdgeStore(connectionString: string): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 10_000 }) }),
  });
}

const LATEST_MIGRATION = Object.keys(toMigrations('postgres')).sort().at(-1)!;

export type SchemaState = { ok: true } | { ok: false; status: 500 | 503; message: string };

/** Whether the store answers and the Node side has applied every migration this Worker knows. */
export async function checkEdgeSchema(db: Kysely<Database>): Promise<SchemaState> {
  try {
    // kysely_migration: the table Kysely's Migrator keeps on the Node side.
    const result = await sql<{ name: string }>`select name from kysely_migration where name = ${LATEST_MIGRATION}`.execute(db);
    if (result.rows.length > 0) return { ok: true };
    return {
      ok: false,
      status: 500,
      message: `the store's schema is older than this Worker (migration ${LATEST_MIGRATION} missing): run po-inbox serve or run (Node) on the same database once to migrate it`,
    };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === '42P01') return { ok: false, status: 500, message: 'the store has no po-inbox schema: run po-inbox serve or run (Node) on the same database once to create it' };
    return { ok: false, status: 503, message: `cannot reach the store through HYPERDRIVE: ${firstLine(err)}` };
  }
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] || 'unknown error';
}
