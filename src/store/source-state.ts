import type { Kysely } from 'kysely';
import type { Database, SourcesTable } from './schema.ts';

// The checkpoint and health of each watched source, kept in the store so that `po-inbox serve`
// in another process (or on Workers) can answer /healthz too.

export type SourceState = Omit<SourcesTable, 'updated_at'>;

export async function loadSourceState(db: Kysely<Database>, name: string): Promise<SourceState | undefined> {
  return db.selectFrom('sources').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function saveSourceState(db: Kysely<Database>, name: string, kind: string, patch: Partial<Omit<SourceState, 'name' | 'kind'>>): Promise<void> {
  const updated_at = new Date().toISOString();
  await db
    .insertInto('sources')
    .values({ name, kind, connected: 0, ...patch, updated_at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ ...patch, kind, updated_at }))
    .execute();
}

export async function listSourceStates(db: Kysely<Database>): Promise<SourceState[]> {
  return db.selectFrom('sources').selectAll().orderBy('name').execute();
}
