import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApiToken } from '../src/store/api-tokens.ts';
import { openStore } from '../src/store/open-store.ts';
import { createSession } from '../src/store/sessions.ts';
import { findUserForLogin } from '../src/store/users.ts';
import { createApp } from '../src/web/create-app.ts';
import { verifyPassword } from '../src/web/auth/hash-password.ts';
import { BIN, runCli } from './fixtures/run-cli.ts';

// `po-inbox users ...` and `po-inbox tokens ...` through the real bin; on a real terminal (a pty
// from util-linux `script`) where a generated password may be shown.

/** Runs the bin with a pseudo-terminal as stdin, stdout and stderr, typing INPUT. */
function runOnTerminal(args: string[], env: Record<string, string>, input: string): Promise<{ code: number | null; output: string }> {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'dumb', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: Buffer.concat(out).toString('utf8') }));
    setTimeout(() => child.stdin.end(input), 1500);
  });
}

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

  it('never prints a generated password into a pipe: without a terminal it asks for one and creates nobody', async () => {
    const run = await runCli(['users', 'add', 'admin@example.com', '--role', 'admin'], { cwd: work, env });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('po-inbox: no password given, and a generated one is shown only on a terminal: use --password-stdin, --password-file FILE or PO_INBOX_PASSWORD\n');
    const store = await openStore(env.DATABASE_URL!);
    expect(await findUserForLogin(store.db, 'admin@example.com')).toBeNull();
    await store.close();
  });

  it('on a terminal, generates a password when the prompt is left empty, shows it, and marks it to be changed', async () => {
    const run = await runOnTerminal(['users', 'add', 'admin@example.com', '--role', 'admin'], env, '\n');
    expect(run.code).toBe(0);
    const shown = /password: ([\w-]{24})\r?\n/.exec(run.output);
    expect(shown, run.output).not.toBeNull();
    const store = await openStore(env.DATABASE_URL!);
    const user = await findUserForLogin(store.db, 'admin@example.com');
    await store.close();
    expect(await verifyPassword(shown![1]!, user!.passwordHash)).toBe(true);
    expect(user!.mustChangePassword).toBe(true);
  });

  it('takes the password from --password-file, and it need not be changed', async () => {
    await writeFile(join(work, 'pw.txt'), 'from a file, long enough\n');
    const run = await runCli(['users', 'add', 'file@example.com', '--role', 'reviewer', '--password-file', join(work, 'pw.txt')], { cwd: work, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const store = await openStore(env.DATABASE_URL!);
    const user = await findUserForLogin(store.db, 'file@example.com');
    await store.close();
    expect(await verifyPassword('from a file, long enough', user!.passwordHash)).toBe(true);
    expect(user!.mustChangePassword).toBe(false);
    const missing = await runCli(['users', 'add', 'nofile@example.com', '--role', 'reviewer', '--password-file', join(work, 'nope.txt')], { cwd: work, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^po-inbox: --password-file .*nope\.txt: .*no such file/i);
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

  it('lists tokens without showing them, and a revoked token answers 401 at once', async () => {
    const add = await runCli(['tokens', 'add', 'nightly-export'], { cwd: work, env });
    const token = add.stdout.trim();
    const again = await runCli(['tokens', 'add', 'nightly-export'], { cwd: work, env });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/a token named nightly-export exists already/);
    const store = await openStore(env.DATABASE_URL!);
    const app = createApp({ db: store.db });
    const call = () => app.request('/api/drafts', { headers: { authorization: `Bearer ${token}` } });
    try {
      expect((await call()).status).toBe(200);
      const list = await runCli(['tokens', 'list'], { cwd: work, env });
      expect(list.code).toBe(0);
      expect(list.stdout).toMatch(/^nightly-export\tcreated \S+\tlast used 20\S+\tactive$/m);
      expect(list.stdout).not.toContain(token);
      const revoke = await runCli(['tokens', 'revoke', 'nightly-export'], { cwd: work, env });
      expect(revoke.stdout).toBe('revoked nightly-export\n');
      expect(revoke.code).toBe(0);
      // The same server, no restart: the next request is refused.
      expect((await call()).status).toBe(401);
      expect((await runCli(['tokens', 'list'], { cwd: work, env })).stdout).toMatch(/^nightly-export\t.*\trevoked 20/m);
      const unknown = await runCli(['tokens', 'revoke', 'nightly-export'], { cwd: work, env });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toBe('po-inbox: there is no active token named nightly-export (po-inbox tokens list)\n');
      // The name is free again.
      expect((await runCli(['tokens', 'add', 'nightly-export'], { cwd: work, env })).code).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('changes a role, resets a password (to be changed, sessions ended) and removes a user', async () => {
    const pw = { ...env, PO_INBOX_PASSWORD: 'a long enough password' };
    expect((await runCli(['users', 'add', 'temp@example.com', '--role', 'reviewer'], { cwd: work, env: pw })).code).toBe(0);
    const role = await runCli(['users', 'set-role', 'temp@example.com', '--role', 'admin'], { cwd: work, env });
    expect(role.stdout).toBe('temp@example.com is now admin\n');
    const store = await openStore(env.DATABASE_URL!);
    try {
      const user = (await findUserForLogin(store.db, 'temp@example.com'))!;
      expect(user.role).toBe('admin');
      await createSession(store.db, user.id, 60_000);
      const noTerminal = await runCli(['users', 'reset-password', 'temp@example.com'], { cwd: work, env });
      expect(noTerminal.code).toBe(2);
      expect(noTerminal.stdout).toBe('');
      const reset = await runCli(['users', 'reset-password', 'temp@example.com'], { cwd: work, env: { ...env, PO_INBOX_PASSWORD: 'a temporary password' } });
      expect(reset.stderr).toBe('');
      expect(reset.code).toBe(0);
      const after = (await findUserForLogin(store.db, 'temp@example.com'))!;
      expect(await verifyPassword('a temporary password', after.passwordHash)).toBe(true);
      expect(after.mustChangePassword).toBe(true);
      expect(await store.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
      const listed = await runCli(['users', 'list'], { cwd: work, env });
      expect(listed.stdout).toMatch(/^temp@example\.com\tadmin\tcreated \S+\tmust change password$/m);
      const removed = await runCli(['users', 'remove', 'temp@example.com'], { cwd: work, env });
      expect(removed.stdout).toBe('removed temp@example.com; signed out everywhere\n');
      expect(await findUserForLogin(store.db, 'temp@example.com')).toBeNull();
      const again = await runCli(['users', 'remove', 'temp@example.com'], { cwd: work, env });
      expect(again.code).toBe(2);
      expect(again.stderr).toBe('po-inbox: there is no user temp@example.com\n');
      expect((await runCli(['users', 'frobnicate', 'x'], { cwd: work, env })).code).toBe(2);
    } finally {
      await store.close();
    }
  });
});
