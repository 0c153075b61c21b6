import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { createApiToken, listApiTokens, revokeApiToken, TokenNameTakenError } from '../store/api-tokens.ts';
import { newToken } from '../store/hash-token.ts';
import type { Database } from '../store/schema.ts';
import { createUser, findUser, listUsers, removeUser, setUserPassword, setUserRole, UserExistsError, type Role } from '../store/users.ts';
import type { AppEnv } from './app-env.ts';
import { hashPassword } from './auth/hash-password.ts';
import { Layout, renderDocument } from './layout.tsx';

// What only admins see and do: the desk's users (add, change role, reset the password, remove)
// and the API tokens (add, revoke; names and last use, never the tokens). A password made here is
// shown once, on this page, and must be changed at the user's next sign-in. An admin cannot
// remove or demote themselves, so there is always an admin left.

const DONE: Record<string, string> = {
  role: 'Role changed for',
  removed: 'Removed',
  revoked: 'Revoked the token',
};

export function adminRoutes(db: Kysely<Database>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => (c.get('session')?.user.role === 'admin' ? next() : c.text('admins only', 403)));
  app.get('/', (c) => showAdmin(c, db));

  app.post('/users', async (c) => {
    const body = await c.req.parseBody();
    const email = String(body.email ?? '')
      .trim()
      .toLowerCase();
    const role = toRole(body.role);
    if (!/^[^\s@<>]+@[^\s@<>]+$/.test(email)) return showAdmin(c, db, { error: `'${email}' is not an e-mail address.` }, 422);
    if (!role) return showAdmin(c, db, { error: 'Pick a role: reviewer or admin.' }, 422);
    const password = newToken(18);
    try {
      await createUser(db, { email, role, passwordHash: await hashPassword(password), mustChangePassword: true });
    } catch (err) {
      if (err instanceof UserExistsError) return showAdmin(c, db, { error: `${err.message}.` }, 422);
      throw err;
    }
    return showAdmin(
      c,
      db,
      { secret: { label: `Password for ${email}`, value: password, note: 'Shown once. Give it to them in person or by phone; they choose their own when they first sign in.' } },
      201,
    );
  });

  app.post('/users/:id/role', async (c) => {
    const target = await findUser(db, { id: c.req.param('id') });
    const role = toRole((await c.req.parseBody()).role);
    if (!target) return showAdmin(c, db, { error: 'There is no such user.' }, 404);
    if (!role) return showAdmin(c, db, { error: 'Pick a role: reviewer or admin.' }, 422);
    if (target.id === c.get('session')!.user.id) return showAdmin(c, db, { error: 'You cannot change your own role; ask another admin.' }, 422);
    await setUserRole(db, target.id, role);
    return done(c, 'role', target.email);
  });

  app.post('/users/:id/reset-password', async (c) => {
    const target = await findUser(db, { id: c.req.param('id') });
    if (!target) return showAdmin(c, db, { error: 'There is no such user.' }, 404);
    if (target.id === c.get('session')!.user.id) return showAdmin(c, db, { error: 'Change your own password under "Password".' }, 422);
    const password = newToken(18);
    await setUserPassword(db, target.id, await hashPassword(password), { mustChange: true });
    return showAdmin(c, db, {
      secret: { label: `New password for ${target.email}`, value: password, note: 'Shown once. Their sessions have ended; they choose their own password when they next sign in.' },
    });
  });

  app.get('/users/:id/remove', async (c) => {
    const target = await findUser(db, { id: c.req.param('id') });
    if (!target) return showAdmin(c, db, { error: 'There is no such user.' }, 404);
    const page = (
      <Layout title="Remove a user" session={c.get('session')} page="admin">
        <form method="post" action={`/admin/users/${target.id}/remove`} class="confirm">
          <h1>Remove {target.email}?</h1>
          <p>They are signed out everywhere and can no longer sign in. What they reviewed keeps their name in the history.</p>
          <input type="hidden" name="_csrf" value={c.get('session')!.csrfToken} />
          <button type="submit" class="danger">
            Remove {target.email}
          </button>{' '}
          <a href="/admin">Cancel</a>
        </form>
      </Layout>
    );
    return c.html(await renderDocument(page));
  });

  app.post('/users/:id/remove', async (c) => {
    const target = await findUser(db, { id: c.req.param('id') });
    if (!target) return showAdmin(c, db, { error: 'There is no such user.' }, 404);
    if (target.id === c.get('session')!.user.id) return showAdmin(c, db, { error: 'You cannot remove yourself; ask another admin.' }, 422);
    await removeUser(db, target.id);
    return done(c, 'removed', target.email);
  });

  app.post('/tokens', async (c) => {
    const name = String((await c.req.parseBody()).name ?? '').trim();
    if (!/^[\w.@-]{1,64}$/.test(name)) return showAdmin(c, db, { error: 'A token name is 1 to 64 letters, digits, or . _ - @' }, 422);
    try {
      const { token } = await createApiToken(db, name);
      return showAdmin(
        c,
        db,
        { secret: { label: `Token ${name}`, value: token, note: 'Shown once; only its hash is kept. Scripts send it as Authorization: Bearer TOKEN.' } },
        201,
      );
    } catch (err) {
      if (err instanceof TokenNameTakenError) return showAdmin(c, db, { error: `${err.message}.` }, 422);
      throw err;
    }
  });

  app.post('/tokens/:id/revoke', async (c) => {
    const tokens = await listApiTokens(db);
    const token = tokens.find((t) => t.id === c.req.param('id'));
    if (!token) return showAdmin(c, db, { error: 'There is no such token.' }, 404);
    await revokeApiToken(db, { id: token.id });
    return done(c, 'revoked', token.name);
  });
  return app;
}

function toRole(value: unknown): Role | null {
  return value === 'reviewer' || value === 'admin' ? value : null;
}

function done(c: Context<AppEnv>, what: keyof typeof DONE, who: string) {
  return c.redirect(`/admin?done=${what}&who=${encodeURIComponent(who)}`, 303);
}

interface Shown {
  error?: string;
  secret?: { label: string; value: string; note: string };
}

async function showAdmin(c: Context<AppEnv>, db: Kysely<Database>, shown: Shown = {}, status: 200 | 201 | 404 | 422 = 200) {
  const session = c.get('session')!;
  const [users, tokens] = await Promise.all([listUsers(db), listApiTokens(db)]);
  const doneText = DONE[c.req.query('done') ?? ''];
  const csrf = <input type="hidden" name="_csrf" value={session.csrfToken} />;
  const page = (
    <Layout title="Admin" session={session} page="admin">
      {shown.error ? (
        <p class="notice error" role="alert">
          {shown.error}
        </p>
      ) : null}
      {doneText && !shown.error && !shown.secret ? (
        <p class="notice info" role="status">
          {doneText} {c.req.query('who') ?? ''}.
        </p>
      ) : null}
      {shown.secret ? (
        <div class="notice info secret" role="status">
          <p>{shown.secret.label}:</p>
          <p>
            <code class="secret-value">{shown.secret.value}</code>
          </p>
          <p>{shown.secret.note}</p>
        </div>
      ) : null}
      <h1>Users</h1>
      <table class="users">
        <thead>
          <tr>
            <th>E-mail</th>
            <th>Role</th>
            <th>Created</th>
            <th>Password</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const self = u.id === session.user.id;
            return (
              <tr data-email={u.email}>
                <td>
                  {u.email}
                  {self ? ' (you)' : ''}
                </td>
                <td>
                  {self ? (
                    u.role
                  ) : (
                    <form method="post" action={`/admin/users/${u.id}/role`} class="inline">
                      {csrf}
                      <select name="role" aria-label={`Role of ${u.email}`}>
                        <option value="reviewer" selected={u.role === 'reviewer'}>
                          reviewer
                        </option>
                        <option value="admin" selected={u.role === 'admin'}>
                          admin
                        </option>
                      </select>
                      <button type="submit" class="change-role">
                        Change role
                      </button>
                    </form>
                  )}
                </td>
                <td>{u.createdAt.slice(0, 10)}</td>
                <td>{u.mustChangePassword ? 'to be changed at next sign-in' : 'their own'}</td>
                <td>
                  {self ? (
                    <a href="/account/password">Change your password</a>
                  ) : (
                    <>
                      <form method="post" action={`/admin/users/${u.id}/reset-password`} class="inline">
                        {csrf}
                        <button type="submit" class="reset-password">
                          Reset password
                        </button>
                      </form>{' '}
                      <a href={`/admin/users/${u.id}/remove`} class="remove-user">
                        Remove…
                      </a>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form method="post" action="/admin/users" class="inline add-user">
        {csrf}
        <label>
          E-mail <input name="email" type="email" required />
        </label>{' '}
        <label>
          Role{' '}
          <select name="role">
            <option value="reviewer">reviewer</option>
            <option value="admin">admin</option>
          </select>
        </label>{' '}
        <button type="submit">Add user</button>
      </form>
      <h1>API tokens</h1>
      <table class="tokens">
        <thead>
          <tr>
            <th>Name</th>
            <th>Created</th>
            <th>Last used</th>
            <th>State</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr data-name={t.name}>
              <td>{t.name}</td>
              <td>{t.createdAt.slice(0, 10)}</td>
              <td>{t.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? '—'}</td>
              <td>{t.revokedAt ? `revoked ${t.revokedAt.slice(0, 16).replace('T', ' ')}` : 'active'}</td>
              <td>
                {t.revokedAt ? null : (
                  <form method="post" action={`/admin/tokens/${t.id}/revoke`} class="inline">
                    {csrf}
                    <button type="submit" class="revoke">
                      Revoke
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/admin/tokens" class="inline add-token">
        {csrf}
        <label>
          Name <input name="name" required pattern="[\w.@\-]{1,64}" />
        </label>{' '}
        <button type="submit">Add token</button>
      </form>
      <p>
        The same from a shell: <code>po-inbox users add|remove|reset-password|set-role</code>, <code>po-inbox tokens add|list|revoke</code>.
      </p>
    </Layout>
  );
  return c.html(await renderDocument(page), status);
}
