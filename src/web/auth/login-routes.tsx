import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { newToken } from '../../store/hash-token.ts';
import { clearLoginFailures, countLoginFailures, pruneLoginFailures, recordLoginFailure } from '../../store/login-failures.ts';
import type { Database } from '../../store/schema.ts';
import { createSession, deleteExpiredSessions, deleteSession } from '../../store/sessions.ts';
import { findUserForLogin } from '../../store/users.ts';
import type { AppEnv } from '../app-env.ts';
import { Layout, renderDocument } from '../layout.tsx';
import { LOGIN_CSRF_COOKIE } from './check-csrf.ts';
import { hashPassword, verifyPassword } from './hash-password.ts';
import { SESSION_COOKIE } from './load-session.ts';
import { clearCookie, readCookie, SESSION_TTL_MS, writeCookie } from './session-cookie.ts';

// Sign in and out. Failed attempts are limited per account and per client address over a
// window, counted in the store; an unknown address costs the same hash work as a known one, so
// timing does not tell which addresses have accounts.

export interface LoginDeps {
  db: Kysely<Database>;
  publicUrl?: string;
  clientIp: (c: Context) => string;
}

const WINDOW_MS = 15 * 60 * 1000;
const MAX_PER_ACCOUNT = 5;
const MAX_PER_ADDRESS = 20;
let dummyHash: Promise<string> | null = null;

export function loginRoutes(deps: LoginDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/login', async (c) => {
    if (c.get('session')) return c.redirect('/queue', 303);
    return showLogin(c, deps, null, 200);
  });

  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const email = String(body.email ?? '').trim().toLowerCase().slice(0, 320);
    const password = String(body.password ?? '').slice(0, 1024);
    const keys = [`email:${email}`, `ip:${deps.clientIp(c)}`];
    const since = new Date(Date.now() - WINDOW_MS);
    const [forAccount, forAddress] = await Promise.all(keys.map((key) => countLoginFailures(deps.db, key, since)));
    if (forAccount! >= MAX_PER_ACCOUNT || forAddress! >= MAX_PER_ADDRESS) {
      c.header('retry-after', String(WINDOW_MS / 1000));
      return showLogin(c, deps, 'Too many failed sign-ins. Wait a quarter of an hour and try again.', 429);
    }
    const user = await findUserForLogin(deps.db, email);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword('not a password'))));
    if (!user || !ok) {
      await recordLoginFailure(deps.db, keys);
      return showLogin(c, deps, 'Wrong e-mail address or password.', 401);
    }
    await clearLoginFailures(deps.db, keys[0]!);
    // Housekeeping on the rare path of signing in, so no timer is needed (none on Workers).
    await Promise.all([deleteExpiredSessions(deps.db), pruneLoginFailures(deps.db, new Date(Date.now() - 24 * WINDOW_MS))]);
    const { token } = await createSession(deps.db, user.id, SESSION_TTL_MS);
    writeCookie(c, SESSION_COOKIE, token, deps.publicUrl, SESSION_TTL_MS / 1000);
    clearCookie(c, LOGIN_CSRF_COOKIE, deps.publicUrl);
    return c.redirect(safeNext(String(body.next ?? '')), 303);
  });

  app.post('/logout', async (c) => {
    const session = c.get('session');
    if (session) await deleteSession(deps.db, session.id);
    clearCookie(c, SESSION_COOKIE, deps.publicUrl);
    return c.redirect('/login', 303);
  });
  return app;
}

async function showLogin(c: Context<AppEnv>, deps: LoginDeps, error: string | null, status: 200 | 401 | 429) {
  // A form token double-submitted as a cookie (there is no session yet). An existing one is kept:
  // a second tab or a background request to the login page must not void the first form.
  const csrf = readCookie(c, LOGIN_CSRF_COOKIE, deps.publicUrl) ?? newToken();
  writeCookie(c, LOGIN_CSRF_COOKIE, csrf, deps.publicUrl, 60 * 60);
  const next = safeNext(c.req.query('next') ?? '');
  const page = (
    <Layout title="Sign in" session={null} page="login">
      <form method="post" action="/login" class="login">
        <h1>Sign in</h1>
        {error ? <p class="notice error" role="alert">{error}</p> : null}
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="next" value={next} />
        <label>
          E-mail
          <input name="email" type="email" autocomplete="username" required autofocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <button type="submit" class="primary">Sign in</button>
      </form>
    </Layout>
  );
  return c.html(await renderDocument(page), status);
}

/** Only a path on this site: never `//evil.example` or `https://...` (an open redirect). */
function safeNext(next: string): string {
  return /^\/(?![/\\])[\w\-./?=&%#]*$/.test(next) && !next.startsWith('/login') ? next : '/queue';
}
