import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { findUserForLogin, setUserPassword } from '../../store/users.ts';
import type { AppEnv } from '../app-env.ts';
import { Layout, renderDocument } from '../layout.tsx';
import { checkNewPassword } from './check-new-password.ts';
import { hashPassword, verifyPassword } from './hash-password.ts';
import { safeNext } from './login-routes.tsx';

// The signed-in user's own password. A user whose password someone else set (generated or reset)
// lands here after signing in and can open nothing else until they pick their own; anyone else
// changes it here too, giving the current one. Their other sessions end.

export function accountRoutes(db: Kysely<Database>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/password', (c) => showForm(c, null, 200));
  app.post('/password', async (c) => {
    const session = c.get('session')!;
    const body = await c.req.parseBody();
    const current = String(body.current ?? '');
    const password = String(body.password ?? '');
    const again = String(body.again ?? '');
    const user = await findUserForLogin(db, session.user.email);
    if (!user) return c.redirect('/login', 303);
    const forced = session.mustChangePassword === true;
    if (!forced && !(await verifyPassword(current, user.passwordHash))) return showForm(c, 'The current password is wrong.', 422);
    const problem = checkNewPassword(password);
    if (problem) return showForm(c, `${problem[0]!.toUpperCase()}${problem.slice(1)}.`, 422);
    if (password !== again) return showForm(c, 'The two new passwords differ.', 422);
    if (await verifyPassword(password, user.passwordHash)) return showForm(c, 'Choose a password other than the one you were given.', 422);
    await setUserPassword(db, user.id, await hashPassword(password), { mustChange: false, keepSession: session.id });
    return c.redirect(safeNext(String(body.next ?? '')), 303);
  });
  return app;
}

async function showForm(c: Context<AppEnv>, error: string | null, status: 200 | 422) {
  const session = c.get('session')!;
  const forced = session.mustChangePassword === true;
  const next = safeNext(c.req.query('next') ?? '');
  const page = (
    <Layout title="Your password" session={session} page="admin">
      <form method="post" action={`/account/password?next=${encodeURIComponent(next)}`} class="login password-change">
        <h1>{forced ? 'Choose your own password' : 'Change your password'}</h1>
        {forced ? <p class="notice">Your password was set by someone else. Choose one only you know before you go on.</p> : null}
        {error ? (
          <p class="notice error" role="alert">
            {error}
          </p>
        ) : null}
        <input type="hidden" name="_csrf" value={session.csrfToken} />
        <input type="hidden" name="next" value={next} />
        {forced ? null : (
          <label>
            Current password
            <input name="current" type="password" autocomplete="current-password" required autofocus />
          </label>
        )}
        <label>
          New password (at least 12 characters)
          <input name="password" type="password" autocomplete="new-password" minlength={12} required autofocus={forced} />
        </label>
        <label>
          New password again
          <input name="again" type="password" autocomplete="new-password" minlength={12} required />
        </label>
        <button type="submit" class="primary">
          Save password
        </button>
      </form>
    </Layout>
  );
  return c.html(await renderDocument(page), status);
}
