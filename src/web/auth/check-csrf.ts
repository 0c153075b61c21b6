import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { isSameSecret } from './hash-password.ts';
import { readCookie } from './session-cookie.ts';

// CSRF defence for every state-changing request of the UI, whatever its Content-Type (Hono's
// csrf middleware once let requests without a form Content-Type through). Two checks, both must
// pass: the browser's own word on where the request comes from (Sec-Fetch-Site, else Origin),
// and a token from the form that a foreign page cannot read. The API is exempt: it takes only
// bearer tokens, never cookies, so a foreign page cannot act through it.

export const LOGIN_CSRF_COOKIE = 'po_login_csrf';

export function checkCsrf(publicUrl: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) || new URL(c.req.url).pathname.startsWith('/api/')) return next();
    if (!isSameOriginRequest(c, publicUrl)) return c.text('cross-site request refused', 403);
    const body = await readForm(c);
    const sent = typeof body?._csrf === 'string' ? body._csrf : '';
    const session = c.get('session');
    const expected = session ? session.csrfToken : readCookie(c, LOGIN_CSRF_COOKIE, publicUrl);
    if (!sent || !expected || !isSameSecret(sent, expected)) return c.text('missing or stale form token; reload the page', 403);
    return next();
  };
}

function isSameOriginRequest(c: Context, publicUrl: string | undefined): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = c.req.header('origin');
  if (origin !== undefined) return origin === ownOrigin(c, publicUrl);
  return true;
}

export function ownOrigin(c: Context, publicUrl: string | undefined): string {
  return new URL(publicUrl ?? c.req.url).origin;
}

async function readForm(c: Context): Promise<Record<string, unknown> | null> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return null;
  try {
    return await c.req.parseBody();
  } catch {
    return null;
  }
}
