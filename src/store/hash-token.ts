// Secrets handed to browsers and scripts (session cookies, API tokens) are random 256-bit values;
// the store keeps only their SHA-256, so a leaked database copy does not let anyone sign in.
// Web Crypto only: this also runs on Cloudflare Workers.

export function newToken(bytes = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return toBase64Url(data);
}

export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function toBase64Url(data: Uint8Array): string {
  let text = '';
  for (const byte of data) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
