import type { Kysely } from 'kysely';
import type { Database, UsersTable } from './schema.ts';

// Users of the review desk. The password hash is made by the caller (web/hash-password.ts), so
// the store never sees a password.

export type Role = UsersTable['role'];

export interface User {
  id: string;
  email: string;
  role: Role;
}

export class UserExistsError extends Error {
  constructor(email: string) {
    super(`a user ${email} exists already`);
    this.name = 'UserExistsError';
  }
}

export async function createUser(db: Kysely<Database>, user: { email: string; role: Role; passwordHash: string }): Promise<User> {
  const email = user.email.trim().toLowerCase();
  const row = await db
    .insertInto('users')
    .values({ id: crypto.randomUUID(), email, role: user.role, password_hash: user.passwordHash, disabled: 0, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning(['id', 'email', 'role'])
    .executeTakeFirst();
  if (!row) throw new UserExistsError(email);
  return row;
}

/** The user and their password hash, for signing in; null when unknown or disabled. */
export async function findUserForLogin(db: Kysely<Database>, email: string): Promise<(User & { passwordHash: string }) | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'password_hash'])
    .where('email', '=', email.trim().toLowerCase())
    .where('disabled', '=', 0)
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash } : null;
}

export async function listUsers(db: Kysely<Database>): Promise<Array<User & { createdAt: string }>> {
  const rows = await db.selectFrom('users').select(['id', 'email', 'role', 'created_at']).orderBy('email').execute();
  return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, createdAt: r.created_at }));
}
