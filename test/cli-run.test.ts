import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from './fixtures/run-cli.ts';
import { SAMPLES_CORPUS } from './fixtures/shared-folder.ts';
import { freePort } from './support/free-port.ts';
import { waitFor } from './support/wait-for.ts';

// `po-inbox run` as a newcomer starts it: no settings, SQLite under ./data, the drop folder
// ./inbox; a dropped sample becomes a draft that `po-inbox drafts` lists, /healthz answers, and
// SIGTERM stops it cleanly.

let cwd: string;
let child: ChildProcess;
let port: number;
let stdout = '';
let exited: Promise<number | null>;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'po-run-'));
  port = await freePort();
  child = spawn(process.execPath, [BIN, 'run'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  await waitFor(() => stdout.includes('worker started'), 'po-inbox run to start', 30_000);
}, 60_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await rm(cwd, { recursive: true, force: true });
});

describe('po-inbox run on the embedded default', () => {
  it('makes a dropped sample a draft that po-inbox drafts lists, urgent first', async () => {
    await copyFile(join(SAMPLES_CORPUS, 'email-pdf-en-01.eml'), join(cwd, 'inbox', 'a.eml'));
    await copyFile(join(SAMPLES_CORPUS, 'email-text-en-01.eml'), join(cwd, 'inbox', 'b.eml'));
    await waitFor(async () => (await readdir(join(cwd, 'inbox', 'processed'))).length === 2, 'both files processed', 30_000);
    const listed = await runCli(['drafts', '--json'], { cwd });
    expect(listed.code).toBe(0);
    const drafts = listed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(drafts).toHaveLength(2);
    for (const draft of drafts) expect(Object.keys(draft).sort()).toEqual(['createdAt', 'id', 'order', 'source', 'status']);
    const ranks = drafts.map((d) => ({ urgent: 0, high: 1, normal: 2 })[d.order.urgency.level as 'urgent']);
    expect(ranks).toEqual([...ranks].sort());
    const table = await runCli(['drafts', '--status', 'pending'], { cwd });
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+STATUS\s+URGENCY\s+PO/);
  });

  it('answers /healthz with the store and the source state', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as { mailbox: { lastFetchAt: string } };
    expect(health).toMatchObject({ store: { reachable: true }, mailbox: { connected: true } });
    expect(Date.now() - Date.parse(health.mailbox.lastFetchAt)).toBeLessThan(10_000);
  });

  it('logs JSON lines and stops on SIGTERM with exit code 0', async () => {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = stdout.trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(lines.at(-1)).toContain('"msg":"stopped"');
  });
});

describe('po-inbox run with bad settings', () => {
  it('stops at start with one line naming the setting, exit code 2', async () => {
    const bad = await runCli(['run'], { cwd: tmpdir(), env: { PORT: 'eighty' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^po-inbox: bad setting PORT: /)]);
    const noDb = await runCli(['worker'], { cwd: tmpdir(), env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
    expect(noDb.code).toBe(2);
    expect(noDb.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^po-inbox: bad setting DATABASE_URL: cannot connect/)]);
    const imap = await runCli(['worker'], { cwd: tmpdir(), env: { IMAP_HOST: 'mail.example' } });
    expect(imap.code).toBe(2);
    expect(imap.stderr).toMatch(/bad setting IMAP_USER: required when IMAP_HOST is set/);
  });

  it('says so in one line when the port is taken', async () => {
    const blocker = createServer();
    const taken = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)));
    const dir = await mkdtemp(join(tmpdir(), 'po-run-port-'));
    try {
      const result = await runCli(['serve'], { cwd: dir, env: { PORT: String(taken) } });
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toMatch(/^po-inbox: bad setting PORT: cannot listen on 127\.0\.0\.1:\d+: .* already in use$/);
    } finally {
      blocker.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
