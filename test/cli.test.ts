import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHostileInputs } from './fixtures/make-hostile-inputs.ts';
import { makePdfPoEmail } from './fixtures/make-po-email.ts';
import { makePoPdf, samplePo } from './fixtures/make-po-pdf.ts';
import { runCli, type CliRun } from './fixtures/run-cli.ts';

// The exit codes and error lines of shared/contract/cli.md, through the real bin: 0 all inputs
// handled; 1 some input unreadable, each one line `po-inbox: NAME: reason` on stderr, no stack
// trace, the others still handled; 2 bad usage or settings, one line naming the setting.

const HOSTILE = ['empty.pdf', 'truncated.pdf', 'noise.pdf', 'encrypted.pdf', 'truncated.eml', 'letter.docx', 'blob.bin'];

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'po-inbox-cli-'));
  for (const [name, bytes] of Object.entries(await makeHostileInputs())) await writeFile(join(work, name), bytes);
  await writeFile(join(work, 'good.pdf'), await makePoPdf(samplePo(1)));
  await writeFile(join(work, 'good.eml'), await makePdfPoEmail(samplePo(2)));
  await mkdir(join(work, 'a-folder.pdf'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const cli = (args: string[], env?: Record<string, string>) => runCli(args, { cwd: work, env });

function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function expectOneErrorLine(run: CliRun, name: string): void {
  const lines = stderrLines(run);
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^po-inbox: ${escapeRegExp(name)}: .+$`));
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('unreadable inputs: exit 1 and one stderr line each', () => {
  // One CLI run over all of them (loading the extractor costs a second or two per process); each
  // file must still account for exactly one stderr line and no output of its own.
  const NAMES = [...HOSTILE, 'missing.pdf', 'a-folder.pdf'];
  let all: Promise<CliRun> | undefined;
  const runAll = () => (all ??= cli(['extract', ...NAMES, '--json']));

  it('exits 1 with nothing on stdout, one stderr line per input, in order, no stack trace', async () => {
    const run = await runAll();
    expect(run.stdout).toBe('');
    expect(
      stderrLines(run).map((line) => line.split(':')[1]?.trim()),
      run.stderr,
    ).toEqual(NAMES);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.code).toBe(1);
  });

  it.each(NAMES)('%s', async (name) => {
    const lines = stderrLines(await runAll()).filter((line) => line.startsWith(`po-inbox: ${name}: `));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^po-inbox: ${escapeRegExp(name)}: \\S.*$`));
  });

  it('a missing file says so', async () => {
    expect(stderrLines(await runAll())).toContain('po-inbox: missing.pdf: no such file');
  });

  it('a single unreadable file on its own also exits 1', async () => {
    const run = await cli(['extract', 'encrypted.pdf', '--json']);
    expectOneErrorLine(run, 'encrypted.pdf');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });
});

describe.concurrent('mixed runs: the good files are still printed, in order', () => {
  it.each([['missing.pdf'], ['noise.pdf']])('good.pdf %s good.eml', async (bad) => {
    const run = await cli(['extract', 'good.pdf', bad, 'good.eml', '--json']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => (JSON.parse(line) as { source: { file: string } }).source.file)).toEqual(['good.pdf', 'good.eml']);
    expectOneErrorLine(run, bad);
    expect(run.code).toBe(1);
  });

  it('all good: exit 0, nothing on stderr, a summary without --json', async () => {
    const run = await cli(['extract', 'good.pdf', 'good.eml']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^good\.pdf: /m);
    expect(run.stdout).toMatch(/^good\.eml: /m);
    expect(run.code).toBe(0);
  });
});

describe.concurrent('usage: exit 2', () => {
  it.each([
    [[], /missing COMMAND/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['extract'], /extract needs at least one FILE/],
    [['extract', 'good.pdf', '--bogus'], /--bogus/],
    [['run', 'now'], /^po-inbox: run takes no arguments/],
    [['users', 'add', 'a@b.example', '--role', 'boss'], /^po-inbox: --role must be reviewer or admin/],
    [['tokens', 'add'], /^po-inbox: usage: tokens add NAME/],
  ])('po-inbox %j', async (args, message) => {
    const run = await cli(args as string[]);
    expect(stderrLines(run)).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.code).toBe(2);
  });

  it.each([[['--help']], [['extract', '--help']], [['help']]])('po-inbox %j prints usage and exits 0', async (args) => {
    const run = await cli(args);
    expect(run.stdout).toMatch(/^Usage: po-inbox/);
    expect(run.code).toBe(0);
  });
});

describe('settings: a bad value stops the start with one line naming it', () => {
  it('from the environment', async () => {
    const run = await cli(['extract', 'good.pdf'], { PORT: '99999' });
    expect(run.stderr).toBe('po-inbox: bad setting PORT: expected a port number 1-65535\n');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('from .env in the working folder, where the environment wins', async () => {
    const folder = join(work, 'with-env');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, '.env'), '# local settings\nLOG_LEVEL=loud\nSELLER_NAME="Our Co; Our Co GmbH"\n');
    await writeFile(join(folder, 'good.pdf'), await makePoPdf(samplePo(3)));
    const bad = await runCli(['extract', 'good.pdf'], { cwd: folder });
    expect(bad.stderr).toMatch(/^po-inbox: bad setting LOG_LEVEL: .+\n$/);
    expect(bad.code).toBe(2);
    const overridden = await runCli(['extract', 'good.pdf'], { cwd: folder, env: { LOG_LEVEL: 'warn' } });
    expect(overridden.stderr).toBe('');
    expect(overridden.code).toBe(0);
  });
});
