// `npm run bench:pickup [-- --latency 100 --burst 500]`: how fast mail delivered to a real Dovecot
// becomes a committed draft, with the worker in-process (SQLite store in a temp folder).
//
//   pickup latency: one text-PDF PO at a time over LMTP, after a random pause of 0-1 s; from the end
//                   of the delivery (the server's 250) to drafts.created_at, the commit of the
//                   draft (p50 / p95 / max);
//   burst:          N messages arriving at once: APPENDed to a staging folder the worker does not
//                   watch, then moved into INBOX with one UID MOVE; messages per second from that
//                   MOVE to the last draft committed.
//
// Both under IDLE and with IDLE off (the poll path, IMAP_POLL_SECONDS=1). Prints figures; asserts
// nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ImapFlow } from 'imapflow';
import { parseSettings } from '../src/cli/load-settings.ts';
import { muteConsole } from '../src/cli/mute-console.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { createLogger } from '../src/main/create-logger.ts';
import { startWorker, type Worker } from '../src/main/start-worker.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { startDovecot, type Dovecot } from '../test/support/dovecot.ts';
import { makePdfPoEmail } from '../test/fixtures/make-po-email.ts';
import { samplePo } from '../test/fixtures/make-po-pdf.ts';

interface Mode {
  label: string;
  imap: { useIdle: boolean; pollMs?: number };
}

/** Deliveries one at a time are spread by a random pause of up to this long. */
const PAUSE_MS = 1000;

const MODES: Mode[] = [
  { label: 'IDLE', imap: { useIdle: true } },
  { label: 'poll 1 s (no IDLE)', imap: { useIdle: false, pollMs: 1000 } },
];

interface Figures {
  mode: string;
  latencies: number[];
  burst: { count: number; moveMs: number; totalMs: number };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { latency: { type: 'string', default: '100' }, burst: { type: 'string', default: '500' }, verbose: { type: 'boolean' } } });
  const latencyCount = Number(values.latency);
  const burstCount = Number(values.burst);
  muteConsole(false);
  const dir = mkdtempSync(join(tmpdir(), 'bench-pickup-'));
  const dovecot = await startDovecot();
  const results: Figures[] = [];
  let serial = 0;
  // PO numbers never repeat across modes, so every draft is found by its own number.
  const nextPo = () => samplePo(100_000 + serial++);
  try {
    print(`bench:pickup  node ${process.version}  Dovecot ${dovecot.host}:${dovecot.imapPort}  ${latencyCount} one at a time, ${burstCount} at once`);
    for (const mode of MODES) {
      const store = await openStore(`sqlite:${join(dir, `${mode.imap.useIdle ? 'idle' : 'poll'}.db`)}`);
      const logger = values.verbose ? createLogger('debug', process.stderr) : silentLogger;
      const settings = parseSettings({
        IMAP_HOST: dovecot.host,
        IMAP_PORT: String(dovecot.imapPort),
        IMAP_SECURE: 'false',
        IMAP_USER: dovecot.user,
        IMAP_PASSWORD: dovecot.password,
        DATABASE_URL: store.label,
        WORKER_CONCURRENCY: '2',
      });
      const worker = await startWorker(settings, store, logger, { imap: { ...mode.imap, commandTimeoutMs: 30_000, maxBackoffMs: 2000 } });
      try {
        // The first extraction loads pdf.js (~2 s): not part of pickup.
        const warm = nextPo();
        await dovecot.deliverLmtp(Buffer.from(await makePdfPoEmail(warm, { messageId: `<warm-${serial}@bench.example>` })));
        await draftAt(store, warm.poNumber, 30_000);
        process.stdout.write(`${mode.label}: latency `);
        const latencies: number[] = [];
        for (let i = 0; i < latencyCount; i++) {
          const po = nextPo();
          const raw = Buffer.from(await makePdfPoEmail(po, { messageId: `<lat-${serial}@bench.example>` }));
          // A random pause first, so deliveries do not fall in step with the poll cycle.
          await sleep(Math.random() * PAUSE_MS);
          await dovecot.deliverLmtp(raw);
          const delivered = Date.now();
          const committed = await draftAt(store, po.poNumber, 30_000);
          latencies.push(committed - delivered);
          if ((i + 1) % 10 === 0) process.stdout.write('.');
        }
        await waitEmpty(dovecot, 30_000);
        process.stdout.write(' burst ');
        const pos = Array.from({ length: burstCount }, () => nextPo());
        const raws = await Promise.all(pos.map(async (po, k) => Buffer.from(await makePdfPoEmail(po, { messageId: `<burst-${serial}-${k}@bench.example>` }))));
        await appendAll(dovecot, raws, 'Staging');
        const t0 = Date.now();
        await moveAll(dovecot, 'Staging', 'INBOX', burstCount);
        const moveMs = Date.now() - t0;
        const last = await lastDraftAt(
          store,
          pos.map((p) => p.poNumber),
          10 * 60_000,
        );
        results.push({ mode: mode.label, latencies, burst: { count: burstCount, moveMs, totalMs: last - t0 } });
        await waitEmpty(dovecot, 60_000);
        print(' done');
      } finally {
        await worker.stop();
        await store.close();
      }
    }
  } finally {
    await dovecot.close();
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(results);
}

/** drafts.created_at (ms since epoch) of the draft of one PO, polled every 20 ms. */
async function draftAt(store: Store, poNumber: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await store.db.selectFrom('drafts').select('created_at').where('po_number', '=', poNumber).executeTakeFirst();
    if (row) return Date.parse(row.created_at);
    if (Date.now() > deadline) throw new Error(`no draft for ${poNumber} within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** The latest drafts.created_at once every PO has its draft. */
async function lastDraftAt(store: Store, poNumbers: string[], timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await store.db.selectFrom('drafts').select(['po_number', 'created_at']).where('po_number', 'in', poNumbers).execute();
    if (rows.length >= poNumbers.length) return Math.max(...rows.map((r) => Date.parse(r.created_at)));
    if (Date.now() > deadline) throw new Error(`only ${rows.length} of ${poNumbers.length} drafts within ${timeoutMs} ms`);
    await sleep(50);
  }
}

async function appendAll(dovecot: Dovecot, raws: Buffer[], mailbox: string): Promise<void> {
  await withClient(dovecot, async (client) => {
    if (!(await client.list()).some((entry) => entry.path === mailbox)) await client.mailboxCreate(mailbox);
    for (const raw of raws) {
      if (!(await client.append(mailbox, raw))) throw new Error(`APPEND to ${mailbox} failed`);
    }
  });
}

/** Everything in `from` into `to` with one UID MOVE: the messages arrive at once. */
async function moveAll(dovecot: Dovecot, from: string, to: string, expected: number): Promise<void> {
  await withClient(dovecot, async (client) => {
    const box = await client.mailboxOpen(from);
    if (box.exists !== expected) throw new Error(`${from} holds ${box.exists} messages, expected ${expected}`);
    if (!(await client.messageMove('1:*', to, { uid: true }))) throw new Error(`MOVE ${from} -> ${to} failed`);
  });
}

async function withClient<T>(dovecot: Dovecot, fn: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({ ...dovecot.imapOptions(), logger: false, disableAutoIdle: true });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function waitEmpty(dovecot: Dovecot, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await dovecot.countMessages('INBOX')) > 0) {
    if (Date.now() > deadline) throw new Error(`INBOX not emptied within ${timeoutMs} ms`);
    await sleep(100);
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function printTable(results: Figures[]): void {
  const header = ['mode', 'pickup p50', 'p95', 'max', 'burst', 'MOVE took', 'to last draft', 'msg/s'];
  const rows = results.map((r) => {
    const sorted = [...r.latencies].sort((a, b) => a - b);
    const ms = (v: number) => `${Math.round(v)} ms`;
    return [
      r.mode,
      ms(percentile(sorted, 50)),
      ms(percentile(sorted, 95)),
      ms(sorted.at(-1) ?? Number.NaN),
      String(r.burst.count),
      `${(r.burst.moveMs / 1000).toFixed(1)} s`,
      `${(r.burst.totalMs / 1000).toFixed(1)} s`,
      (r.burst.count / (r.burst.totalMs / 1000)).toFixed(1),
    ];
  });
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k].length)));
  const line = (cells: string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  print('');
  print(line(header));
  print(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) print(line(row));
  print('');
  for (const r of results)
    print(
      `${r.mode}: slowest pickups ${[...r.latencies]
        .sort((a, b) => b - a)
        .slice(0, 5)
        .map((v) => `${Math.round(v)}`)
        .join(', ')} ms`,
    );
  print('pickup: end of LMTP delivery -> draft committed (drafts.created_at); targets under IDLE: p50 < 1 s, p95 < 2 s');
  print('burst: one UID MOVE of all of them into INBOX -> last draft committed; WORKER_CONCURRENCY=2');
  print(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

/** pdf.js warnings are muted through the console, so figures go straight to stdout. */
function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench:pickup failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
