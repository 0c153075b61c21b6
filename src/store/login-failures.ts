import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

// Failed sign-ins kept in the store (not in memory), so the limit holds across processes and on
// Workers, where an isolate's memory lives only for a while.

export async function recordLoginFailure(db: Kysely<Database>, keys: string[], now = new Date()): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ key, at: now.toISOString() })))
    .execute();
}

export async function countLoginFailures(db: Kysely<Database>, key: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('at', '>', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many failures under KEY since SINCE, and when the last one was. */
export async function readLoginFailures(db: Kysely<Database>, key: string, since: Date): Promise<{ count: number; lastAt: Date | null }> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('last')])
    .where('key', '=', key)
    .where('at', '>', since.toISOString())
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), lastAt: row.last ? new Date(String(row.last)) : null };
}

/** A successful sign-in clears the account's count (not the address's: one user may share it). */
export async function clearLoginFailures(db: Kysely<Database>, key: string, before: Date = new Date(0)): Promise<void> {
  let query = db.deleteFrom('login_failures').where('key', '=', key);
  if (before.getTime() > 0) query = query.where('at', '<', before.toISOString());
  await query.execute();
}

/** Failures older than any window are of no use; dropped now and then so the table stays small. */
export async function pruneLoginFailures(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('login_failures').where('at', '<', before.toISOString()).execute();
}
