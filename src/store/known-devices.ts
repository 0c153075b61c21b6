import type { Kysely } from 'kysely';
import { hashToken, newToken } from './hash-token.ts';
import type { Database } from './schema.ts';

// Browsers a user has signed in from. Wrong guesses against an address slow down sign-ins to it
// from anywhere else, never from a browser its owner already used: an attacker who knows the
// address cannot keep the rep out.

const MAX_PER_USER = 20;

/** Remembers this browser for the user; returns the cookie token (only its hash is stored). */
export async function rememberDevice(db: Kysely<Database>, userId: string, now = new Date()): Promise<string> {
  const token = newToken();
  await db
    .insertInto('known_devices')
    .values({ id: await hashToken(token), user_id: userId, created_at: now.toISOString(), last_used_at: now.toISOString() })
    .execute();
  const old = await db.selectFrom('known_devices').select('id').where('user_id', '=', userId).orderBy('last_used_at', 'desc').offset(MAX_PER_USER).limit(1000).execute();
  if (old.length > 0)
    await db
      .deleteFrom('known_devices')
      .where(
        'id',
        'in',
        old.map((r) => r.id),
      )
      .execute();
  return token;
}

/** The device's id when the cookie token is a browser the user of EMAIL signed in from; else null. */
export async function findKnownDevice(db: Kysely<Database>, token: string, email: string): Promise<string | null> {
  const row = await db
    .selectFrom('known_devices')
    .innerJoin('users', 'users.id', 'known_devices.user_id')
    .select('known_devices.id')
    .where('known_devices.id', '=', await hashToken(token))
    .where('users.email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function touchDevice(db: Kysely<Database>, id: string, now = new Date()): Promise<void> {
  await db.updateTable('known_devices').set({ last_used_at: now.toISOString() }).where('id', '=', id).execute();
}
