import { randomBytes } from 'node:crypto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed, vi } from 'vitest';
import { parseSettings } from '../src/cli/load-settings.ts';
import type { Logger } from '../src/domain/logger.ts';
import { startWorker, type Worker, type WorkerOptions } from '../src/main/start-worker.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { makePdfPoEmail } from './fixtures/make-po-email.ts';
import { warmUpExtraction } from './support/warm-up-extraction.ts';
import { samplePo } from './fixtures/make-po-pdf.ts';
import { BIN } from './fixtures/run-cli.ts';
import { waitForValue as waitFor } from './support/wait-for.ts';
import { startDovecot, type Dovecot } from './support/dovecot.ts';
import { createTestDatabase, type TestDatabase } from './support/postgres.ts';
import { requirePostgres } from './fixtures/require-service.ts';
import { startSilentProxy, type SilentProxy } from './support/silent-proxy.ts';

// Fault tests of the IMAP intake against a real Dovecot: a worker killed mid-batch, the server
// going away, a link that goes silent during IDLE and during a FETCH, a mailbox recreated with a
// new UIDVALIDITY, two workers on one mailbox and one PostgreSQL store. Each ends with the same
// check: every delivered message has exactly one draft (by ledger message and by PO number), no
// message is lost or doubled, nothing is left claimed or failed, and the watched mailbox is empty.

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const TIMINGS: NonNullable<WorkerOptions['imap']> = { commandTimeoutMs: 2000, watchdogMs: 1500, reconcileMs: 2000, maxBackoffMs: 1000 };
const RUN = randomBytes(4).toString('hex');
const postgresUp = await requirePostgres('imap-faults');

// --- plumbing ---------------------------------------------------------------------------------

const cleanups: Array<() => Promise<void>> = [];
const children = new Set<ChildWorker>();
/** What this file started, to check that none of it outlives the file (other files may run Dovecots too). */
const startedConfs: string[] = [];
const startedPids: number[] = [];
let restoreConsole: (() => void) | null = null;

beforeAll(async () => {
  restoreConsole = await warmUpExtraction();
}, 300_000);

afterEach(async () => {
  for (const child of [...children]) await child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((err: unknown) => note(`cleanup failed: ${String(err)}`));
});

afterAll(async () => {
  for (const child of [...children]) await child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  restoreConsole?.();
  expect(startedConfs.map((conf) => pgrep(conf)).filter(Boolean), 'Dovecots of this file that outlived it').toEqual([]);
  expect(startedPids.filter(alive), 'worker child processes that outlived the tests').toEqual([]);
});

function note(text: string): void {
  process.stdout.write(`${text}\n`);
}

function pgrep(pattern: string): string {
  return spawnSync('pgrep', ['-af', pattern], { encoding: 'utf8' }).stdout.trim();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function newDovecot(): Promise<Dovecot> {
  const dovecot = await startDovecot();
  startedConfs.push(dovecot.confPath);
  cleanups.push(() => dovecot.close());
  return dovecot;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imap-faults-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function newStore(url: string): Promise<Store> {
  const store = await openStore(url);
  cleanups.push(() => store.close());
  return store;
}

function workerEnv(dovecot: Dovecot, databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    IMAP_HOST: dovecot.host,
    IMAP_PORT: String(dovecot.imapPort),
    IMAP_SECURE: 'false',
    IMAP_USER: dovecot.user,
    IMAP_PASSWORD: dovecot.password,
    DATABASE_URL: databaseUrl,
    WORKER_CONCURRENCY: '2',
    ...extra,
  };
}

interface LogEntry {
  at: number;
  level: string;
  msg: string;
  fields: Record<string, unknown>;
}

function recordingLogger(entries: LogEntry[], bindings: Record<string, unknown> = {}): Logger {
  const at = (level: string) => (fields: object, msg: string) => {
    const entry = { at: Date.now(), level, msg, fields: { ...bindings, ...fields } };
    entries.push(entry);
    if (process.env.IMAP_TEST_LOG) process.stderr.write(`${new Date(entry.at).toISOString()} ${level} ${msg} ${JSON.stringify(entry.fields)}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (more) => recordingLogger(entries, { ...bindings, ...more }) };
}

interface InProcess {
  worker: Worker;
  logs: LogEntry[];
}

async function inProcessWorker(store: Store, env: Record<string, string>, imap: WorkerOptions['imap'] = TIMINGS): Promise<InProcess> {
  const logs: LogEntry[] = [];
  const worker = await startWorker(parseSettings(env), store, recordingLogger(logs), { imap });
  let stopped = false;
  const stop = worker.stop.bind(worker);
  worker.stop = async () => {
    if (stopped) return;
    stopped = true;
    await stop();
  };
  cleanups.push(() => worker.stop());
  onTestFailed(() => {
    note('--- in-process worker log (last 40) ---');
    for (const e of logs.slice(-40)) note(`${new Date(e.at).toISOString()} ${e.level} ${e.msg} ${JSON.stringify(e.fields)}`);
  });
  return { worker, logs };
}

/** `node bin/po-inbox.mjs worker` with a clean environment; its JSON log lines are kept. */
class ChildWorker {
  readonly proc: ChildProcess;
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly name: string,
    env: Record<string, string>,
    cwd: string,
  ) {
    this.proc = spawn(process.execPath, [BIN, 'worker'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: process.env.TMPDIR ?? '/tmp', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.proc.stdout!, this.proc.stderr!]) {
      let buffer = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffer += chunk;
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        for (const line of parts) {
          this.lines.push(line);
          if (process.env.IMAP_TEST_LOG) process.stderr.write(`[${name}] ${line}\n`);
        }
      });
    }
    this.exited = new Promise((resolve) => this.proc.once('exit', (code, signal) => resolve({ code, signal })));
    if (this.proc.pid) startedPids.push(this.proc.pid);
    children.add(this);
    void this.exited.then(() => children.delete(this));
    onTestFailed(() => {
      note(`--- ${name} (pid ${this.proc.pid}) log (last 40) ---`);
      for (const line of this.lines.slice(-40)) note(line);
    });
  }

  logged(msg: string): boolean {
    return this.lines.some((line) => line.includes(`"msg":"${msg}"`));
  }

  async kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill(signal);
    return this.exited;
  }
}

function spawnWorker(name: string, env: Record<string, string>, cwd: string): ChildWorker {
  return new ChildWorker(name, env, cwd);
}

// --- mail -------------------------------------------------------------------------------------

interface Po {
  poNumber: string;
  messageId: string;
  raw: Buffer;
}

/** Text-PDF PO emails `from` .. `from + n - 1`, each with its own PO number and Message-ID. */
async function makePos(from: number, n: number): Promise<Po[]> {
  return Promise.all(
    Array.from({ length: n }, async (_, k) => {
      const po = samplePo(from + k);
      const messageId = `<po-${from + k}-${RUN}@northwind.example>`;
      return { poNumber: po.poNumber, messageId, raw: Buffer.from(await makePdfPoEmail(po, { messageId })) };
    }),
  );
}

/** APPENDs over one connection (dovecot.append opens one per message). */
async function appendAll(dovecot: Dovecot, raws: Buffer[], mailbox = 'INBOX'): Promise<void> {
  const client = new ImapFlow({ ...dovecot.imapOptions(), logger: false, disableAutoIdle: true });
  client.on('error', () => undefined);
  await client.connect();
  try {
    for (const raw of raws) if (!(await client.append(mailbox, raw))) throw new Error(`APPEND to ${mailbox} failed`);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

// --- what the store and the server say --------------------------------------------------------

async function count(dovecot: Dovecot, mailbox: string): Promise<number> {
  return dovecot.countMessages(mailbox).catch(() => 0);
}

async function progress(store: Store, dovecot: Dovecot, mailbox = 'INBOX') {
  const rows = await store.db.selectFrom('messages').select(['status', 'outcome', 'settled']).execute();
  const drafts = await store.db.selectFrom('drafts').select('id').execute();
  return {
    drafts: drafts.length,
    done: rows.filter((r) => r.status === 'done' && r.outcome === 'drafts').length,
    duplicate: rows.filter((r) => r.outcome === 'duplicate').length,
    claimed: rows.filter((r) => r.status === 'claimed').length,
    failed: rows.filter((r) => r.status === 'failed').length,
    unsettled: rows.filter((r) => r.status !== 'claimed' && r.settled === 0).length,
    [mailbox]: await count(dovecot, mailbox),
    Processed: await count(dovecot, 'Processed'),
    Failed: await count(dovecot, 'Failed'),
  };
}

/** Waits until every delivered message is done and the watched mailbox is empty. */
async function waitAllHandled(store: Store, dovecot: Dovecot, o: { drafts: number; duplicates?: number; mailbox?: string; timeoutMs: number; allowUnsettled?: number }) {
  const mailbox = o.mailbox ?? 'INBOX';
  return waitFor(
    `${o.drafts} messages with drafts${o.duplicates ? ` and ${o.duplicates} duplicates` : ''} handled and ${mailbox} empty`,
    async () => {
      const p = await progress(store, dovecot, mailbox);
      return p.done === o.drafts && p.duplicate === (o.duplicates ?? 0) && p.claimed === 0 && p[mailbox] === 0 && p.unsettled <= (o.allowUnsettled ?? 0) ? p : null;
    },
    o.timeoutMs,
    () => progress(store, dovecot, mailbox),
  );
}

/**
 * Every delivered PO has exactly one draft, by PO number and by ledger message; the ledger holds
 * one done row with drafts per delivered PO and nothing claimed, failed or not-order; the watched
 * mailbox is empty and Processed holds everything delivered.
 */
async function assertEveryMessageOnce(store: Store, dovecot: Dovecot, o: { pos: Po[]; delivered: number; duplicates?: number; mailbox?: string }) {
  const drafts = await store.db.selectFrom('drafts').select(['id', 'po_number', 'message_id']).execute();
  const rows = await store.db.selectFrom('messages').select(['id', 'message_id', 'status', 'outcome', 'duplicate_of', 'last_error']).execute();
  const tally = (keys: Array<string | null>) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string | null, number>());

  const perPo = tally(drafts.map((d) => d.po_number));
  expect(
    [...perPo].filter(([, n]) => n > 1),
    'PO numbers with more than one draft',
  ).toEqual([]);
  const expected = o.pos.map((p) => p.poNumber).sort();
  expect(
    expected.filter((po) => !perPo.has(po)),
    'PO numbers with no draft (lost)',
  ).toEqual([]);
  expect(
    [...perPo.keys()].filter((po) => !expected.includes(po as string)),
    'drafts for PO numbers never delivered',
  ).toEqual([]);
  expect(drafts).toHaveLength(o.pos.length);

  const perMessage = tally(drafts.map((d) => d.message_id));
  expect(
    [...perMessage].filter(([, n]) => n > 1),
    'ledger messages with more than one draft',
  ).toEqual([]);
  const withDrafts = rows.filter((r) => r.status === 'done' && r.outcome === 'drafts');
  expect(withDrafts, 'ledger rows done with drafts').toHaveLength(o.pos.length);
  expect(
    withDrafts.filter((r) => perMessage.get(r.id) !== 1),
    'done rows without exactly one draft',
  ).toEqual([]);
  expect(new Set(withDrafts.map((r) => r.message_id)), 'one ledger row per delivered Message-ID').toEqual(new Set(o.pos.map((p) => p.messageId)));
  expect(
    rows.filter((r) => r.status === 'claimed'),
    'ledger rows still claimed',
  ).toEqual([]);
  expect(
    rows.filter((r) => r.status === 'failed'),
    'ledger rows failed',
  ).toEqual([]);
  expect(
    rows.filter((r) => r.outcome === 'not-order'),
    'ledger rows read as not an order',
  ).toEqual([]);
  const duplicates = rows.filter((r) => r.outcome === 'duplicate');
  expect(duplicates, 'ledger rows recorded as duplicates').toHaveLength(o.duplicates ?? 0);
  for (const dup of duplicates) expect(withDrafts.find((r) => r.id === dup.duplicate_of)?.message_id, 'a duplicate points at the original').toBe(dup.message_id);
  expect(rows).toHaveLength(o.pos.length + (o.duplicates ?? 0));

  expect(await count(dovecot, o.mailbox ?? 'INBOX'), `${o.mailbox ?? 'INBOX'} empty`).toBe(0);
  expect(await count(dovecot, 'Processed'), 'messages in Processed').toBe(o.delivered);
  expect(await count(dovecot, 'Failed'), 'messages in Failed').toBe(0);
}

// --- a tap between the silent proxy and Dovecot -----------------------------------------------

/**
 * worker -> silent proxy -> tap -> Dovecot. The tap sees the server's bytes before the silent
 * proxy does, so a hook can freeze the proxy at an exact point of a response: the bytes it then
 * passes on are held by the frozen proxy, and the worker sees a command that never completes.
 */
interface Tap {
  port: number;
  /** Called with each chunk from the server; return true when the hook forwarded it itself. */
  onServerData: ((chunk: Buffer, forward: (bytes: Buffer) => void) => boolean) | null;
  close(): Promise<void>;
}

async function startTap(targetPort: number): Promise<Tap> {
  const sockets = new Set<Socket>();
  const tap: Tap = { port: 0, onServerData: null, close: async () => undefined };
  const server: Server = createServer((downstream) => {
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    for (const s of [downstream, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    downstream.on('data', (chunk: Buffer) => upstream.write(chunk));
    upstream.on('data', (chunk: Buffer) => {
      const forward = (bytes: Buffer) => {
        if (!downstream.destroyed) downstream.write(bytes);
      };
      if (!tap.onServerData?.(chunk, forward)) forward(chunk);
    });
    downstream.on('close', () => upstream.destroy());
    upstream.on('close', () => downstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  tap.port = (server.address() as { port: number }).port;
  tap.close = () => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return tap;
}

async function silentLink(dovecot: Dovecot): Promise<{ proxy: SilentProxy; tap: Tap }> {
  const tap = await startTap(dovecot.imapPort);
  cleanups.push(() => tap.close());
  const proxy = await startSilentProxy('127.0.0.1', tap.port);
  cleanups.push(() => proxy.close());
  return { proxy, tap };
}

const lost = (logs: LogEntry[], error: RegExp) => logs.filter((e) => e.msg === 'IMAP connection lost; reconnecting' && error.test(String(e.fields.error)));

// --- the tests --------------------------------------------------------------------------------

describe('IMAP intake under faults', () => {
  it('a worker killed with SIGKILL in the middle of 200 messages, then restarted: every message once', async () => {
    const dovecot = await newDovecot();
    const dir = tempDir();
    const url = `sqlite:${join(dir, 'store.db')}`;
    const store = await newStore(url); // migrated here, before any worker opens it
    const pos = await makePos(1000, 200);
    await appendAll(
      dovecot,
      pos.map((p) => p.raw),
    );
    expect(await count(dovecot, 'INBOX')).toBe(200);
    // Short leases so the dead worker's claims are taken over soon; a reconcile every 2 s.
    const env = workerEnv(dovecot, url, { WORKER_LEASE_SECONDS: '3', IMAP_RECONCILE_SECONDS: '2', IMAP_WATCHDOG_SECONDS: '5' });

    const first = spawnWorker('worker-1', env, dir);
    await waitFor(
      'the first worker to commit 20 drafts',
      async () => (await progress(store, dovecot)).drafts >= 20,
      60_000,
      () => progress(store, dovecot),
    );
    await first.kill('SIGKILL');
    const atKill = await progress(store, dovecot);
    const claimedAtKill = await store.db.selectFrom('messages').select('id').where('status', '=', 'claimed').execute();
    note(`SIGKILL at ${JSON.stringify(atKill)}`);
    expect(atKill.drafts, 'the worker finished the whole batch before it was killed').toBeLessThan(200);
    expect(atKill.INBOX).toBeGreaterThan(0);

    const second = spawnWorker('worker-2', env, dir);
    const end = await waitAllHandled(store, dovecot, { drafts: 200, timeoutMs: 90_000, allowUnsettled: atKill.unsettled });
    note(`after restart: ${JSON.stringify(end)}`);
    expect(await second.kill('SIGTERM'), 'graceful stop of the restarted worker').toEqual({ code: 0, signal: null });

    await assertEveryMessageOnce(store, dovecot, { pos, delivered: 200 });
    // Claims the dead worker held were taken over after their lease, not skipped or doubled.
    const takenOver = await store.db
      .selectFrom('messages')
      .select(['id', 'status', 'attempts'])
      .where('id', 'in', claimedAtKill.length ? claimedAtKill.map((r) => r.id) : ['-'])
      .execute();
    expect(
      takenOver.every((r) => r.status === 'done' && r.attempts >= 2),
      JSON.stringify(takenOver),
    ).toBe(true);
  });

  it('Dovecot stopped while the worker idles: it reconnects by itself and picks up mail delivered after the restart', async () => {
    const dovecot = await newDovecot();
    const dir = tempDir();
    const url = `sqlite:${join(dir, 'store.db')}`;
    const store = await newStore(url);
    const pos = await makePos(2000, 6);
    const { logs } = await inProcessWorker(store, workerEnv(dovecot, url));
    await dovecot.deliverLmtp(pos[0].raw);
    await waitAllHandled(store, dovecot, { drafts: 1, timeoutMs: 15_000 });

    await dovecot.stop();
    await waitFor('the worker to notice the server is gone and fail to reconnect', async () => lost(logs, /ECONNREFUSED/).length >= 1, 10_000);
    expect((await store.db.selectFrom('sources').select('connected').executeTakeFirst())?.connected).toBe(0);
    await dovecot.start();
    for (const po of pos.slice(1)) await dovecot.deliverLmtp(po.raw);

    await waitAllHandled(store, dovecot, { drafts: 6, timeoutMs: 20_000 });
    expect(logs.filter((e) => e.msg === 'IMAP connected').length, 'connected twice').toBeGreaterThanOrEqual(2);
    await assertEveryMessageOnce(store, dovecot, { pos, delivered: 6 });
  });

  it('after a connection that stayed healthy, the back-off starts over: a drop after earlier failures reconnects within a second', async () => {
    const dovecot = await newDovecot();
    const dir = tempDir();
    const url = `sqlite:${join(dir, 'store.db')}`;
    const store = await newStore(url);
    const { proxy } = await silentLink(dovecot);
    const pos = await makePos(2100, 2);
    const imap = { ...TIMINGS, commandTimeoutMs: 1000, maxBackoffMs: 6000 };
    const { logs } = await inProcessWorker(store, workerEnv(dovecot, url, { IMAP_PORT: String(proxy.port) }), imap);
    const connects = () => logs.filter((e) => e.msg === 'IMAP connected');
    await waitFor('the first connection', async () => connects().length === 1, 10_000);

    // Failures pile up: the link is cut and stays silent, every new attempt times out.
    proxy.freeze();
    proxy.dropAll();
    await waitFor(
      'four failed attempts in a row',
      async () => lost(logs, /./).length >= 4,
      30_000,
      async () => lost(logs, /./).map((e) => e.fields),
    );
    proxy.thaw();
    await waitFor('the worker back on the mailbox', async () => connects().length === 2, 15_000);
    await dovecot.deliverLmtp(pos[0].raw);
    await waitAllHandled(store, dovecot, { drafts: 1, timeoutMs: 10_000 });
    // Healthy for longer than the longest back-off, then the connection drops once.
    const healthySince = connects()[1].at;
    await sleep(Math.max(0, healthySince + imap.maxBackoffMs + 200 - Date.now()));
    const droppedAt = Date.now();
    proxy.dropAll();
    const back = await waitFor('a reconnect after the single drop', async () => connects().find((e) => e.at > droppedAt), 10_000);
    const drop = lost(logs, /./).find((e) => e.at >= droppedAt);
    note(`reconnected ${back.at - droppedAt} ms after a drop that followed ${lost(logs, /./).length - 1} earlier failures (failures counted: ${String(drop?.fields.failures)})`);
    expect(drop?.fields.failures, 'the failure count started over').toBe(1);
    expect(back.at - droppedAt, 'a fresh back-off (0.5-1 s), not the capped one (3-6 s)').toBeLessThan(2500);

    await dovecot.deliverLmtp(pos[1].raw);
    await waitAllHandled(store, dovecot, { drafts: 2, timeoutMs: 10_000 });
    await assertEveryMessageOnce(store, dovecot, { pos, delivered: 2 });
  });

  it('a link that goes silent during IDLE: the watchdog NOOP times out, the worker reconnects, the mail arrives once thawed', async () => {
    const dovecot = await newDovecot();
    const dir = tempDir();
    const url = `sqlite:${join(dir, 'store.db')}`;
    const store = await newStore(url);
    const { proxy, tap } = await silentLink(dovecot);
    const pos = await makePos(3000, 4);
    const { logs } = await inProcessWorker(store, workerEnv(dovecot, url, { IMAP_PORT: String(proxy.port) }));
    await dovecot.deliverLmtp(pos[0].raw);
    await waitAllHandled(store, dovecot, { drafts: 1, timeoutMs: 15_000 });

    // Freeze once the worker idles: Dovecot has answered IDLE with its "+ idling" continuation.
    let idling = false;
    tap.onServerData = (chunk) => {
      if (chunk.toString('latin1').includes('+ idling')) idling = true;
      return false;
    };
    await waitFor('the worker to enter IDLE', async () => idling, 10_000);
    await sleep(100);
    proxy.freeze();
    const frozenAt = Date.now();
    for (const po of pos.slice(1)) await dovecot.deliverLmtp(po.raw);

    const timeout = await waitFor('the watchdog NOOP to time out and the worker to drop the connection', async () => lost(logs, /IMAP NOOP got no answer/)[0], 10_000);
    note(`silent during IDLE: connection dropped ${timeout.at - frozenAt} ms after the freeze (${String(timeout.fields.error)})`);
    expect(timeout.at - frozenAt).toBeLessThan(TIMINGS.watchdogMs! + TIMINGS.commandTimeoutMs! + 1500);
    // While silent nothing gets through, and reconnecting through the dead link fails too.
    await waitFor('a reconnect through the silent link to fail', async () => lost(logs, /IMAP connect got no answer|timeout|Timeout/i).some((e) => e.at > timeout.at), 10_000);
    expect((await progress(store, dovecot)).drafts).toBe(1);

    proxy.thaw();
    await waitAllHandled(store, dovecot, { drafts: 4, timeoutMs: 20_000 });
    await assertEveryMessageOnce(store, dovecot, { pos, delivered: 4 });
  });

  it('a link that goes silent in the middle of a FETCH: the command deadline reconnects, the batch arrives once thawed', async () => {
    const dovecot = await newDovecot();
    const dir = tempDir();
    const url = `sqlite:${join(dir, 'store.db')}`;
    const store = await newStore(url);
    const { proxy, tap } = await silentLink(dovecot);
    const pos = await makePos(3100, 11);
    const { logs } = await inProcessWorker(store, workerEnv(dovecot, url, { IMAP_PORT: String(proxy.port) }));
    await dovecot.deliverLmtp(pos[0].raw);
    await waitAllHandled(store, dovecot, { drafts: 1, timeoutMs: 15_000 });

    // The first response carrying a message body is cut in the middle of its literal: the head
    // reaches the worker, then the link goes silent and the rest is held by the frozen proxy.
    let frozenAt = 0;
    tap.onServerData = (chunk, forward) => {
      const at = chunk.indexOf('BODY[] {');
      if (frozenAt || at < 0) return false;
      frozenAt = Date.now();
      const cut = Math.min(chunk.length - 1, at + 300);
      forward(chunk.subarray(0, cut));
      setTimeout(() => {
        proxy.freeze();
        forward(chunk.subarray(cut));
      }, 50);
      return true;
    };
    await appendAll(
      dovecot,
      pos.slice(1).map((p) => p.raw),
    );

    const timeout = await waitFor(
      'the FETCH deadline to drop the connection',
      async () => lost(logs, /IMAP FETCH got no answer/)[0],
      15_000,
      async () => ({ frozenAt, lost: lost(logs, /./).map((e) => e.fields.error) }),
    );
    note(`silent during FETCH: connection dropped ${timeout.at - frozenAt} ms after the freeze (${String(timeout.fields.error)})`);
    expect(timeout.at - frozenAt).toBeLessThan(TIMINGS.commandTimeoutMs! + 1500);
    expect((await progress(store, dovecot)).drafts, 'nothing gets through while the link is silent').toBe(1);

    proxy.thaw();
    await waitAllHandled(store, dovecot, { drafts: 11, timeoutMs: 20_000 });
    await assertEveryMessageOnce(store, dovecot, { pos, delivered: 11 });
  });

  it('the watched mailbox deleted and recreated (new UIDVALIDITY) with old and new mail: drafts only for the new', async () => {
    const dovecot = await newDovecot();
    const dir = tempDir();
    const url = `sqlite:${join(dir, 'store.db')}`;
    const store = await newStore(url);
    await dovecot.createMailbox('Orders'); // INBOX cannot be deleted; a folder of its own is watched
    const old = await makePos(4000, 8);
    const fresh = await makePos(4100, 8);
    const { logs } = await inProcessWorker(store, workerEnv(dovecot, url, { IMAP_MAILBOX: 'Orders' }));
    await appendAll(
      dovecot,
      old.map((p) => p.raw),
      'Orders',
    );
    await waitAllHandled(store, dovecot, { drafts: 8, mailbox: 'Orders', timeoutMs: 20_000 });
    const before = await dovecot.uidValidity('Orders');

    await dovecot.deleteMailbox('Orders');
    await waitFor('the worker to lose the deleted mailbox', async () => lost(logs, /./).length >= 1, 10_000);
    await dovecot.createMailbox('Orders');
    const after = await dovecot.uidValidity('Orders');
    expect(after).not.toBe(before);
    // The old mail again, byte for byte, and new mail, interleaved.
    await appendAll(
      dovecot,
      old.flatMap((p, k) => [p.raw, fresh[k].raw]),
      'Orders',
    );

    await waitAllHandled(store, dovecot, { drafts: 16, duplicates: 8, mailbox: 'Orders', timeoutMs: 30_000 });
    await assertEveryMessageOnce(store, dovecot, { pos: [...old, ...fresh], delivered: 24, duplicates: 8, mailbox: 'Orders' });
    expect(logs.some((e) => e.msg === 'UIDVALIDITY changed; resyncing the mailbox' && e.fields.now === after)).toBe(true);
    const checkpoint = await store.db.selectFrom('sources').select(['uid_validity', 'next_uid']).where('kind', '=', 'imap').executeTakeFirstOrThrow();
    expect(checkpoint).toEqual({ uid_validity: after, next_uid: 17 });
  });

  it.skipIf(!postgresUp)('two workers (two processes) on one mailbox and one PostgreSQL store: 60 messages, each once', async () => {
    const dovecot = await newDovecot();
    const dir = tempDir();
    const database: TestDatabase = await createTestDatabase();
    cleanups.push(() => database.drop());
    const store = await newStore(database.url); // migrated once, before the workers start
    const pos = await makePos(5000, 60);
    const env = workerEnv(dovecot, database.url, { WORKER_LEASE_SECONDS: '5', IMAP_RECONCILE_SECONDS: '2', IMAP_WATCHDOG_SECONDS: '5' });
    const workers = [spawnWorker('worker-a', env, dir), spawnWorker('worker-b', env, dir)];
    await waitFor('both workers connected to the mailbox', async () => workers.every((w) => w.logged('IMAP connected')), 30_000);

    await appendAll(
      dovecot,
      pos.map((p) => p.raw),
    );
    const end = await waitAllHandled(store, dovecot, { drafts: 60, timeoutMs: 90_000 });
    note(`two workers: ${JSON.stringify(end)}`);
    for (const w of workers) expect(await w.kill('SIGTERM'), `graceful stop of ${w.name}`).toEqual({ code: 0, signal: null });
    await assertEveryMessageOnce(store, dovecot, { pos, delivered: 60 });

    // Both took part: the drafts were committed by two different workers.
    const actors = await store.db.selectFrom('events').select('actor').where('kind', '=', 'message-done').execute();
    const perWorker = actors.reduce((m, e) => m.set(String(e.actor), (m.get(String(e.actor)) ?? 0) + 1), new Map<string, number>());
    note(`drafts per worker: ${JSON.stringify(Object.fromEntries(perWorker))}`);
    expect(perWorker.size).toBe(2);
  });
});
