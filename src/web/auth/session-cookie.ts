import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

// The session cookie: HttpOnly (no script reads it), SameSite=Lax (a cross-site form post does
// not carry it; a link from a mail still opens the page), and Secure with the __Host- prefix when
// served over HTTPS. Plain http is allowed for a desk on localhost.

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export function isHttps(c: Context, publicUrl: string | undefined): boolean {
  return (publicUrl ?? c.req.url).startsWith('https:');
}

function cookieName(secure: boolean, base: string): string {
  return secure ? `__Host-${base}` : base;
}

export function readCookie(c: Context, base: string, publicUrl: string | undefined): string | undefined {
  return getCookie(c, cookieName(isHttps(c, publicUrl), base));
}

export function writeCookie(c: Context, base: string, value: string, publicUrl: string | undefined, maxAgeSeconds: number): void {
  const secure = isHttps(c, publicUrl);
  setCookie(c, cookieName(secure, base), value, { path: '/', httpOnly: true, sameSite: 'Lax', secure, maxAge: maxAgeSeconds });
}

export function clearCookie(c: Context, base: string, publicUrl: string | undefined): void {
  const secure = isHttps(c, publicUrl);
  deleteCookie(c, cookieName(secure, base), { path: '/', secure });
}
