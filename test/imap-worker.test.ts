import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseSettings } from '../src/cli/load-settings.ts';
import type { Logger } from '../src/domain/logger.ts';
import type { DraftOrder } from '../src/domain/draft-order.ts';
import { startWorker, type Worker, type WorkerOptions } from '../src/main/start-worker.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { readHealth } from '../src/web/read-health.ts';
import { composeEmail, makePdfPoEmail } from './fixtures/make-po-email.ts';
import { warmUpExtraction } from './support/warm-up-extraction.ts';
import { samplePo } from './fixtures/make-po-pdf.ts';
import { waitForValue as waitFor } from './support/wait-for.ts';
import { startDovecot, type Dovecot } from './support/dovecot.ts';

// The worker against a real Dovecot: in-process (startWorker), SQLite store in a temp folder,
// short IMAP timings. Each test gets a Dovecot and a store of its own. Every wait is a poll for a
// condition with a deadline that fails with what it was waiting for and what it saw last.

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const TIMINGS: NonNullable<WorkerOptions['imap']> = { commandTimeoutMs: 2000, watchdogMs: 1500, reconcileMs: 2000, maxBackoffMs: 1000 };
const RUN = randomBytes(4).toString('hex');

interface LogEntry {
  level: string;
  msg: string;
  fields: Record<string, unknown>;
}

/** Keeps every log line (IMAP_TEST_LOG=1 also prints them) so tests can assert on what happened. */
function recordingLogger(entries: LogEntry[], bindings: Record<string, unknown> = {}): Logger {
  const at = (level: string) => (fields: object, msg: string) => {
    const entry = { level, msg, fields: { ...bindings, ...fields } };
    entries.push(entry);
    if (process.env.IMAP_TEST_LOG) process.stderr.write(`${new Date().toISOString()} ${level} ${msg} ${JSON.stringify(entry.fields)}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (more) => recordingLogger(entries, { ...bindings, ...more }) };
}

interface Env {
  dovecot: Dovecot;
  store: Store;
  dir: string;
  logs: LogEntry[];
  worker: Worker | null;
  env: Record<string, string>;
}

const envs: Env[] = [];
/** Config paths of the Dovecots this file started (other test files may run Dovecots at the same time). */
const startedConfs: string[] = [];
let restoreConsole: (() => void) | null = null;

beforeAll(async () => {
  restoreConsole = await warmUpExtraction();
}, 300_000);

afterEach(async () => {
  for (const env of envs.splice(0)) await teardown(env);
});

afterAll(async () => {
  for (const env of envs.splice(0)) await teardown(env);
  restoreConsole?.();
  expect(startedConfs.map((conf) => pgrep(conf)).filter(Boolean), 'Dovecots of this file that outlived it').toEqual([]);
});

async function teardown(env: Env): Promise<void> {
  await env.worker?.stop().catch(() => undefined);
  env.worker = null;
  await env.store.close().catch(() => undefined);
  await env.dovecot.close();
  rmSync(env.dir, { recursive: true, force: true });
}

async function setup(extraEnv: Record<string, string> = {}): Promise<Env> {
  const dovecot = await startDovecot();
  startedConfs.push(dovecot.confPath);
  const dir = mkdtempSync(join(tmpdir(), 'imap-worker-'));
  const env: Record<string, string> = {
    IMAP_HOST: dovecot.host,
    IMAP_PORT: String(dovecot.imapPort),
    IMAP_SECURE: 'false',
    IMAP_USER: dovecot.user,
    IMAP_PASSWORD: dovecot.password,
    DATABASE_URL: `sqlite:${join(dir, 'store.db')}`,
    WORKER_CONCURRENCY: '2',
    ...extraEnv,
  };
  const store = await openStore(env.DATABASE_URL);
  const running: Env = { dovecot, store, dir, logs: [], worker: null, env };
  envs.push(running);
  await startIn(running);
  return running;
}

async function startIn(env: Env): Promise<void> {
  env.worker = await startWorker(parseSettings(env.env), env.store, recordingLogger(env.logs), { imap: TIMINGS });
}

async function stopIn(env: Env): Promise<void> {
  await env.worker?.stop();
  env.worker = null;
}

function pgrep(pattern: string): string {
  return spawnSync('pgrep', ['-af', pattern], { encoding: 'utf8' }).stdout.trim();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// --- mail -------------------------------------------------------------------------------------

let serial = 0;
const messageIdOf = (tag: string) => `<${tag}-${RUN}-${++serial}@northwind.example>`;

async function poEmail(i: number): Promise<{ raw: Buffer; poNumber: string; messageId: string }> {
  const po = samplePo(i);
  const messageId = messageIdOf(`po-${i}`);
  return { raw: Buffer.from(await makePdfPoEmail(po, { messageId })), poNumber: po.poNumber, messageId };
}

async function plainEmail(subject: string, text: string, attachments?: Array<{ filename: string; content: Buffer; contentType: string }>) {
  const messageId = messageIdOf('mail');
  return { raw: Buffer.from(await composeEmail({ subject, text, attachments, messageId })), messageId };
}

/** Random bytes behind a PDF header: pdf.js gives up on it ("Invalid PDF structure"). */
const corruptPdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(6000)]);

// --- what the store and the server say --------------------------------------------------------

type LedgerRow = {
  id: string;
  message_id: string | null;
  status: string;
  outcome: string | null;
  last_error: string | null;
  settled: number;
  attempts: number;
  updated_at: string;
  source_key: string;
};

function ledger(env: Env): Promise<LedgerRow[]> {
  return env.store.db
    .selectFrom('messages')
    .select(['id', 'message_id', 'status', 'outcome', 'last_error', 'settled', 'attempts', 'updated_at', 'source_key'])
    .orderBy('created_at')
    .execute();
}

async function ledgerRow(env: Env, messageId: string): Promise<LedgerRow | undefined> {
  return (await ledger(env)).find((row) => row.message_id === messageId);
}

function drafts(env: Env) {
  return env.store.db.selectFrom('drafts').select(['id', 'message_id', 'po_number', 'status', 'needs_review', 'order_json', 'created_at']).execute();
}

function sourceRow(env: Env) {
  return env.store.db.selectFrom('sources').selectAll().where('kind', '=', 'imap').executeTakeFirst();
}

/** Messages in a mailbox; 0 when the mailbox does not exist (yet). */
async function count(env: Env, mailbox: string): Promise<number> {
  return env.dovecot.countMessages(mailbox).catch(() => 0);
}

async function mailboxes(env: Env): Promise<Record<string, number>> {
  return { INBOX: await count(env, 'INBOX'), Processed: await count(env, 'Processed'), Failed: await count(env, 'Failed') };
}

async function inboxFlags(env: Env): Promise<Array<{ uid: number; messageId: string | undefined; flags: string[] }>> {
  const client = new ImapFlow({ ...env.dovecot.imapOptions(), logger: false, disableAutoIdle: true });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const box = await client.mailboxOpen('INBOX', { readOnly: true });
    if (box.exists === 0) return [];
    const rows = await client.fetchAll('1:*', { uid: true, flags: true, envelope: true });
    return rows.map((row) => ({ uid: row.uid, messageId: row.envelope?.messageId, flags: [...(row.flags ?? [])].sort() }));
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function connected(env: Env): Promise<void> {
  await waitFor(
    'the worker to report the mailbox connected',
    async () => (await sourceRow(env))?.connected === 1,
    10_000,
    () => sourceRow(env),
  );
}

describe('IMAP worker against Dovecot', () => {
  it('turns a text-PDF PO delivered over LMTP into exactly one draft within seconds and files it in Processed', async () => {
    const env = await setup();
    await connected(env);
    const po = await poEmail(1);
    await env.dovecot.deliverLmtp(po.raw);
    const deliveredAt = Date.now();

    const [draft] = await waitFor(
      'a draft',
      async () => ((await drafts(env)).length > 0 ? drafts(env) : null),
      10_000,
      () => ledger(env),
    );
    const pickupMs = Date.parse(draft.created_at) - deliveredAt;
    process.stdout.write(`pickup: draft committed ${pickupMs} ms after the LMTP 250\n`);
    expect(pickupMs, 'delivery to committed draft').toBeLessThan(3000);
    expect(draft.po_number).toBe(po.poNumber);
    expect((JSON.parse(draft.order_json) as DraftOrder).buyer.company).toBe('Northwind Traders Inc.');

    await waitFor(
      'INBOX empty and the message in Processed',
      async () => {
        const boxes = await mailboxes(env);
        return boxes.INBOX === 0 && boxes.Processed === 1 && boxes.Failed === 0;
      },
      10_000,
      () => mailboxes(env),
    );
    const row = await waitFor(
      'the ledger row settled',
      async () => {
        const r = await ledgerRow(env, po.messageId);
        return r?.settled === 1 ? r : null;
      },
      5000,
      () => ledger(env),
    );
    expect(row).toMatchObject({ status: 'done', outcome: 'drafts', last_error: null, attempts: 1 });
    expect(row.source_key).toMatch(/^imap:INBOX:\d+:1$/);

    // Stopping drains and settles: still exactly one ledger row and one draft.
    await stopIn(env);
    expect(await drafts(env)).toHaveLength(1);
    expect(await ledger(env)).toHaveLength(1);
    expect((await drafts(env))[0].message_id).toBe(row.id);
  });

  it('files mail that is not a PO in Processed with no draft (ledger outcome not-order)', async () => {
    const env = await setup();
    await connected(env);
    const mail = await plainEmail('Lunch on Friday?', 'Hi Dana,\n\nare we still on for lunch on Friday at noon?\n\nCheers,\nSam\n');
    await env.dovecot.deliverLmtp(mail.raw);

    const row = await waitFor(
      'the ledger row of the non-order settled',
      async () => {
        const r = await ledgerRow(env, mail.messageId);
        return r?.settled === 1 ? r : null;
      },
      10_000,
      () => ledger(env),
    );
    expect(row).toMatchObject({ status: 'done', outcome: 'not-order', last_error: null });
    expect(await mailboxes(env)).toEqual({ INBOX: 0, Processed: 1, Failed: 0 });
    expect(await drafts(env)).toHaveLength(0);

    // As if the worker had been killed between MOVE and recording it: the next reconcile sees
    // the message is no longer waiting and records it as settled.
    await env.store.db.updateTable('messages').set({ settled: 0 }).where('id', '=', row.id).execute();
    await waitFor(
      'the moved message recorded as settled again',
      async () => (await ledgerRow(env, mail.messageId))?.settled === 1,
      10_000,
      () => ledger(env),
    );
  });

  it('never loses a corrupt message: unreadable PDF in a PO mail -> review draft; cut-off MIME -> recorded failure in Failed', async () => {
    const env = await setup();
    await connected(env);
    // A PO mail whose only PDF is random bytes behind a PDF header.
    const brokenPo = await plainEmail('Purchase Order PO-7770001', 'Hello,\n\nplease find attached our purchase order PO-7770001.\n\nRegards,\nDana\n', [
      { filename: 'PO-7770001.pdf', content: corruptPdf(), contentType: 'application/pdf' },
    ]);
    // The same kind of attachment in a mail that does not say it is an order.
    const brokenScan = await plainEmail('Documents', 'Hi,\n\nsee attached.\n', [{ filename: 'scan.pdf', content: corruptPdf(), contentType: 'application/pdf' }]);
    // A PO mail cut off in the middle of its base64 PDF (a dropped transfer): no closing boundary.
    const whole = await poEmail(2);
    const truncated = whole.raw.subarray(0, Math.floor(whole.raw.length * 0.6));
    await env.dovecot.deliverLmtp(brokenPo.raw);
    await env.dovecot.deliverLmtp(brokenScan.raw);
    await env.dovecot.append(truncated);

    await waitFor(
      'all three ledger rows finished and settled',
      async () => {
        const rows = await ledger(env);
        return rows.length === 3 && rows.every((r) => r.status !== 'claimed' && r.settled === 1);
      },
      15_000,
      () => ledger(env),
    );
    await waitFor(
      'INBOX empty',
      async () => (await count(env, 'INBOX')) === 0,
      5000,
      () => mailboxes(env),
    );

    // Unreadable PDF in a mail that says "purchase order": a draft a person must review, reason given.
    const po = (await ledgerRow(env, brokenPo.messageId))!;
    expect(po).toMatchObject({ status: 'done', outcome: 'drafts' });
    const poDrafts = (await drafts(env)).filter((d) => d.message_id === po.id);
    expect(poDrafts).toHaveLength(1);
    expect(poDrafts[0]).toMatchObject({ needs_review: 1, status: 'pending' });
    const order = JSON.parse(poDrafts[0].order_json) as DraftOrder;
    expect(order.needsReview).toBe(true);
    expect(order.reviewReasons.join('\n')).toMatch(/PO-7770001\.pdf: not a readable PDF/);

    // Cut-off MIME: the extractor refuses it (InputError truncated): failed with the reason, in Failed.
    const cut = (await ledgerRow(env, whole.messageId))!;
    expect(cut.status).toBe('failed');
    expect(cut.last_error).toMatch(/truncated MIME message/);
    expect((await drafts(env)).filter((d) => d.message_id === cut.id)).toHaveLength(0);

    // Unreadable PDF in a mail that does not look like an order: what the extractor does today is
    // "not an order" (no draft). Not lost: the raw bytes are kept and the skipped PDF is on record.
    const scan = (await ledgerRow(env, brokenScan.messageId))!;
    expect(scan).toMatchObject({ status: 'done', outcome: 'not-order' });
    const documents = await env.store.db.selectFrom('documents').select(['name', 'method']).where('message_id', '=', scan.id).execute();
    expect(documents).toContainEqual({ name: 'scan.pdf', method: 'skipped' });
    const raw = await env.store.db.selectFrom('raw_messages').select('bytes').where('message_id', '=', scan.id).executeTakeFirst();
    expect(Buffer.from(raw!.bytes).includes(Buffer.from(brokenScan.messageId))).toBe(true);

    expect(await mailboxes(env)).toEqual({ INBOX: 0, Processed: 2, Failed: 1 });
    expect(await drafts(env)).toHaveLength(1);
  });

  it('flag mode: handled mail stays in INBOX with $PoInboxDone, and a restarted worker does not import it again', async () => {
    const env = await setup({ IMAP_PROCESSED_ACTION: 'flag' });
    await connected(env);
    const first = await poEmail(3);
    const whole = await poEmail(4);
    const truncated = whole.raw.subarray(0, Math.floor(whole.raw.length * 0.5));
    await env.dovecot.deliverLmtp(first.raw);
    await env.dovecot.append(truncated);

    await waitFor(
      'both ledger rows settled',
      async () => {
        const rows = await ledger(env);
        return rows.length === 2 && rows.every((r) => r.settled === 1);
      },
      15_000,
      () => ledger(env),
    );
    const before = await ledger(env);
    expect(before.find((r) => r.message_id === first.messageId)).toMatchObject({ status: 'done', outcome: 'drafts' });
    expect(before.find((r) => r.message_id === whole.messageId)).toMatchObject({ status: 'failed' });
    expect(await drafts(env)).toHaveLength(1);
    const flagged = await inboxFlags(env);
    expect(flagged).toHaveLength(2);
    expect(flagged.find((m) => m.messageId === first.messageId)?.flags).toContain('$PoInboxDone');
    expect(flagged.find((m) => m.messageId === first.messageId)?.flags).not.toContain('$PoInboxFailed');
    expect(flagged.find((m) => m.messageId === whole.messageId)?.flags).toEqual(expect.arrayContaining(['$PoInboxDone', '$PoInboxFailed']));
    expect(await count(env, 'Processed')).toBe(0);
    const eventsBefore = await env.store.db.selectFrom('events').select('id').execute();

    // Restart; a new message proves the new worker ran full passes (reconcile + fetch) over the old ones.
    await stopIn(env);
    await startIn(env);
    await connected(env);
    const second = await poEmail(5);
    await env.dovecot.deliverLmtp(second.raw);
    await waitFor(
      'the new message settled',
      async () => (await ledgerRow(env, second.messageId))?.settled === 1,
      15_000,
      () => ledger(env),
    );
    // Wait past a reconcile of the restarted worker: any re-offer of the old mail would touch its rows.
    await sleep(TIMINGS.reconcileMs! + 1000);

    const after = await ledger(env);
    expect(after).toHaveLength(3);
    // Not offered again: a re-offer, even one the ledger stops, would set the flag again and touch updated_at.
    for (const row of before) expect(after.find((r) => r.id === row.id)).toEqual(row);
    const allDrafts = await drafts(env);
    expect(allDrafts.map((d) => d.po_number).sort()).toEqual([first.poNumber, second.poNumber].sort());
    const newEvents = await env.store.db
      .selectFrom('events')
      .select(['message_id', 'kind'])
      .where('id', '>', Math.max(...eventsBefore.map((e) => e.id)))
      .execute();
    expect(newEvents.filter((e) => before.some((row) => row.id === e.message_id))).toEqual([]);
    const flaggedAfter = await inboxFlags(env);
    expect(flaggedAfter).toHaveLength(3);
    expect(flaggedAfter.every((m) => m.flags.includes('$PoInboxDone'))).toBe(true);
  });

  it('flag mode with a new store (lost or restored): mail flagged $PoInboxDone is not imported again', async () => {
    const env = await setup({ IMAP_PROCESSED_ACTION: 'flag' });
    await connected(env);
    const first = await poEmail(6);
    await env.dovecot.deliverLmtp(first.raw);
    await waitFor(
      'the first message settled',
      async () => (await ledgerRow(env, first.messageId))?.settled === 1,
      15_000,
      () => ledger(env),
    );

    await stopIn(env);
    await env.store.close();
    env.env.DATABASE_URL = `sqlite:${join(env.dir, 'new-store.db')}`;
    env.store = await openStore(env.env.DATABASE_URL);
    await startIn(env);
    await connected(env);
    const second = await poEmail(7);
    await env.dovecot.deliverLmtp(second.raw);
    await waitFor(
      'the second message settled',
      async () => (await ledgerRow(env, second.messageId))?.settled === 1,
      15_000,
      () => ledger(env),
    );
    await sleep(TIMINGS.reconcileMs! + 1000);

    expect((await ledger(env)).map((row) => row.message_id)).toEqual([second.messageId]);
    expect((await drafts(env)).map((d) => d.po_number)).toEqual([second.poNumber]);
  });

  it('Processed deleted while the worker runs: the refused MOVE is not recorded as settled, the folder comes back and the mail is filed', async () => {
    const env = await setup();
    await connected(env);
    const first = await poEmail(6);
    await env.dovecot.deliverLmtp(first.raw);
    await waitFor(
      'the first message filed',
      async () => (await ledgerRow(env, first.messageId))?.settled === 1 && (await count(env, 'INBOX')) === 0,
      10_000,
      () => mailboxes(env),
    );

    await env.dovecot.deleteMailbox('Processed');
    const second = await poEmail(7);
    await env.dovecot.deliverLmtp(second.raw);
    // The draft is committed; the MOVE into the missing folder is refused (NO [TRYCREATE]).
    await waitFor(
      'the second draft',
      async () => (await drafts(env)).length === 2,
      10_000,
      () => ledger(env),
    );
    await waitFor(
      'the second message filed in a re-created Processed',
      async () => {
        const boxes = await mailboxes(env);
        return boxes.INBOX === 0 && boxes.Processed === 1 && (await ledgerRow(env, second.messageId))?.settled === 1;
      },
      15_000,
      async () => ({ ...(await mailboxes(env)), ledger: await ledger(env) }),
    );
    expect(env.logs.some((e) => e.msg === 'IMAP connection lost; reconnecting' && /refused to move/.test(String(e.fields.error)))).toBe(true);
    expect((await drafts(env)).map((d) => d.po_number).sort()).toEqual([first.poNumber, second.poNumber].sort());
  });

  it('reports its state in the sources row: connected with a recent last fetch while running, not connected once Dovecot is gone', async () => {
    const env = await setup();
    await connected(env);
    // last_fetch_at reaches the store with the next state change or heartbeat (every 10 s).
    const running = await waitFor(
      'a recent last_fetch_at',
      async () => {
        const row = await sourceRow(env);
        return row?.connected === 1 && row.last_fetch_at && Date.now() - Date.parse(row.last_fetch_at) < 15_000 ? row : null;
      },
      15_000,
      () => sourceRow(env),
    );
    expect(running.last_error).toBeNull();
    expect(Date.now() - Date.parse(running.heartbeat_at!)).toBeLessThan(15_000);
    const healthy = await readHealth(env.store.db);
    expect(healthy.ok).toBe(true);
    expect(healthy.mailbox).toMatchObject({ connected: true, lastError: null });

    const stoppedAt = Date.now();
    await env.dovecot.stop();
    const down = await waitFor(
      'connected=0 after Dovecot stopped',
      async () => {
        const row = await sourceRow(env);
        return row?.connected === 0 && row.last_error ? row : null;
      },
      TIMINGS.watchdogMs! + TIMINGS.commandTimeoutMs! + 3000,
      () => sourceRow(env),
    );
    process.stdout.write(`connected=0 ${Date.now() - stoppedAt} ms after Dovecot stopped; last_error: ${down.last_error}\n`);
    const unhealthy = await readHealth(env.store.db);
    expect(unhealthy.ok).toBe(false);
    expect(unhealthy.mailbox?.lastError).toBeTruthy();

    // And back by itself once Dovecot is.
    await env.dovecot.start();
    await waitFor(
      'connected=1 again after Dovecot came back',
      async () => {
        const row = await sourceRow(env);
        return row?.connected === 1 && row.last_error === null;
      },
      10_000,
      () => sourceRow(env),
    );
    expect((await readHealth(env.store.db)).ok).toBe(true);
  });
});
