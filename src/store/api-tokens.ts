import type { Kysely } from 'kysely';
import { hashToken, newToken } from './hash-token.ts';
import type { Database } from './schema.ts';

// API tokens for scripts. The token is shown once at creation; the store keeps its SHA-256.

const PREFIX = 'poi_';

export async function createApiToken(db: Kysely<Database>, name: string): Promise<{ id: string; token: string }> {
  const token = `${PREFIX}${newToken()}`;
  const id = crypto.randomUUID();
  await db
    .insertInto('api_tokens')
    .values({ id, name, token_hash: await hashToken(token), created_at: new Date().toISOString(), last_used_at: null, revoked_at: null })
    .execute();
  return { id, token };
}

/** The token's record when it is known and not revoked; notes when it was last used. */
export async function findApiToken(db: Kysely<Database>, token: string): Promise<{ id: string; name: string } | null> {
  if (!token.startsWith(PREFIX)) return null;
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'name'])
    .where('token_hash', '=', await hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  await db.updateTable('api_tokens').set({ last_used_at: new Date().toISOString() }).where('id', '=', row.id).execute();
  return row;
}
