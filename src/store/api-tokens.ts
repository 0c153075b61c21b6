import type { Kysely } from 'kysely';
import { hashToken, newToken } from './hash-token.ts';
import type { Database } from './schema.ts';

// API tokens for scripts. The token is shown once at creation; the store keeps its SHA-256.

const PREFIX = 'poi_';

export class TokenNameTakenError extends Error {
  constructor(name: string) {
    super(`a token named ${name} exists already; revoke it first or pick another name`);
    this.name = 'TokenNameTakenError';
  }
}

/** A new token under NAME; refused while another live token has that name, so `revoke NAME` means one thing. */
export async function createApiToken(db: Kysely<Database>, name: string): Promise<{ id: string; token: string }> {
  const live = await db.selectFrom('api_tokens').select('id').where('name', '=', name).where('revoked_at', 'is', null).executeTakeFirst();
  if (live) throw new TokenNameTakenError(name);
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

export interface ListedToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function listApiTokens(db: Kysely<Database>): Promise<ListedToken[]> {
  const rows = await db.selectFrom('api_tokens').select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at']).orderBy('created_at').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at }));
}

/**
 * Revokes the live token(s) named NAME (or the one with this id); every request checks the store,
 * so they answer 401 from the next request on. Returns how many were revoked.
 */
export async function revokeApiToken(db: Kysely<Database>, by: { name: string } | { id: string }, now = new Date()): Promise<number> {
  let query = db.updateTable('api_tokens').set({ revoked_at: now.toISOString() }).where('revoked_at', 'is', null);
  query = 'name' in by ? query.where('name', '=', by.name) : query.where('id', '=', by.id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
