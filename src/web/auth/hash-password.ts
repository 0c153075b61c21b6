import { scryptAsync } from '@noble/hashes/scrypt';
import { toBase64Url } from '../../store/hash-token.ts';

// Passwords are hashed with scrypt from @noble/hashes: audited, pure JS, so the same code runs on
// Node and on Cloudflare Workers (node:crypto is not there, Web Crypto has no memory-hard KDF).
// The cost is OWASP's scrypt setting N=2^15, r=8, p=3 (about 0.5 s here); it is written into the
// stored hash so it can be raised later and old hashes still verify.

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 3 };
const KEY_BYTES = 32;

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await scryptAsync(password.normalize('NFC'), salt, { ...cost, dkLen: KEY_BYTES, maxmem: 2 ** 30 });
  return ['scrypt', cost.N, cost.r, cost.p, toBase64Url(salt), toBase64Url(key)].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, expected] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !expected) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isInteger(v) && v > 0)) return false;
  const key = await scryptAsync(password.normalize('NFC'), fromBase64Url(salt), { ...cost, dkLen: KEY_BYTES, maxmem: 2 ** 30 });
  return isSameSecret(toBase64Url(key), expected);
}

/** Compares without an early exit, so timing does not tell how much of a secret matched. */
export function isSameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}
