import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { newToken } from '../../store/hash-token.ts';
import { findKnownDevice, rememberDevice, touchDevice } from '../../store/known-devices.ts';
import { clearLoginFailures, pruneLoginFailures, readLoginFailures, recordLoginFailure } from '../../store/login-failures.ts';
import type { Database } from '../../store/schema.ts';
import { createSession, deleteExpiredSessions, deleteSession } from '../../store/sessions.ts';
import { findUserForLogin } from '../../store/users.ts';
import type { AppEnv } from '../app-env.ts';
import { Layout, renderDocument } from '../layout.tsx';
import { LOGIN_CSRF_COOKIE } from './check-csrf.ts';
import { hashPassword, verifyPassword } from './hash-password.ts';
import { SESSION_COOKIE } from './load-session.ts';
import { clearCookie, readCookie, SESSION_TTL_MS, writeCookie } from './session-cookie.ts';
import { ACCOUNT_RULE, CLIENT_RULE, FAILURE_WINDOW_MS, signInDelay, type DelayRule } from './sign-in-delay.ts';

// Sign in and out. Failed attempts slow further ones down (growing delays, counted in the store,
// see sign-in-delay.ts) per address and per client, or only per browser when it is one the user
// signed in from before; an unknown address costs the same hash work as a known one, so timing
// does not tell which addresses have accounts.

export const DEVICE_COOKIE = 'po_device';
const DEVICE_TTL_S = 400 * 24 * 60 * 60;

export interface LoginDeps {
  db: Kysely<Database>;
  publicUrl?: string;
  clientIp: (c: Context) => string;
}

let dummyHash: Promise<string> | null = null;

export function loginRoutes(deps: LoginDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/login', async (c) => {
    if (c.get('session')) return c.redirect('/queue', 303);
    return showLogin(c, deps, null, 200);
  });

  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const email = String(body.email ?? '')
      .trim()
      .toLowerCase()
      .slice(0, 320);
    const password = String(body.password ?? '').slice(0, 1024);
    const now = new Date();
    const deviceToken = readCookie(c, DEVICE_COOKIE, deps.publicUrl);
    const deviceId = deviceToken && email ? await findKnownDevice(deps.db, deviceToken, email) : null;
    // A browser the user signed in from before answers for its own failures only; any other
    // client for the address's and its own.
    const limits: Array<[string, DelayRule]> = deviceId
      ? [[`device:${deviceId}`, ACCOUNT_RULE]]
      : [
          [`email:${email}`, ACCOUNT_RULE],
          [`ip:${deps.clientIp(c)}`, CLIENT_RULE],
        ];
    const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
    const waits = await Promise.all(limits.map(async ([key, rule]) => signInDelay(await readLoginFailures(deps.db, key, since), rule, now)));
    const wait = Math.max(0, ...waits);
    if (wait > 0) {
      c.header('retry-after', String(wait));
      return showLogin(c, deps, `Too many failed sign-ins. Try again in ${wait} second${wait === 1 ? '' : 's'}.`, 429, email);
    }
    const user = await findUserForLogin(deps.db, email);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword('not a password'))));
    if (!user || !ok) {
      await recordLoginFailure(
        deps.db,
        limits.map(([key]) => key),
        now,
      );
      return showLogin(c, deps, 'Wrong e-mail address or password.', 401, email);
    }
    // The count that slowed this attempt starts again; a sign-in from a known browser leaves the
    // address's own count alone, so someone guessing at it gains nothing from the rep signing in.
    await clearLoginFailures(deps.db, deviceId ? `device:${deviceId}` : `email:${email}`);
    if (deviceId) await touchDevice(deps.db, deviceId, now);
    else writeCookie(c, DEVICE_COOKIE, await rememberDevice(deps.db, user.id, now), deps.publicUrl, DEVICE_TTL_S);
    // Housekeeping on the rare path of signing in, so no timer is needed (none on Workers).
    await Promise.all([deleteExpiredSessions(deps.db), pruneLoginFailures(deps.db, new Date(now.getTime() - 24 * FAILURE_WINDOW_MS))]);
    const { token } = await createSession(deps.db, user.id, SESSION_TTL_MS);
    writeCookie(c, SESSION_COOKIE, token, deps.publicUrl, SESSION_TTL_MS / 1000);
    clearCookie(c, LOGIN_CSRF_COOKIE, deps.publicUrl);
    const next = safeNext(String(body.next ?? ''));
    if (user.mustChangePassword) return c.redirect(`/account/password?next=${encodeURIComponent(next)}`, 303);
    return c.redirect(next, 303);
  });

  app.post('/logout', async (c) => {
    const session = c.get('session');
    if (session) await deleteSession(deps.db, session.id);
    clearCookie(c, SESSION_COOKIE, deps.publicUrl);
    return c.redirect('/login', 303);
  });
  return app;
}

async function showLogin(c: Context<AppEnv>, deps: LoginDeps, error: string | null, status: 200 | 401 | 429, email = '') {
  // A form token double-submitted as a cookie (there is no session yet). An existing one is kept:
  // a second tab or a background request to the login page must not void the first form.
  const csrf = readCookie(c, LOGIN_CSRF_COOKIE, deps.publicUrl) ?? newToken();
  writeCookie(c, LOGIN_CSRF_COOKIE, csrf, deps.publicUrl, 60 * 60);
  const next = safeNext(c.req.query('next') ?? '');
  const page = (
    <Layout title="Sign in" session={null} page="login">
      <form method="post" action="/login" class="login">
        <h1>Sign in</h1>
        {error ? (
          <p class="notice error" role="alert">
            {error}
          </p>
        ) : null}
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="next" value={next} />
        <label>
          E-mail
          <input name="email" type="email" autocomplete="username" required autofocus={!email} value={email} />
        </label>
        <label>
          Password
          <input name="password" type="password" autocomplete="current-password" required autofocus={!!email} />
        </label>
        <button type="submit" class="primary">
          Sign in
        </button>
      </form>
    </Layout>
  );
  return c.html(await renderDocument(page), status);
}

/** Only a path on this site: never `//evil.example` or `https://...` (an open redirect). */
export function safeNext(next: string): string {
  return /^\/(?![/\\])[\w\-./?=&%#]*$/.test(next) && !next.startsWith('/login') ? next : '/queue';
}
