import type { Kysely } from 'kysely';
import { hashToken, newToken } from './hash-token.ts';
import type { Database } from './schema.ts';
import type { User } from './users.ts';

// Browser sessions. Each carries its own CSRF token, which every form of the session posts back.

export interface Session {
  id: string;
  csrfToken: string;
  expiresAt: string;
  user: User;
  /** Someone else set the password: until the user picks their own, only that page opens. */
  mustChangePassword?: boolean;
}

export async function createSession(db: Kysely<Database>, userId: string, ttlMs: number, now = new Date()): Promise<{ token: string; session: Omit<Session, 'user'> }> {
  const token = newToken();
  const session = { id: await hashToken(token), csrfToken: newToken(), expiresAt: new Date(now.getTime() + ttlMs).toISOString() };
  await db
    .insertInto('sessions')
    .values({ id: session.id, user_id: userId, csrf_token: session.csrfToken, created_at: now.toISOString(), expires_at: session.expiresAt })
    .execute();
  return { token, session };
}

/** The live session of a cookie token, or null (unknown, expired, or its user disabled). */
export async function findSession(db: Kysely<Database>, token: string, now = new Date()): Promise<Session | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.csrf_token', 'sessions.expires_at', 'users.id as user_id', 'users.email', 'users.role', 'users.must_change_password'])
    .where('sessions.id', '=', await hashToken(token))
    .where('sessions.expires_at', '>', now.toISOString())
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    user: { id: row.user_id, email: row.email, role: row.role },
    mustChangePassword: row.must_change_password === 1,
  };
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
}
