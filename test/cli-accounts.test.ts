import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApiToken } from '../src/store/api-tokens.ts';
import { openStore } from '../src/store/open-store.ts';
import { findUserForLogin } from '../src/store/users.ts';
import { verifyPassword } from '../src/web/auth/hash-password.ts';
import { runCli } from './fixtures/run-cli.ts';

// `po-inbox users add` and `po-inbox tokens add` through the real bin.

let work: string;
let env: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'po-accounts-'));
  env = { DATABASE_URL: `sqlite:${join(work, 'po.db')}` };
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('po-inbox users add / tokens add', () => {
  it('creates a user with the password from PO_INBOX_PASSWORD, hashed with scrypt', async () => {
    const run = await runCli(['users', 'add', 'Rep@Example.com', '--role', 'reviewer'], { cwd: work, env: { ...env, PO_INBOX_PASSWORD: 'a long enough password' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('created reviewer rep@example.com\n');
    expect(run.code).toBe(0);
    const store = await openStore(env.DATABASE_URL!);
    const user = await findUserForLogin(store.db, 'rep@example.com');
    await store.close();
    expect(user?.passwordHash).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(await verifyPassword('a long enough password', user!.passwordHash)).toBe(true);
  });

  it('generates and prints a password when none is given and there is no terminal', async () => {
    const run = await runCli(['users', 'add', 'admin@example.com', '--role', 'admin'], { cwd: work, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^created admin admin@example.com\npassword: [\w-]{24}\n/);
  });

  it('refuses a second user with the same address, and a short password', async () => {
    const again = await runCli(['users', 'add', 'rep@example.com', '--role', 'admin'], { cwd: work, env: { ...env, PO_INBOX_PASSWORD: 'another long password' } });
    expect(again.stderr).toBe('po-inbox: a user rep@example.com exists already\n');
    expect(again.code).toBe(2);
    const short = await runCli(['users', 'add', 'x@example.com', '--role', 'admin'], { cwd: work, env: { ...env, PO_INBOX_PASSWORD: 'short' } });
    expect(short.stderr).toMatch(/at least 12 characters/);
    expect(short.code).toBe(2);
  });

  it('creates an API token, prints it once, and stores only its hash', async () => {
    const run = await runCli(['tokens', 'add', 'erp-import'], { cwd: work, env });
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    expect(token).toMatch(/^poi_[\w-]{43}$/);
    const store = await openStore(env.DATABASE_URL!);
    expect(await findApiToken(store.db, token)).toMatchObject({ name: 'erp-import' });
    const rows = await store.db.selectFrom('api_tokens').select('token_hash').execute();
    await store.close();
    expect(rows.every((r) => !r.token_hash.includes(token))).toBe(true);
  });
});
