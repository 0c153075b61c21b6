import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { listUsers } from '../store/users.ts';
import type { AppEnv } from './app-env.ts';
import { Layout, renderDocument } from './layout.tsx';

// What only admins see: the desk's users and the API tokens (names and last use, never the
// tokens). Users and tokens are created with the CLI (po-inbox users add, tokens add).

export function adminRoutes(db: Kysely<Database>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => (c.get('session')?.user.role === 'admin' ? next() : c.text('admins only', 403)));
  app.get('/', async (c) => {
    const [users, tokens] = await Promise.all([
      listUsers(db),
      db.selectFrom('api_tokens').select(['name', 'created_at', 'last_used_at', 'revoked_at']).orderBy('created_at').execute(),
    ]);
    const page = (
      <Layout title="Admin" session={c.get('session')} page="admin">
        <h1>Users</h1>
        <table>
          <thead><tr><th>E-mail</th><th>Role</th><th>Created</th></tr></thead>
          <tbody>{users.map((u) => <tr><td>{u.email}</td><td>{u.role}</td><td>{u.createdAt.slice(0, 10)}</td></tr>)}</tbody>
        </table>
        <h1>API tokens</h1>
        <table>
          <thead><tr><th>Name</th><th>Created</th><th>Last used</th><th>Revoked</th></tr></thead>
          <tbody>{tokens.map((t) => <tr><td>{t.name}</td><td>{t.created_at.slice(0, 10)}</td><td>{t.last_used_at?.slice(0, 16) ?? '—'}</td><td>{t.revoked_at ?? '—'}</td></tr>)}</tbody>
        </table>
        <p>Add users with <code>po-inbox users add EMAIL --role reviewer|admin</code> and tokens with <code>po-inbox tokens add NAME</code>.</p>
      </Layout>
    );
    return c.html(await renderDocument(page));
  });
  return app;
}
