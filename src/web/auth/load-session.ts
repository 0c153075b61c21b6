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
    if (c.get('session')) return next();
    if (c.req.method !== 'GET') return c.text('sign in first', 401);
    const url = new URL(c.req.url);
    return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  };
}
