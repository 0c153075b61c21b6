import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { findSession } from '../../store/sessions.ts';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { readCookie } from './session-cookie.ts';

export const SESSION_COOKIE = 'po_session';

/** Puts the session of the request's cookie (or null) on the context. */
export function loadSession(db: Kysely<Database>, publicUrl: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readCookie(c, SESSION_COOKIE, publicUrl);
    const session = token ? await findSession(db, token) : null;
    c.set('session', session);
    if (session) c.set('actor', session.user.email);
    return next();
  };
}

/** Pages of the UI: without a session, to the login page (and back afterwards). */
export function requireSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = c.get('session');
    if (session?.mustChangePassword) {
      // Someone else set this password: nothing opens until the user has picked their own.
      const path = new URL(c.req.url).pathname;
      if (path === '/account/password') return next();
      if (c.req.method !== 'GET') return c.text('choose your own password first (/account/password)', 403);
      return c.redirect(`/account/password?next=${encodeURIComponent(path + new URL(c.req.url).search)}`, 303);
    }
    if (session) return next();
    if (c.req.method !== 'GET') return c.text('sign in first', 401);
    const url = new URL(c.req.url);
    return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  };
}
