import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_SET, OUR_MX } from './fixtures/hostile-set.ts';
import { LINES_FOR_GENUINE, genuineMail } from './fixtures/genuine-mail.ts';
import { po } from './fixtures/make-forged-mail.ts';
import { HOSTILE_MAILS } from './fixtures/make-hostile-inputs.ts';
import { makePoPdf } from './fixtures/make-po-pdf.ts';
import { BIN, REPO_ROOT, runCli } from './fixtures/run-cli.ts';
import { freePort } from './support/free-port.ts';
import { waitFor } from './support/wait-for.ts';

// Issue 14's "done when": `po-inbox run` fed the whole hostile set at once (PDF bombs, a 2 MB
// body, nested tables, two forged-authentication mails from a customer set to auto-approve) plus
// an ordinary, genuinely authenticated PO dropped behind them keeps serving the desk (/healthz
// answers all along), finishes every file, lets neither forged mail skip review, and approves the
// ordinary order on arrival. A part bomb with a genuine PO beside it goes in too: its PO is a
// draft held for review, the bomb trimmed away, and the worker says so in one line.

let cwd: string;
let child: ChildProcess;
let port: number;
let log = '';
const MASTER = join(REPO_ROOT, 'samples/master');

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'po-run-hostile-'));
  port = await freePort();
  child = spawn(process.execPath, [BIN, 'run'], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      CATALOG_FILE: join(MASTER, 'catalog.csv'),
      CUSTOMERS_FILE: join(MASTER, 'customers.csv'),
      AUTHSERV_ID: OUR_MX,
      READ_TIME_LIMIT_SECONDS: '60',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitFor(() => log.includes('worker started'), 'po-inbox run to start', 60_000);
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await rm(cwd, { recursive: true, force: true });
});

describe('po-inbox run fed the hostile set at once', () => {
  it('keeps serving, finishes every file and the ordinary order behind them, and lets no forged mail through', async () => {
    const staging = join(cwd, 'staging');
    await mkdir(staging);
    const names: string[] = [];
    for (const c of HOSTILE_SET) {
      await writeFile(join(staging, c.file), await c.make());
      names.push(c.file);
    }
    const bomb = HOSTILE_MAILS.find((m) => m.file === 'parts-10000.eml')!;
    await writeFile(join(staging, bomb.file), await bomb.make({ poNumber: 'PO-8898', pdf: await makePoPdf(po('PO-8898', LINES_FOR_GENUINE)) }));
    names.push(bomb.file);
    await writeFile(join(staging, 'zz-ordinary.eml'), await genuineMail('PO-8899', LINES_FOR_GENUINE));
    names.push('zz-ordinary.eml');
    // All at once: renamed into the watched folder in one go.
    const { rename } = await import('node:fs/promises');
    for (const name of names) await rename(join(staging, name), join(cwd, 'inbox', name));

    const health: number[] = [];
    let done = false;
    let slowest = 0;
    const probe = (async () => {
      while (!done) {
        // A new connection each time, as a rep's browser opening the desk would; 30 s is the bound.
        const started = Date.now();
        const response = await fetch(`http://127.0.0.1:${port}/healthz`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(30_000) }).catch(() => null);
        health.push(response?.status ?? 0);
        slowest = Math.max(slowest, Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    const finished = async () =>
      (await readdir(join(cwd, 'inbox', 'processed')).catch(() => [])).length +
      (await readdir(join(cwd, 'inbox', 'failed')).catch(() => [])).filter((f) => !f.endsWith('.error.txt')).length;
    await waitFor(async () => (await finished()) === names.length, 'every file processed or failed', 540_000);
    done = true;
    await probe;
    // The desk answered every probe while the worker read the hostile set.
    expect(health.length).toBeGreaterThan(3);
    expect(health.filter((s) => s !== 200)).toEqual([]);
    console.log(`/healthz answered ${health.length} probes while the hostile set was read; slowest ${slowest} ms`);

    const drafts = (await runCli(['drafts', '--json'], { cwd })).stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const byPo = (po: string) => drafts.filter((d) => d.order.poNumber === po);
    expect(byPo('PO-8899').map((d) => [d.status, d.order.reviewReasons])).toEqual([['approved', []]]);
    expect(byPo('PO-8898').map((d) => [d.status, d.order.lines.length, d.order.reviewReasons.filter((r: string) => r.startsWith('mail trimmed'))])).toEqual([
      ['pending', 1, ['mail trimmed: 9,003 MIME parts beyond the first 1,000 were not read']],
    ]);
    expect(log.split('\n').filter((l) => l.includes('"msg":"mail trimmed: read in part"'))).toHaveLength(1);
    for (const forged of ['PO-8800', 'PO-8801']) {
      expect(byPo(forged)).toHaveLength(1);
      expect(byPo(forged)[0].status).toBe('pending');
      expect(byPo(forged)[0].order.reviewReasons.join(' ')).toMatch(/ignored Authentication-Results/);
    }
    // The bombs are skipped parts or failed files with one line each, never a crash of the worker.
    expect(child.exitCode).toBeNull();
    for (const file of (await readdir(join(cwd, 'inbox', 'failed'))).filter((f) => f.endsWith('.error.txt'))) {
      const { readFile } = await import('node:fs/promises');
      expect((await readFile(join(cwd, 'inbox', 'failed', file), 'utf8')).trim().split('\n')).toHaveLength(1);
    }
  }, 600_000);
});
