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

export class NoSuchUserError extends Error {
  constructor(email: string) {
    super(`there is no user ${email}`);
    this.name = 'NoSuchUserError';
  }
}

export async function createUser(db: Kysely<Database>, user: { email: string; role: Role; passwordHash: string; mustChangePassword?: boolean }): Promise<User> {
  const email = user.email.trim().toLowerCase();
  const row = await db
    .insertInto('users')
    .values({
      id: crypto.randomUUID(),
      email,
      role: user.role,
      password_hash: user.passwordHash,
      disabled: 0,
      created_at: new Date().toISOString(),
      must_change_password: user.mustChangePassword ? 1 : 0,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning(['id', 'email', 'role'])
    .executeTakeFirst();
  if (!row) throw new UserExistsError(email);
  return row;
}

/** The user and their password hash, for signing in; null when unknown or disabled. */
export async function findUserForLogin(db: Kysely<Database>, email: string): Promise<(User & { passwordHash: string; mustChangePassword: boolean }) | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'password_hash', 'must_change_password'])
    .where('email', '=', email.trim().toLowerCase())
    .where('disabled', '=', 0)
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash, mustChangePassword: row.must_change_password === 1 } : null;
}

export interface ListedUser extends User {
  createdAt: string;
  mustChangePassword: boolean;
}

export async function listUsers(db: Kysely<Database>): Promise<ListedUser[]> {
  const rows = await db.selectFrom('users').select(['id', 'email', 'role', 'created_at', 'must_change_password']).orderBy('email').execute();
  return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, createdAt: r.created_at, mustChangePassword: r.must_change_password === 1 }));
}

export async function findUser(db: Kysely<Database>, by: { id: string } | { email: string }): Promise<User | null> {
  let query = db.selectFrom('users').select(['id', 'email', 'role']);
  query = 'id' in by ? query.where('id', '=', by.id) : query.where('email', '=', by.email.trim().toLowerCase());
  return (await query.executeTakeFirst()) ?? null;
}

/** Removes the user, their sessions and known browsers; what they decided keeps their address in the history. */
export async function removeUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await tx.deleteFrom('known_devices').where('user_id', '=', userId).execute();
    await tx.deleteFrom('users').where('id', '=', userId).execute();
  });
}

export async function setUserRole(db: Kysely<Database>, userId: string, role: Role): Promise<void> {
  await db.updateTable('users').set({ role }).where('id', '=', userId).execute();
}

/**
 * A new password hash. `mustChange`: someone else chose it, so the user picks their own at the
 * next sign-in, and every session of theirs ends (whoever held one no longer knows the password).
 */
export async function setUserPassword(db: Kysely<Database>, userId: string, passwordHash: string, options: { mustChange: boolean; keepSession?: string }): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: options.mustChange ? 1 : 0 })
      .where('id', '=', userId)
      .execute();
    let sessions = tx.deleteFrom('sessions').where('user_id', '=', userId);
    if (options.keepSession) sessions = sessions.where('id', '!=', options.keepSession);
    await sessions.execute();
  });
}

export async function countAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
